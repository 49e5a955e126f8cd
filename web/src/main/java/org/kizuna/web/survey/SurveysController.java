package org.kizuna.web.survey;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kizuna.cli.MetricsTable;
import org.kizuna.cli.SurveysCsv;
import org.kizuna.cli.SurveysJson;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricResult;
import org.kizuna.reports.CsvReport;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;
import org.kizuna.store.survey.Audience;
import org.kizuna.store.survey.ContactsRejectedException;
import org.kizuna.store.survey.InvalidSurveyException;
import org.kizuna.store.survey.Invitation;
import org.kizuna.store.survey.InvitationBatch;
import org.kizuna.store.survey.InvitationRequest;
import org.kizuna.store.survey.LinkCsv;
import org.kizuna.store.survey.NewSurvey;
import org.kizuna.store.survey.ResponseCsv;
import org.kizuna.store.survey.Survey;
import org.kizuna.store.survey.SurveyCollection;
import org.kizuna.store.survey.SurveySettings;
import org.kizuna.store.survey.SurveyType;
import org.kizuna.store.survey.UnknownSurveyException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The survey pages for the team: the list with each survey's counts, response rate and score; a form to
 * create a survey; and a survey's page, where analysts load contacts, invite them (throttling respected,
 * each skipped person listed with the reason), download the links and read the latest answers. Viewers
 * see the same lists and details without the forms. Whoever sees the list or a survey's page may download
 * what it shows as CSV: the list, and every answer to the survey.
 */
@Controller
class SurveysController {

    private static final int LATEST_ANSWERS = 50;
    private static final Pattern PROBLEM = Pattern.compile("(.+?):(\\d+): (.*)");

    private final SurveyCollection surveys;
    private final SurveyScores scores;
    private final Workspace workspace;
    private final MessageSource messages;

    SurveysController(SurveyCollection surveys, SurveyScores scores, Workspace workspace, MessageSource messages) {
        this.surveys = surveys;
        this.scores = scores;
        this.workspace = workspace;
        this.messages = messages;
    }

    /** A survey as a row of the list. */
    record Row(
            String id,
            String type,
            String question,
            String touchpoint,
            String scale,
            boolean collected,
            long invitations,
            long responses,
            String responseRate,
            String score) {}

    /** One answer as the survey's page lists it; the comment is shown as text, never as HTML. */
    record AnswerRow(String answeredAt, String customer, String score, String comment, String language) {}

    /** One problem of a contacts file. */
    record Problem(String file, String line, String reason) {}

    /** One person not invited, and why. */
    record SkippedRow(String customer, String user, String reason, String detail) {}

    @GetMapping("/surveys")
    String list(Locale locale, Model model) {
        Language language = language(locale);
        List<Survey> all = surveys.list();
        Map<String, MetricResult> scored = scores.of(all);
        model.addAttribute(
                "rows",
                all.stream().map(s -> row(s, scored.get(s.id()), language)).toList());
        model.addAttribute("mayRun", analyst());
        return "surveys";
    }

    /**
     * The list as a CSV file for a spreadsheet (with a byte order mark, so that Excel reads it as UTF-8): the
     * fields of {@code GET /api/v1/surveys}, as {@code kizuna survey list --format csv} prints them.
     */
    @GetMapping("/surveys.csv")
    ResponseEntity<byte[]> download() {
        List<Survey> all = surveys.list();
        String csv = SurveysCsv.write(all, scores.of(all), workspace.settings().reportingCurrency());
        return csvFile("kizuna-surveys.csv", csv);
    }

    @GetMapping("/surveys/new")
    String newSurvey(Model model) {
        requireAnalyst();
        return form(model, Map.of("type", "nps"), Map.of());
    }

    @PostMapping("/surveys/new")
    String create(@RequestParam Map<String, String> form, Locale locale, HttpServletResponse response, Model model) {
        Language language = language(locale);
        Map<String, String> errors = new LinkedHashMap<>();
        SurveyType type = null;
        try {
            type = SurveyType.of(value(form, "type").orElse(""));
        } catch (IllegalArgumentException e) {
            errors.put("type", text("surveys.error.type", language));
        }
        Optional<BigDecimal> min = number(form, "scale_min", errors, language);
        Optional<BigDecimal> max = number(form, "scale_max", errors, language);
        Optional<BigDecimal> threshold = number(form, "threshold", errors, language);
        if (errors.isEmpty()) {
            try {
                NewSurvey survey = NewSurvey.of(
                        value(form, "id"),
                        type,
                        min,
                        max,
                        threshold,
                        value(form, "touchpoint"),
                        value(form, "question_ja"),
                        value(form, "question_en"));
                Survey created = surveys.create(survey);
                return "redirect:/surveys/" + created.id();
            } catch (InvalidSurveyException e) {
                // The store's own words say exactly what was wrong, in English; the page's sentence says it in its
                // language.
                errors.put(
                        e.field(),
                        text("surveys.error." + e.field(), language)
                                + (language == Language.EN ? " (" + e.getMessage() + ")" : ""));
            } catch (WorkspaceException e) {
                if (value(form, "id").isPresent()
                        && surveys.find(value(form, "id").get()).isPresent()) {
                    errors.put(
                            "id",
                            text(
                                    "surveys.error.idTaken",
                                    language,
                                    value(form, "id").get()));
                } else {
                    throw e;
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(model, form, errors);
    }

    @GetMapping("/surveys/{id}")
    String detail(@PathVariable String id, Locale locale, Model model) {
        return detailPage(find(id), language(locale), model);
    }

    /** Loads the contacts of a CSV file, as {@code kizuna survey contacts} does: all or nothing. */
    @PostMapping("/surveys/{id}/contacts")
    String contacts(
            @PathVariable String id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        Survey survey = find(id);
        Language language = language(locale);
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "contactsProblems", List.of(new Problem("", "", text("surveys.contacts.none", language))));
            return detailPage(survey, language, model);
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("kizuna-contacts");
            Path csv = folder.resolve(fileName(file.getOriginalFilename()));
            file.transferTo(csv);
            int loaded = surveys.importContacts(csv);
            model.addAttribute("contactsLoaded", loaded);
        } catch (ContactsRejectedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "contactsProblems",
                    e.problems().stream().map(SurveysController::problem).toList());
        } catch (WorkspaceException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("contactsProblems", List.of(problem(e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
        return detailPage(survey, language, model);
    }

    /** Invites the chosen customers' contacts, as {@code kizuna survey invite} does. */
    @PostMapping("/surveys/{id}/invitations")
    String invite(
            @PathVariable String id,
            @RequestParam(required = false) String customers,
            @RequestParam(required = false) String where,
            @RequestParam(name = "expires_days", required = false) String expiresDays,
            @RequestParam(name = "send_email", required = false) String sendEmail,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        Survey survey = find(id);
        Language language = language(locale);
        Audience audience;
        int days;
        try {
            audience = audience(customers, where, language);
            days = expiresDays == null || expiresDays.isBlank()
                    ? InvitationRequest.DEFAULT_EXPIRES_DAYS
                    : Integer.parseInt(expiresDays.strip());
            if (days < 1 || days > InvitationRequest.MAX_EXPIRES_DAYS) {
                throw new IllegalArgumentException(
                        text("surveys.invite.badDays", language, InvitationRequest.MAX_EXPIRES_DAYS));
            }
        } catch (NumberFormatException e) {
            return inviteProblem(
                    survey,
                    text("surveys.invite.badDays", language, InvitationRequest.MAX_EXPIRES_DAYS),
                    language,
                    response,
                    model);
        } catch (IllegalArgumentException e) {
            return inviteProblem(survey, e.getMessage(), language, response, model);
        }
        InvitationBatch batch;
        try {
            batch = surveys.invite(
                    new InvitationRequest(survey.id(), audience, days, Optional.empty(), sendEmail != null));
        } catch (IllegalArgumentException | WorkspaceException e) {
            return inviteProblem(survey, e.getMessage(), language, response, model);
        }
        model.addAttribute("invited", batch.invited().size());
        model.addAttribute("invitedEmail", batch.count(Invitation.Delivery.EMAIL));
        model.addAttribute("invitedOutbox", batch.count(Invitation.Delivery.OUTBOX));
        model.addAttribute("invitedLink", batch.count(Invitation.Delivery.LINK));
        model.addAttribute(
                "skipped",
                batch.skipped().stream()
                        .map(s -> new SkippedRow(
                                s.customerId(),
                                s.userId().orElse(""),
                                text("surveys.skipped." + s.reason().name(), language),
                                s.detail()))
                        .toList());
        return detailPage(find(id), language, model);
    }

    /** Every link of the survey as the CSV {@code kizuna survey invite --out} writes; for analysts. */
    @GetMapping("/surveys/{id}/links.csv")
    void links(@PathVariable String id, HttpServletResponse response) throws IOException {
        requireAnalyst();
        Survey survey = find(id);
        List<Invitation> links = surveys.links(survey.id());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + survey.id() + "-links.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        LinkCsv.write(out, links, workspace.settings().timeZone());
        out.flush();
    }

    /**
     * Every answer to the survey, oldest first, not only the latest ones the page lists: a CSV file for a
     * spreadsheet, with the time in the workspace's time zone and each comment as it was given.
     */
    @GetMapping("/surveys/{id}/answers.csv")
    ResponseEntity<byte[]> answers(@PathVariable String id) {
        Survey survey = find(id);
        String csv = ResponseCsv.write(
                surveys.responses(survey.id()), workspace.settings().timeZone());
        return csvFile(survey.id() + "-answers.csv", csv);
    }

    /** CSV text as a file to save, behind a byte order mark so that Excel opens it as UTF-8. */
    private static ResponseEntity<byte[]> csvFile(String name, String csv) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(CsvReport.withBom(csv));
    }

    @ExceptionHandler(UnknownSurveyException.class)
    String unknown(UnknownSurveyException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", 404);
        model.addAttribute("error", HttpStatus.NOT_FOUND.getReasonPhrase());
        model.addAttribute("message", e.getMessage());
        return "error";
    }

    @ExceptionHandler(ResponseStatusException.class)
    String refused(ResponseStatusException e, HttpServletResponse response, Model model) {
        response.setStatus(e.getStatusCode().value());
        model.addAttribute("status", e.getStatusCode().value());
        model.addAttribute(
                "error", HttpStatus.valueOf(e.getStatusCode().value()).getReasonPhrase());
        model.addAttribute("message", e.getReason());
        return "error";
    }

    private String detailPage(Survey survey, Language language, Model model) {
        Map<String, MetricResult> scored = scores.of(List.of(survey));
        ZoneId zone = workspace.settings().timeZone();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        model.addAttribute("survey", survey);
        model.addAttribute("row", row(survey, scored.get(survey.id()), language));
        model.addAttribute("question", survey.question(language));
        model.addAttribute(
                "answers",
                surveys.latestResponses(survey.id(), LATEST_ANSWERS).stream()
                        .map(r -> new AnswerRow(
                                time.format(r.answeredAt().atZone(zone)),
                                r.customerId() + r.userId().map(u -> " / " + u).orElse(""),
                                r.score().stripTrailingZeros().toPlainString(),
                                r.comment().orElse(""),
                                r.language().orElse("")))
                        .toList());
        SurveySettings settings = surveys.settings();
        model.addAttribute(
                "mail",
                settings.smtp()
                        .map(smtp -> text("surveys.mail.smtp", language, smtp.host(), smtp.port(), settings.from()))
                        .orElseGet(() -> text(
                                "surveys.mail.outbox",
                                language,
                                surveys.outbox().toString())));
        model.addAttribute("baseUrl", settings.baseUrl());
        model.addAttribute("throttleDays", settings.throttleDays());
        model.addAttribute("mayRun", analyst());
        return "survey";
    }

    private String inviteProblem(
            Survey survey, String message, Language language, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("inviteProblem", message);
        return detailPage(survey, language, model);
    }

    private Audience audience(String customers, String where, Language language) {
        boolean named = customers != null && !customers.isBlank();
        boolean chosen = where != null && !where.isBlank();
        if (named == chosen) {
            throw new IllegalArgumentException(text("surveys.invite.chooseOne", language));
        }
        if (named) {
            return Audience.customers(Arrays.stream(customers.split("[,\\s]+"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .distinct()
                    .toList());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : where.split("[,\\n]+")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(text("surveys.invite.badWhere", language, pair.strip()));
            }
            values.put(
                    pair.substring(0, equals).strip(),
                    pair.substring(equals + 1).strip());
        }
        return Audience.where(values);
    }

    private String form(Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute(
                "types",
                Arrays.stream(SurveyType.values()).map(SurveyType::word).toList());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "survey-new";
    }

    private Row row(Survey s, MetricResult score, Language language) {
        boolean ja = language == Language.JA;
        BigDecimal rate = SurveysJson.responseRate(s, workspace.settings().reportingCurrency());
        return new Row(
                s.id(),
                s.type().word(),
                s.question(language),
                s.touchpoint().orElse(""),
                s.scale(),
                s.collected(),
                s.invitations(),
                s.responses(),
                MetricsTable.value(rate, "percent", ja),
                score == null ? "" : MetricsTable.value(score.value(), score.unit(), ja));
    }

    private Survey find(String id) {
        return surveys.find(id).orElseThrow(() -> new UnknownSurveyException(id));
    }

    private Optional<BigDecimal> number(
            Map<String, String> form, String field, Map<String, String> errors, Language language) {
        Optional<String> given = value(form, field);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(given.get()));
        } catch (NumberFormatException e) {
            errors.put(
                    field.startsWith("scale") ? "scale" : field, text("surveys.error.number", language, given.get()));
            return Optional.empty();
        }
    }

    private static Optional<String> value(Map<String, String> form, String field) {
        return Optional.ofNullable(form.get(field)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private String text(String key, Language language, Object... arguments) {
        return Speech.text(messages, key, language, arguments);
    }

    private static Language language(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? Language.JA : Language.EN;
    }

    private static boolean analyst() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> authority.getAuthority().equals("ROLE_ANALYST"));
    }

    private static void requireAnalyst() {
        if (!analyst()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "analysts and admins only");
        }
    }

    private static Problem problem(String text) {
        Matcher m = PROBLEM.matcher(text);
        return m.matches() ? new Problem(m.group(1), m.group(2), m.group(3)) : new Problem("", "", text);
    }

    /** The uploaded file's own name, so that problems name it; only its last part, in safe characters. */
    private static String fileName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return name.isEmpty() || name.startsWith(".") ? "contacts.csv" : name;
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary file left behind holds only what was uploaded, and the system clears it
        }
    }
}
