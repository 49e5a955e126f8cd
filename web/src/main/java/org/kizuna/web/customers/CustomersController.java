package org.kizuna.web.customers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kizuna.cli.CustomerRequests;
import org.kizuna.cli.CustomerTimelineCsv;
import org.kizuna.cli.CustomersCsv;
import org.kizuna.cli.MetricsTable;
import org.kizuna.reports.CsvReport;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;
import org.kizuna.store.customer.CustomerDirectory;
import org.kizuna.store.customer.CustomerPage;
import org.kizuna.store.customer.CustomerProfile;
import org.kizuna.store.customer.CustomerQuery;
import org.kizuna.store.customer.CustomerStatus;
import org.kizuna.store.customer.CustomerSummary;
import org.kizuna.store.customer.TimelineEntry;
import org.kizuna.store.customer.UsageWeek;
import org.kizuna.web.config.ErrorPage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customers pages: a searchable list with key figures (the results swapped in live as one types), and one
 * customer's profile with its figures, attributes, weekly usage chart and timeline, filtered by kind.
 */
@Controller
class CustomersController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;
    private final MessageSource messages;

    CustomersController(Workspace workspace, MessageSource messages) {
        this.workspace = workspace;
        this.messages = messages;
    }

    /** A customer as a line of the list: every figure as text in the page's language. */
    record Row(
            String id,
            String name,
            String plan,
            String status,
            boolean active,
            String mrr,
            String since,
            String lastActivity,
            String nps,
            long openTickets,
            long events) {

        static Row of(CustomerSummary c, String currency, boolean ja) {
            return new Row(
                    c.id(),
                    c.name() == null ? "" : c.name(),
                    c.plan() == null ? "" : c.plan(),
                    c.status().label(),
                    c.status() == CustomerStatus.ACTIVE,
                    c.mrr() == null ? "–" : MetricsTable.value(c.mrr(), currency, ja),
                    c.customerSince().toString(),
                    c.lastActivity() == null ? "–" : c.lastActivity().toString(),
                    c.latestNps() == null ? "–" : plain(c.latestNps()),
                    c.openTickets(),
                    c.eventsLast30Days());
        }
    }

    /** A line of the timeline: when, its kind and what happened in words, its title and details. */
    record Line(
            String at,
            String kind,
            String kindLabel,
            String event,
            String title,
            List<Map.Entry<String, String>> details) {}

    /** A kind the timeline can be filtered by, with how many entries it has. */
    record Kind(String kind, String label, long count) {}

    @GetMapping("/customers")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String plan,
            @RequestParam(required = false) String page,
            @RequestParam(name = "as_of", required = false) String asOf,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        boolean ja = ja(locale);
        Map<String, String> where = plan == null || plan.isBlank() ? Map.of() : Map.of("plan", plan);
        CustomerQuery query =
                CustomerRequests.query(workspace, q, status, where, page, asOf == null || asOf.isBlank() ? null : asOf);
        CustomerDirectory directory = new CustomerDirectory(workspace);
        CustomerPage found = directory.page(query);
        model.addAttribute("plans", directory.plans());
        model.addAttribute("q", query.text().orElse(""));
        model.addAttribute("status", query.status().map(CustomerStatus::label).orElse(""));
        model.addAttribute("plan", plan == null ? "" : plan);
        model.addAttribute("asOf", query.asOf().toString());
        model.addAttribute("asOfGiven", asOf != null && !asOf.isBlank());
        model.addAttribute("page", query.page());
        model.addAttribute("pages", found.pages());
        model.addAttribute("total", found.total());
        model.addAttribute(
                "filtered", query.text().isPresent() || query.status().isPresent() || !where.isEmpty());
        model.addAttribute(
                "rows",
                found.customers().stream()
                        .map(c -> Row.of(c, found.currency(), ja))
                        .toList());
        return htmx != null ? "customers :: results" : "customers";
    }

    /**
     * The list as the page filters it, every page of it, as a CSV file for a spreadsheet (with a byte order mark,
     * so that Excel reads it as UTF-8): the columns of {@code kizuna customers --format csv}.
     */
    @GetMapping("/customers/download")
    ResponseEntity<byte[]> download(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String plan,
            @RequestParam(name = "as_of", required = false) String asOf) {
        Map<String, String> where = plan == null || plan.isBlank() ? Map.of() : Map.of("plan", plan);
        CustomerQuery query =
                CustomerRequests.query(workspace, q, status, where, null, asOf == null || asOf.isBlank() ? null : asOf);
        String csv = CustomersCsv.write(
                new CustomerDirectory(workspace).all(query),
                workspace.settings().reportingCurrency());
        byte[] body = CsvReport.withBom(csv);
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"kizuna-customers-" + query.asOf() + ".csv\"")
                .body(body);
    }

    @GetMapping("/customers/{id}")
    String one(
            @PathVariable String id,
            @RequestParam(name = "as_of", required = false) String asOf,
            @RequestParam(required = false) String kind,
            Locale locale,
            Model model) {
        boolean ja = ja(locale);
        LocalDate day = CustomerRequests.asOf(asOf, workspace);
        Optional<CustomerProfile> found = new CustomerDirectory(workspace).profile(id, day);
        if (found.isEmpty()) {
            throw new NotFound(id);
        }
        CustomerProfile profile = found.get();
        CustomerSummary c = profile.summary();
        model.addAttribute("customer", Row.of(c, profile.currency(), ja));
        model.addAttribute("summary", c);
        model.addAttribute("asOf", day.toString());
        model.addAttribute("asOfGiven", asOf != null && !asOf.isBlank());
        model.addAttribute("attributes", profile.attributes());
        model.addAttribute("usage", usage(profile.usage()));
        model.addAttribute("hasUsage", !profile.usage().isEmpty());

        Map<String, Long> counts = new LinkedHashMap<>();
        profile.timeline().forEach(entry -> counts.merge(entry.kind(), 1L, Long::sum));
        List<Kind> kinds = new ArrayList<>();
        counts.forEach((k, n) -> kinds.add(new Kind(k, message("customers.kind." + k, locale), n)));
        kinds.sort(java.util.Comparator.comparing(Kind::kind));
        model.addAttribute("kinds", kinds);
        String chosen = kind != null && counts.containsKey(kind) ? kind : "";
        model.addAttribute("kind", chosen);
        model.addAttribute(
                "timeline",
                profile.timeline().stream()
                        .filter(entry -> chosen.isEmpty() || entry.kind().equals(chosen))
                        .map(entry -> line(entry, locale))
                        .toList());
        // The download of what the timeline shows: the kind chosen, up to the day chosen.
        model.addAttribute(
                "timelineDownload",
                org.springframework.web.util.UriComponentsBuilder.fromPath("/customers/{id}/timeline.csv")
                        .queryParamIfPresent("kind", Optional.of(chosen).filter(k -> !k.isEmpty()))
                        .queryParamIfPresent(
                                "as_of",
                                Optional.ofNullable(asOf)
                                        .filter(a -> !a.isBlank())
                                        .map(a -> day.toString()))
                        .buildAndExpand(id)
                        .encode()
                        .toUriString());
        return "customer";
    }

    /**
     * The customer's whole timeline up to the day, or the entries of the kind chosen on the page, as a CSV file
     * for a spreadsheet (with a byte order mark, so that Excel reads it as UTF-8): what {@code kizuna customer ID
     * --format csv [--kind KIND]} prints. An unknown customer is the 404 page the customer page gives.
     */
    @GetMapping("/customers/{id}/timeline.csv")
    ResponseEntity<byte[]> timeline(
            @PathVariable String id,
            @RequestParam(name = "as_of", required = false) String asOf,
            @RequestParam(required = false) String kind) {
        LocalDate day = CustomerRequests.asOf(asOf, workspace);
        CustomerProfile profile =
                new CustomerDirectory(workspace).profile(id, day).orElseThrow(() -> new NotFound(id));
        String csv = CustomerTimelineCsv.write(profile, kind);
        String chosen = kind == null || kind.isBlank() ? "" : "-" + kind;
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"kizuna-customer-" + fileNamePart(id) + "-timeline" + chosen + "-" + day
                                + ".csv\"")
                .body(CsvReport.withBom(csv));
    }

    /** An id as part of a file name: letters, digits, dot, dash and underscore kept, anything else an underscore. */
    private static String fileNamePart(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** No customer with the id: the error page, in the page's language. */
    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String id;

        NotFound(String id) {
            super(id);
            this.id = id;
        }
    }

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound e, Locale locale, HttpServletResponse response, Model model) {
        return ErrorPage.show(HttpStatus.NOT_FOUND, message("customers.notFound", locale, e.id), response, model);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    String badRequest(IllegalArgumentException e, HttpServletResponse response, Model model) {
        return ErrorPage.show(HttpStatus.BAD_REQUEST, e.getMessage(), response, model);
    }

    @ExceptionHandler(WorkspaceException.class)
    String unavailable(WorkspaceException e, HttpServletResponse response, Model model) {
        return ErrorPage.show(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), response, model);
    }

    private Line line(TimelineEntry entry, Locale locale) {
        List<Map.Entry<String, String>> details = new ArrayList<>();
        entry.details().forEach((name, value) -> details.add(Map.entry(name, text(value))));
        return new Line(
                entry.at().replace('T', ' '),
                entry.kind(),
                message("customers.kind." + entry.kind(), locale),
                message("customers.event." + entry.event(), locale),
                entry.title() == null ? "" : entry.title(),
                details);
    }

    /** The weeks for the chart, as JSON in an attribute of the page (escaped by the template). */
    private static String usage(List<UsageWeek> weeks) {
        ArrayNode series = JSON.createArrayNode();
        for (UsageWeek week : weeks) {
            series.addObject()
                    .put("week", week.week().toString())
                    .put("events", week.events())
                    .put("users", week.users());
        }
        return series.toString();
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private static boolean ja(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }

    private static String text(Object value) {
        return value instanceof BigDecimal decimal ? plain(decimal) : String.valueOf(value);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
