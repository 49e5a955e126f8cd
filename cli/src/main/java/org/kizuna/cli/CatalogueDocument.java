package org.kizuna.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricDefinition;

/**
 * The metric catalogue as a Markdown document in Japanese and English, written from the same definitions the
 * command line computes with; {@code docs/metrics.md} is this document.
 */
public final class CatalogueDocument {

    private CatalogueDocument() {}

    static String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("# Metrics / 指標\n\n")
                .append("This document is generated from Kizuna's metric catalogue by `kizuna catalogue --format md`;")
                .append(" edit the definitions in the code, not this file.\n")
                .append("本書は指標カタログから生成しています。\n\n")
                .append("Conventions that decide close calls:\n\n")
                .append("- A period is a closed range of calendar days in the workspace time zone.\n")
                .append("- A customer is active on a day that one of its subscriptions covers (`start_date` inclusive,")
                .append(" `end_date` exclusive); without any subscriptions in the workspace, on a day within the")
                .append(" inactivity window (default 90 days, ending on that day) after a purchase of positive amount.")
                .append(" An explicit `churned_at` ends activity on that day.\n")
                .append("- \"Active at the start\" means active at the close of the day before the period's first day"
                        + " (the customers the period opens with); \"at the end\" means active on its last day."
                        + " So a subscription ending on the 1st (covered through the last day of the month"
                        + " before) is lost in the month it ends, as its MRR is, and a customer acquired on the"
                        + " first day counts as acquired, not as one the period started with.\n")
                .append(
                        "- MRR on a day is the sum of `mrr` over the subscription rows covering it; each customer's MRR")
                .append(" is rounded to the reporting currency's minor unit before it is added up, so MRR movements")
                .append(" reconcile exactly as printed.\n")
                .append("- Survey responses, orders and tickets count in the period their timestamp falls in,")
                .append(" read in the workspace time zone.\n")
                .append("- An empty denominator gives no figure (\"no data\", `null` in JSON), never 0.\n")
                .append("- Figures are rounded half-up once, for output: percentages and points to 2 decimals,")
                .append(" money to the reporting currency's minor unit.\n\n")
                .append("Targets: set per metric in the workspace's settings.properties (`target.nps = 30`; a new")
                .append(" workspace starts with NPS ≥ 30, CLV:CAC ≥ 3 and a first response ≤ 4 hours). A metric")
                .append(" where higher is better meets its target at or above it, any other at or below it;")
                .append(" \"no data\" neither meets nor misses it.\n\n")
                .append("Conventions where practitioners disagree are settings of the workspace, and every result")
                .append(
                        " states the one it used: `churn.denominator` (`start`, the default, or `start_plus_acquired`),")
                .append(" `clv.basis` (`margin`, the default, or `revenue`), `csat.threshold.MIN-MAX`, the weights")
                .append(" `cai.weight.*` and `engagement.weight.*`, and `inactivity_window_days`.\n\n")
                .append("Breakdowns: `--by` any customer attribute; `touchpoint` and `channel` are attributes of")
                .append(" input rows, offered by the metrics listed with them below.\n\n")
                .append("Sources: the catalogue follows four published Japanese articles on customer-success metrics,")
                .append(" cited by number:\n\n")
                .append("- 000: 顧客成功の重要指標 (key indicators of customer success; fifteen indicators)\n")
                .append("- 001: 成長の推進: 顧客擁護の効果を測定するための重要な指標 (measuring customer advocacy, 2024)\n")
                .append("- 002: 顧客の成長: それは何であるか、ガイドと戦略 (customer growth: churn, MRR, NPS, CLV, 2022)\n")
                .append("- 003: チームのモチベーションと顧客ロイヤルティを維持するための10のカスタマーサクセス指標")
                .append(" (ten customer-success metrics: CLV, CAC, MRR, NPS, CSAT, CES, churn, 2022)\n");
        Family family = null;
        for (Metric metric : MetricCatalog.all()) {
            MetricDefinition d = metric.definition();
            if (d.family() != family) {
                family = d.family();
                text.append("\n## ")
                        .append(family.name(Language.EN))
                        .append(" / ")
                        .append(family.name(Language.JA))
                        .append("\n");
            }
            text.append("\n### `")
                    .append(d.id())
                    .append("`: ")
                    .append(d.nameEn())
                    .append(" / ")
                    .append(d.nameJa())
                    .append("\n\n");
            text.append("| | |\n|---|---|\n");
            row(text, "Unit / 単位", d.unit().name().toLowerCase(Locale.ROOT));
            row(text, "Higher is better / 高いほど良い", d.higherIsBetter() ? "yes / はい" : "no / いいえ");
            row(text, "Formula", d.formulaEn());
            row(text, "式", d.formulaJa());
            row(text, "Sources / 出典", sources(d.seeds()));
            if (!d.rowSegments().isEmpty()) {
                row(text, "Also by / 行の属性別", String.join(", ", new java.util.TreeSet<>(d.rowSegments())));
            }
        }
        return text.toString();
    }

    /** The catalogue as a JSON array, one object per metric with the fields of its definition. */
    public static String json() {
        ArrayNode array = MetricsJson.JSON.createArrayNode();
        for (Metric metric : MetricCatalog.all()) {
            array.add(definition(metric.definition()));
        }
        return MetricsJson.print(array);
    }

    /** One catalogue entry as JSON, as {@code catalogue --format json} and {@code explain} print it. */
    public static ObjectNode definition(MetricDefinition d) {
        ObjectNode node = MetricsJson.JSON.createObjectNode();
        node.put("id", d.id());
        node.put("family", d.family().name().toLowerCase(Locale.ROOT));
        node.put("name_ja", d.nameJa());
        node.put("name_en", d.nameEn());
        node.put("unit", d.unit().name().toLowerCase(Locale.ROOT));
        node.put("higher_is_better", d.higherIsBetter());
        node.put("formula_ja", d.formulaJa());
        node.put("formula_en", d.formulaEn());
        d.seeds().forEach(node.putArray("sources")::add);
        d.rowSegments().stream().sorted().forEach(node.putArray("row_segments")::add);
        return node;
    }

    private static void row(StringBuilder text, String label, String value) {
        text.append("| ")
                .append(label)
                .append(" | ")
                .append(value.replace("|", "\\|"))
                .append(" |\n");
    }

    private static String sources(List<String> seeds) {
        return seeds.isEmpty() ? "industry standard / 業界標準" : String.join(", ", seeds);
    }
}
