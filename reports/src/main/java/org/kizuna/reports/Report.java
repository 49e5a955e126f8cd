package org.kizuna.reports;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.cohort.CohortTable;

/**
 * Everything a report file shows, computed once and written by each format alike: what was asked (workspace,
 * period, filter, breakdown), the metrics family by family with the period before, target, formula, series and
 * breakdown, MRR's movements, the cohort table and the metrics that had no data.
 *
 * @param language the language of every label and name
 * @param workspace the workspace's name (its folder's name)
 * @param period the period reported
 * @param where customer attributes and the values the customers must have; empty for every customer
 * @param by the attribute the breakdown tables are by, or null for none
 * @param generatedAt when the report was made, in the workspace's time zone
 * @param currency the workspace's reporting currency, e.g. {@code JPY}
 * @param sections the families with their metrics, in the catalogue's order; families without a metric asked
 *     for are left out
 * @param movements MRR from the period's start to its end (empty when the report has no MRR or there are no
 *     subscriptions)
 * @param cohorts customer retention by signup month up to the period's last month, or null when the report
 *     has none
 */
public record Report(
        Language language,
        String workspace,
        Period period,
        Map<String, String> where,
        String by,
        ZonedDateTime generatedAt,
        String currency,
        List<ReportSection> sections,
        List<Movement> movements,
        CohortTable cohorts) {

    public Report {
        where = Collections.unmodifiableMap(new LinkedHashMap<>(where));
        sections = List.copyOf(sections);
        movements = List.copyOf(movements);
    }

    /** A label of the report in its language (see {@code report.properties}), with its arguments filled in. */
    public String text(String key, Object... arguments) {
        return ReportText.of(language).get(key, arguments);
    }

    /** Whether labels are Japanese. */
    public boolean ja() {
        return language == Language.JA;
    }

    /** The report's title, e.g. "Customer success report 2024-06". */
    public String title() {
        return text("title", period.label());
    }

    /** The customers covered, as a heading writes it: {@code plan = pro, region = kanto}, or "all customers". */
    public String segmentLabel() {
        if (where.isEmpty()) {
            return text("segment.all");
        }
        List<String> pairs = new ArrayList<>();
        where.forEach((attribute, value) -> pairs.add(attribute + " = " + value));
        return String.join(", ", pairs);
    }

    /** Every metric of the report, section by section. */
    public List<ReportMetric> metrics() {
        return sections.stream().flatMap(section -> section.metrics().stream()).toList();
    }

    /** The metrics that have no value for the period, for the notes page. */
    public List<ReportMetric> withoutData() {
        return metrics().stream().filter(metric -> !metric.current().hasData()).toList();
    }

    /**
     * Every figure behind the report as the JSON contract's rows, one per metric, period and segment: for each
     * metric the period before, the period, its breakdown and the series' months, each row once.
     */
    public List<MetricResult> rows() {
        List<MetricResult> rows = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ReportMetric metric : metrics()) {
            List<MetricResult> all = new ArrayList<>();
            all.add(metric.previous());
            all.add(metric.current());
            all.addAll(metric.breakdown());
            all.addAll(metric.series());
            for (MetricResult row : all) {
                if (row != null && seen.add(row.metric() + "|" + row.period() + "|" + row.segment())) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
