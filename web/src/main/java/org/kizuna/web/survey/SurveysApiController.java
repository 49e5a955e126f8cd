package org.kizuna.web.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.kizuna.cli.SurveysJson;
import org.kizuna.metrics.Language;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;
import org.kizuna.store.survey.InAppInvitation;
import org.kizuna.store.survey.Invitation;
import org.kizuna.store.survey.InvitationRefusedException;
import org.kizuna.store.survey.InvitationRequest;
import org.kizuna.store.survey.Skipped;
import org.kizuna.store.survey.SurveyCollection;
import org.kizuna.store.survey.UnknownSurveyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Surveys in the API: the list for any signed-in account, and in-app invitations for analysts, one user at
 * a time, whose token the in-app widget is given. Mistakes are answered in JSON naming the field.
 */
@RestController
@RequestMapping(path = "/api/v1/surveys", produces = MediaType.APPLICATION_JSON_VALUE)
class SurveysApiController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SurveyCollection surveys;
    private final SurveyScores scores;
    private final Workspace workspace;

    SurveysApiController(SurveyCollection surveys, SurveyScores scores, Workspace workspace) {
        this.surveys = surveys;
        this.scores = scores;
        this.workspace = workspace;
    }

    /**
     * Every survey with its counts, response rate and, for NPS, CSAT and CES, its own score as the metric
     * computes it: the JSON that {@code kizuna survey list --format csv} and the surveys page's download are read
     * off.
     */
    @GetMapping
    ResponseEntity<String> list() {
        var all = surveys.list();
        return AnswerController.json(
                HttpStatus.OK,
                SurveysJson.list(all, scores.of(all), workspace.settings().reportingCurrency()));
    }

    /**
     * {@code {"customer_id", "user_id", "email" (optional), "language" (optional), "expires_days" (optional)}}
     * → 201 {@code {"token", "url", "expires_at"}}; 409 when the user was asked recently (saying from when
     * they may be asked again) or the customer has churned; 404 for an unknown survey; 400 naming a bad field.
     */
    @PostMapping(path = "/{id}/invitations")
    ResponseEntity<String> invite(@PathVariable String id, @RequestBody(required = false) String body) {
        JsonNode request;
        try {
            request = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            return error(HttpStatus.BAD_REQUEST, "the body is not JSON", "body");
        }
        if (request == null || !request.isObject()) {
            return error(HttpStatus.BAD_REQUEST, "send a JSON object with customer_id and user_id", "body");
        }
        InAppInvitation invitation;
        try {
            Optional<Language> language = text(request, "language").map(code -> {
                try {
                    return Language.of(code.strip());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("language: \"" + code + "\" is not ja or en", e);
                }
            });
            int days = InvitationRequest.DEFAULT_EXPIRES_DAYS;
            JsonNode expires = request.get("expires_days");
            if (expires != null && !expires.isNull()) {
                if (!expires.canConvertToInt() || !expires.isIntegralNumber()) {
                    throw new IllegalArgumentException("expires_days: must be a whole number of days");
                }
                days = expires.intValue();
            }
            invitation = new InAppInvitation(
                    id,
                    text(request, "customer_id").orElse(null),
                    text(request, "user_id").orElse(null),
                    text(request, "email"),
                    language,
                    days);
        } catch (IllegalArgumentException e) {
            return badField(e);
        }
        Invitation made;
        try {
            made = surveys.inviteInApp(invitation);
        } catch (UnknownSurveyException e) {
            return error(HttpStatus.NOT_FOUND, e.getMessage(), null);
        } catch (InvitationRefusedException e) {
            ObjectNode refusal = JSON.createObjectNode().put("error", e.getMessage());
            refusal.put("reason", e.skipped().map(s -> s.reason().name()).orElse("NOT_COLLECTED"));
            e.askAgainFrom()
                    .ifPresent(when -> refusal.put("ask_again_from", DateTimeFormatter.ISO_INSTANT.format(when)));
            return AnswerController.json(HttpStatus.CONFLICT, refusal);
        } catch (IllegalArgumentException e) {
            return badField(e);
        }
        ObjectNode created = JSON.createObjectNode()
                .put("invitation_id", made.invitationId())
                .put("token", made.token())
                .put("url", made.link())
                .put("language", made.language().code())
                .put("expires_at", DateTimeFormatter.ISO_INSTANT.format(made.expiresAt()));
        return AnswerController.json(HttpStatus.CREATED, created);
    }

    /** The API's failure to read the workspace, as JSON. */
    @org.springframework.web.bind.annotation.ExceptionHandler(WorkspaceException.class)
    ResponseEntity<String> unavailable(WorkspaceException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null);
    }

    private static Optional<String> text(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException(field + ": must be text");
        }
        return Optional.of(node.asText());
    }

    /** A message written {@code field: reason}, answered with 400 naming the field. */
    private static ResponseEntity<String> badField(IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        int colon = message.indexOf(':');
        String field = colon > 0 && message.substring(0, colon).matches("[a-z_]+") ? message.substring(0, colon) : null;
        return error(HttpStatus.BAD_REQUEST, message, field);
    }

    private static ResponseEntity<String> error(HttpStatus status, String message, String field) {
        ObjectNode body = JSON.createObjectNode().put("error", message);
        if (field != null) {
            body.put("field", field);
        }
        return AnswerController.json(status, body);
    }

    static String reasonWord(Skipped.Reason reason) {
        return reason.name();
    }
}
