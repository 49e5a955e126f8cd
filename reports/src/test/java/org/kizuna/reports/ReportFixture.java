package org.kizuna.reports;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.cohort.CohortMeasure;
import org.kizuna.metrics.cohort.CohortTable;

/**
 * A small report written by hand, so that each format's tests know every figure it must show:
 *
 * <ul>
 *   <li>period 2024-06, customers with {@code plan = pro}, broken down by region;
 *   <li>voice: NPS 33.33 pt (May 20.00, change +13.33), target ≥ 30, met; series Jan–Jun 2024 of 10, 12.5, 15,
 *       17.5, 20, 33.33 (only six months: the workspace starts in January); breakdown kanto 40.00, kansai
 *       25.00; CSAT with no data in either period;
 *   <li>revenue: MRR 1,250,000 JPY (May 1,200,000, change +50,000), no target; series Jan–Jun 1,000,000 +
 *       50,000 a month; MRR movements 1,200,000 + 100,000 new + 20,000 expansion + 0 reactivation − 10,000
 *       contraction − 60,000 churned = 1,250,000;
 *   <li>retention: churn rate 2.50 % (May 2.00 %, change +0.50, bad news), target ≤ 2, missed;
 *   <li>cohorts: 2024-04 (10 customers: 100, 80, 70 %), 2024-05 (20: 100, 90 %), 2024-06 (5: 100 %).
 * </ul>
 */
public final class ReportFixture {

    private ReportFixture() {}

    public static final Period PERIOD = Period.parse("2024-06");

    public static Report report(Language language) {
        Map<String, String> where = Map.of("plan", "pro");
        List<ReportSection> sections = new ArrayList<>();

        MetricDefinition nps = definition("nps");
        List<MetricResult> npsSeries = series("nps", "points", "10.00", "12.50", "15.00", "17.50", "20.00", "33.33");
        MetricResult npsNow = result("nps", "2024-06", Segment.ALL, "33.33", "points", Map.of())
                .against(new BigDecimal("30"), true);
        MetricResult npsBefore = result("nps", "2024-05", Segment.ALL, "20.00", "points", Map.of())
                .against(new BigDecimal("30"), true);
        List<MetricResult> npsBreakdown = List.of(
                result("nps", "2024-06", Segment.of("region", "kanto"), "40.00", "points", Map.of()),
                result("nps", "2024-06", Segment.of("region", "kansai"), "25.00", "points", Map.of()));
        MetricDefinition csat = definition("csat");
        MetricResult csatNow = result("csat", "2024-06", Segment.ALL, null, "percent", Map.of());
        MetricResult csatBefore = result("csat", "2024-05", Segment.ALL, null, "percent", Map.of());
        sections.add(section(
                Family.VOICE,
                language,
                List.of(
                        new ReportMetric(nps, npsNow, npsBefore, npsSeries, npsBreakdown),
                        new ReportMetric(
                                csat,
                                csatNow,
                                csatBefore,
                                series("csat", "percent", null, null, null, null, null, null),
                                List.of()))));

        MetricDefinition churn = definition("churn_rate");
        MetricResult churnNow = result("churn_rate", "2024-06", Segment.ALL, "2.50", "percent", Map.of())
                .against(new BigDecimal("2"), false);
        MetricResult churnBefore = result("churn_rate", "2024-05", Segment.ALL, "2.00", "percent", Map.of())
                .against(new BigDecimal("2"), false);
        sections.add(section(
                Family.RETENTION,
                language,
                List.of(new ReportMetric(
                        churn,
                        churnNow,
                        churnBefore,
                        series("churn_rate", "percent", "1.00", "1.50", "1.00", "2.00", "2.00", "2.50"),
                        List.of()))));

        MetricDefinition mrr = definition("mrr");
        MetricResult mrrNow = result("mrr", "2024-06", Segment.ALL, "1250000", "JPY", Map.of());
        MetricResult mrrBefore = result("mrr", "2024-05", Segment.ALL, "1200000", "JPY", Map.of());
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("mrr_start", new BigDecimal("1200000"));
        parts.put("new", new BigDecimal("100000"));
        parts.put("expansion", new BigDecimal("20000"));
        parts.put("reactivation", new BigDecimal("0"));
        parts.put("contraction", new BigDecimal("10000"));
        parts.put("churned", new BigDecimal("60000"));
        parts.put("mrr_end", new BigDecimal("1250000"));
        MetricResult movements = result("mrr_movements", "2024-06", Segment.ALL, "50000", "JPY", parts);
        sections.add(section(
                Family.REVENUE,
                language,
                List.of(new ReportMetric(
                        mrr,
                        mrrNow,
                        mrrBefore,
                        series("mrr", "JPY", "1000000", "1050000", "1100000", "1150000", "1200000", "1250000"),
                        List.of()))));

        CohortTable cohorts = new CohortTable(
                CohortMeasure.of("retention"),
                "percent",
                List.of(
                        new CohortTable.Row("2024-04", 10, decimals("100.00", "80.00", "70.00")),
                        new CohortTable.Row("2024-05", 20, decimals("100.00", "90.00")),
                        new CohortTable.Row("2024-06", 5, decimals("100.00"))));

        return new Report(
                language,
                "acme",
                PERIOD,
                where,
                "region",
                ZonedDateTime.of(2024, 7, 1, 9, 30, 0, 0, ZoneId.of("Asia/Tokyo")),
                "JPY",
                sections,
                Movement.of(movements),
                cohorts);
    }

    private static ReportSection section(Family family, Language language, List<ReportMetric> metrics) {
        return new ReportSection(family, family.name(language), ReportSection.needs(family), metrics);
    }

    private static MetricDefinition definition(String id) {
        return MetricCatalog.find(id).orElseThrow().definition();
    }

    /** Results for 2024-01 to 2024-06 for every customer, in order; null for no data. */
    private static List<MetricResult> series(String metric, String unit, String... values) {
        List<MetricResult> results = new ArrayList<>();
        for (int month = 1; month <= values.length; month++) {
            results.add(result(metric, "2024-0" + month, Segment.ALL, values[month - 1], unit, Map.of()));
        }
        return results;
    }

    private static MetricResult result(
            String metric, String period, Segment segment, String value, String unit, Map<String, Object> parts) {
        return new MetricResult(
                metric, period, segment, value == null ? null : new BigDecimal(value), unit, parts, null, null, null);
    }

    private static List<BigDecimal> decimals(String... values) {
        List<BigDecimal> list = new ArrayList<>();
        for (String value : values) {
            list.add(new BigDecimal(value));
        }
        return list;
    }
}
