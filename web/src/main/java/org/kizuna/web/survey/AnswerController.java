package org.kizuna.web.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kizuna.metrics.Language;
import org.kizuna.store.Workspace;
import org.kizuna.store.survey.Answer;
import org.kizuna.store.survey.AnswerQueue;
import org.kizuna.store.survey.InvalidAnswerException;
import org.kizuna.store.survey.LinkRejection;
import org.kizuna.store.survey.OpenLink;
import org.kizuna.store.survey.Survey;
import org.kizuna.store.survey.SurveyCollection;
import org.kizuna.store.survey.SurveyLinkException;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public survey page behind a signed link, {@code /s/TOKEN}: the question in the recipient's language,
 * a button per point of the scale, a comment, and the answer stored at once through {@link
 * SurveyCollection#answer}. The same address answers the in-app widget in JSON, from any origin and
 * without credentials ({@link SurveyCors}): the signed token is the only capability. A link that cannot be
 * answered is refused with its reason: malformed 400, altered 403, unknown 404, already answered 409,
 * expired 410.
 */
@Controller
class AnswerController {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Resource WIDGET = new ClassPathResource("static/s/widget.js");

    private final SurveyCollection surveys;
    private final AnswerQueue answers;
    private final Workspace workspace;
    private final MessageSource messages;

    AnswerController(SurveyCollection surveys, AnswerQueue answers, Workspace workspace, MessageSource messages) {
        this.surveys = surveys;
        this.answers = answers;
        this.workspace = workspace;
        this.messages = messages;
    }

    /** The in-app widget; a literal path, so it is never read as a token. */
    @GetMapping("/s/widget.js")
    ResponseEntity<Resource> widget() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "javascript", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .body(WIDGET);
    }

    @GetMapping("/s/{token}")
    String page(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            OpenLink link = surveys.open(token);
            return form(link, request, model, Optional.empty(), Optional.empty());
        } catch (SurveyLinkException e) {
            return refused(e.reason(), request, response, model);
        }
    }

    /**
     * What the widget shows for a link, {@code /s/TOKEN/question}: its question, scale, end labels and texts, in the
     * link's language.
     */
    @GetMapping(path = "/s/{token}/question", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> describe(@PathVariable String token) {
        OpenLink link;
        try {
            link = surveys.open(token);
        } catch (SurveyLinkException e) {
            return refusedJson(e.reason());
        }
        Language language = link.language();
        Survey survey = link.survey();
        String[] ends = Speech.ends(messages, survey.type(), language);
        ObjectNode body = JSON.createObjectNode()
                .put("survey_id", survey.id())
                .put("type", survey.type().word())
                .put("language", language.code())
                .put("question", survey.question(language))
                .put("scale_min", survey.scaleMin().intValueExact())
                .put("scale_max", survey.scaleMax().intValueExact())
                .put("low_label", ends[0])
                .put("high_label", ends[1])
                .put("expires_at", DateTimeFormatter.ISO_INSTANT.format(link.expiresAt()));
        ObjectNode texts = body.putObject("texts");
        for (String key : List.of("comment", "send", "close", "thanks", "choose")) {
            texts.put(key, Speech.text(messages, "answer.widget." + key, language));
        }
        return json(HttpStatus.OK, body);
    }

    /** The answer from the page's form: fields {@code score} and {@code comment}; no CSRF token. */
    @PostMapping("/s/{token}")
    String answer(
            @PathVariable String token,
            @RequestParam(required = false) String score,
            @RequestParam(required = false) String comment,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        // A good answer is checked and stored in one step; the link is read again only to show the form anew.
        Optional<BigDecimal> given = number(score);
        Optional<String> refusal = Optional.empty();
        if (given.isPresent()) {
            try {
                Answer answer = answers.answer(token, given.get(), Optional.ofNullable(comment), Optional.empty());
                Speech.renderIn(request, answer.language());
                return "answer-thanks";
            } catch (SurveyLinkException e) {
                return refused(e.reason(), request, response, model);
            } catch (InvalidAnswerException e) {
                refusal = Optional.of(e.getMessage());
            }
        }
        OpenLink link;
        try {
            link = surveys.open(token);
        } catch (SurveyLinkException e) {
            return refused(e.reason(), request, response, model);
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        String problem = given.filter(link.survey()::accepts).isPresent() && refusal.isPresent()
                ? refusal.get()
                : Speech.text(
                        messages,
                        "answer.badScore",
                        link.language(),
                        plain(link.survey().scaleMin()),
                        plain(link.survey().scaleMax()));
        return form(link, request, model, Optional.of(problem), Optional.ofNullable(comment));
    }

    /** The widget's answer, {@code {"score": 9, "comment": "..."}}, from any origin, without credentials. */
    @PostMapping(path = "/s/{token}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<String> answerJson(@PathVariable String token, @RequestBody(required = false) String body) {
        JsonNode request;
        try {
            request = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            return jsonError(
                    HttpStatus.BAD_REQUEST,
                    "the body is not JSON: send {\"score\": 9, \"comment\": \"...\"}",
                    "INVALID_REQUEST",
                    "body");
        }
        if (request == null || !request.isObject()) {
            return jsonError(
                    HttpStatus.BAD_REQUEST,
                    "send a JSON object: {\"score\": 9, \"comment\": \"...\"}",
                    "INVALID_REQUEST",
                    "body");
        }
        JsonNode scoreNode = request.get("score");
        Optional<BigDecimal> score = scoreNode == null || scoreNode.isNull()
                ? Optional.empty()
                : scoreNode.isNumber() ? Optional.of(scoreNode.decimalValue()) : number(scoreNode.asText());
        JsonNode commentNode = request.get("comment");
        if (commentNode != null && !commentNode.isNull() && !commentNode.isTextual()) {
            return jsonError(HttpStatus.BAD_REQUEST, "comment must be text", "INVALID_REQUEST", "comment");
        }
        Optional<String> comment =
                Optional.ofNullable(commentNode).filter(JsonNode::isTextual).map(JsonNode::asText);
        if (score.isEmpty()) {
            return jsonError(
                    HttpStatus.BAD_REQUEST, "score is required and must be a number", "INVALID_SCORE", "score");
        }
        try {
            answers.answer(token, score.get(), comment, Optional.empty());
        } catch (SurveyLinkException e) {
            return refusedJson(e.reason());
        } catch (InvalidAnswerException e) {
            return jsonError(HttpStatus.BAD_REQUEST, e.getMessage(), "INVALID_SCORE", "score");
        }
        return json(HttpStatus.OK, JSON.createObjectNode().put("status", "recorded"));
    }

    private String form(
            OpenLink link,
            HttpServletRequest request,
            Model model,
            Optional<String> problem,
            Optional<String> comment) {
        Speech.renderIn(request, link.language());
        Survey survey = link.survey();
        List<Integer> points = new ArrayList<>();
        for (int p = survey.scaleMin().intValueExact(); p <= survey.scaleMax().intValueExact(); p++) {
            points.add(p);
        }
        String[] ends = Speech.ends(messages, survey.type(), link.language());
        model.addAttribute("question", survey.question(link.language()));
        model.addAttribute("points", points);
        model.addAttribute("low", ends[0]);
        model.addAttribute("high", ends[1]);
        model.addAttribute("problem", problem.orElse(null));
        model.addAttribute("comment", comment.orElse(""));
        model.addAttribute("maxComment", SurveyCollection.MAX_COMMENT_LENGTH);
        return "answer";
    }

    /** The page of a link that cannot be answered, in the workspace's language and the other one. */
    private String refused(
            LinkRejection reason, HttpServletRequest request, HttpServletResponse response, Model model) {
        Language first = Language.of(workspace.settings().language());
        Speech.renderIn(request, first);
        Language second = first == Language.JA ? Language.EN : Language.JA;
        response.setStatus(status(reason).value());
        model.addAttribute("messages", List.of(reason.message(first), reason.message(second)));
        model.addAttribute("reason", reason.name());
        return "answer-refused";
    }

    private ResponseEntity<String> refusedJson(LinkRejection reason) {
        Language language = Language.of(workspace.settings().language());
        return jsonError(status(reason), reason.message(language), reason.name(), null);
    }

    static HttpStatus status(LinkRejection reason) {
        return switch (reason) {
            case MALFORMED -> HttpStatus.BAD_REQUEST;
            case TAMPERED -> HttpStatus.FORBIDDEN;
            case UNKNOWN -> HttpStatus.NOT_FOUND;
            case ALREADY_ANSWERED -> HttpStatus.CONFLICT;
            case EXPIRED -> HttpStatus.GONE;
        };
    }

    private static ResponseEntity<String> jsonError(HttpStatus status, String message, String reason, String field) {
        ObjectNode body = JSON.createObjectNode().put("error", message).put("reason", reason);
        if (field != null) {
            body.put("field", field);
        }
        return json(status, body);
    }

    static ResponseEntity<String> json(HttpStatus status, ObjectNode body) {
        try {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(body) + "\n");
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Optional<BigDecimal> number(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
