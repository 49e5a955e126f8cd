package org.kizuna.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricCatalog;

/**
 * What a report is asked for: a period, the customers a filter keeps, an optional breakdown and which metrics,
 * in one language.
 *
 * @param period the period reported
 * @param where customer attributes and the values the customers must have
 * @param by the attribute of the breakdown tables, or null for none
 * @param metricIds the metrics by id, or null for every metric of the families
 * @param families the families, or null for all (ignored when metric ids are given)
 * @param language the language of the report
 */
public record ReportRequest(
        Period period,
        Map<String, String> where,
        String by,
        List<String> metricIds,
        List<Family> families,
        Language language) {

    public ReportRequest {
        where = where == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(where));
        metricIds = metricIds == null || metricIds.isEmpty() ? null : List.copyOf(metricIds);
        families = families == null || families.isEmpty() ? null : List.copyOf(families);
        if (metricIds != null && families != null) {
            throw new IllegalArgumentException("give either --metric or --family, not both");
        }
    }

    /** The metrics of the report, in the catalogue's order; an unknown id is an error naming the known ones. */
    public List<Metric> metrics() {
        if (metricIds != null) {
            List<Metric> chosen = MetricCatalog.select(metricIds);
            return MetricCatalog.all().stream().filter(chosen::contains).toList();
        }
        return MetricCatalog.all().stream()
                .filter(metric -> families == null
                        || families.contains(metric.definition().family()))
                .toList();
    }

    /** A family as a user names it: its enum name in any case ({@code voice}, {@code retention}, …). */
    public static Family family(String name) {
        for (Family family : Family.values()) {
            if (family.name().equalsIgnoreCase(name.strip())) {
                return family;
            }
        }
        List<String> known = new ArrayList<>();
        for (Family family : Family.values()) {
            known.add(family.name().toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException("--family \"" + name + "\" is not one of " + String.join(", ", known));
    }
}
