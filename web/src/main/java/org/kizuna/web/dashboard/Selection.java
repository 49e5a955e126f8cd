package org.kizuna.web.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kizuna.domain.Period;
import org.kizuna.web.metrics.MetricsService;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a dashboard page is looking at: a period and the customers a filter keeps ({@code where}, as {@code
 * kizuna metrics --where} takes it), with the links that keep both when one of them changes.
 *
 * @param period the period shown
 * @param where customer attributes and the values the customers must have; empty for every customer
 */
public record Selection(Period period, Map<String, String> where) {

    public Selection {
        where = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(where));
    }

    /**
     * Reads a page's parameters: {@code period}, or a range {@code from}–{@code to} (two days), or the last
     * full month; and {@code where=ATTR=VALUE}, repeatable. What cannot be used is a 400 that says why, in the
     * page's language.
     */
    public static Selection of(
            String period,
            String from,
            String to,
            List<String> where,
            MetricsService metrics,
            MessageSource messages,
            Locale locale) {
        return new Selection(
                period(period, from, to, metrics, messages, locale), filter(where, metrics, messages, locale));
    }

    private static Period period(
            String text, String from, String to, MetricsService metrics, MessageSource messages, Locale locale) {
        boolean range = from != null && !from.isBlank() && to != null && !to.isBlank();
        if (range && (text == null || text.isBlank())) {
            text = from.strip() + ".." + to.strip();
        } else if (!range && (from != null && !from.isBlank() || to != null && !to.isBlank())) {
            throw refused(messages.getMessage("period.rangeIncomplete", null, locale));
        }
        return OverviewController.period(text, metrics);
    }

    private static Map<String, String> filter(
            List<String> pairs, MetricsService metrics, MessageSource messages, Locale locale) {
        Map<String, String> where = new LinkedHashMap<>();
        if (pairs == null) {
            return where;
        }
        List<String> known = metrics.customerAttributes();
        for (String pair : pairs) {
            if (pair == null || pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw refused(messages.getMessage("filter.malformed", new Object[] {pair}, locale));
            }
            String attribute = pair.substring(0, equals).strip();
            if (!known.contains(attribute)) {
                throw refused(messages.getMessage(
                        "filter.unknown", new Object[] {attribute, String.join(", ", known)}, locale));
            }
            where.put(attribute, pair.substring(equals + 1));
        }
        return where;
    }

    private static ResponseStatusException refused(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }

    /** The filter as the command line writes it, {@code plan=pro}, one per entry. */
    public List<String> pairs() {
        List<String> pairs = new ArrayList<>();
        where.forEach((attribute, value) -> pairs.add(attribute + "=" + value));
        return pairs;
    }

    /** The filter for a heading, {@code plan = pro, region = kanto}; empty without one. */
    public String label() {
        return String.join(
                ", ",
                pairs().stream().map(pair -> pair.replaceFirst("=", " = ")).toList());
    }

    /** The filter's value of one attribute joined as the filter control's option, {@code plan=pro}; or empty. */
    public String chosen() {
        return pairs().isEmpty() ? "" : pairs().get(0);
    }

    /** This page for another period, with the same filter. */
    public String to(String path, String otherPeriod) {
        return path + "?period=" + encode(otherPeriod) + filterQuery();
    }

    /** This page's period and filter on another page. */
    public String on(String path) {
        return to(path, period.label());
    }

    /** {@code &where=…} for each filter entry, encoded. */
    public String filterQuery() {
        StringBuilder query = new StringBuilder();
        for (String pair : pairs()) {
            query.append("&where=").append(encode(pair));
        }
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
