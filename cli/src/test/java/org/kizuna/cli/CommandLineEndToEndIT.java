package org.kizuna.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.cli.OutputContract.HUNDREDTHS;
import static org.kizuna.cli.OutputContract.METRIC_IDS;
import static org.kizuna.cli.OutputContract.WHOLE_YEN;
import static org.kizuna.cli.OutputContract.assertCount;
import static org.kizuna.cli.OutputContract.assertFigure;
import static org.kizuna.cli.OutputContract.requiredPart;
import static org.kizuna.cli.OutputContract.whenReported;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.cli.DataSetTally.Customer;
import org.kizuna.cli.DataSetTally.Span;

/**
 * The whole command line as a user runs it: generate a company, create a workspace, import the company, and
 * compute every metric for a month, a quarter and a breakdown by plan. Each figure is compared with a tally
 * that this test works out from the generated CSV files by the catalogue's definitions, customer by customer.
 */
class CommandLineEndToEndIT {

    /**
     * The metrics this test recounts independently from the generated files; the golden data set of the
     * testkit covers every catalogue metric by hand.
     */
    private static final List<String> TALLIED =
            List.of("nps", "csat", "ces", "churn_rate", "retention_rate", "mrr", "arpu", "mrr_movements");

    /** History ends on 2025-06-30, the last day of the month before "today", and covers 12 months. */
    private static final String TODAY = "2025-07-15";

    private static final LocalDate HISTORY_START = LocalDate.of(2024, 7, 1);
    private static final LocalDate HISTORY_END = LocalDate.of(2025, 6, 30);
    private static final Span MONTH = new Span("2025-06", LocalDate.of(2025, 6, 1), HISTORY_END);
    private static final Span QUARTER = new Span("2025-Q2", LocalDate.of(2025, 4, 1), HISTORY_END);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @TempDir
    static Path root;

    private static final Map<List<String>, String> OUTPUTS = new ConcurrentHashMap<>();

    private static Path workspace;
    private static DataSetTally tally;

    @BeforeAll
    static void generateInitAndImport() {
        Path data = root.resolve("data");
        workspace = root.resolve("workspace");
        KizunaJar.run(
                        root,
                        TODAY,
                        "generate",
                        "--customers",
                        "300",
                        "--months",
                        "12",
                        "--seed",
                        "53",
                        "--out",
                        data.toString())
                .succeeded()
                .printedNoStackTrace();
        KizunaJar.run(root, TODAY, "init", workspace.toString(), "--currency", "JPY", "--time-zone", "Asia/Tokyo")
                .succeeded()
                .printedNoStackTrace();
        KizunaJar.Outcome imported = KizunaJar.run(
                        root, TODAY, "import", "--workspace", workspace.toString(), data.toString())
                .succeeded()
                .printedNoStackTrace();
        assertThat(imported.out()).contains("Imported.");
        tally = DataSetTally.read(data, "JPY", TOKYO);
    }

    @Test
    void theGeneratedHistoryCoversTwelveMonthsEndingTheMonthBeforeToday() {
        assertThat(tally.customers()).hasSize(300);
        for (Customer customer : tally.customers()) {
            assertThat(customer.signup()).as(customer.id()).isBetween(HISTORY_START, HISTORY_END);
            for (DataSetTally.Subscription subscription : tally.subscriptionsOf(customer)) {
                assertThat(subscription.start()).as(subscription.id()).isBetween(HISTORY_START, HISTORY_END);
            }
        }
        Span anyDay = new Span("any day", LocalDate.MIN, LocalDate.MAX);
        for (String type : List.of("nps", "csat", "ces")) {
            for (DataSetTally.Response response : tally.responses(anyDay, DataSetTally.everyone(), type)) {
                assertThat(response.day()).as(response.id()).isBetween(HISTORY_START, HISTORY_END);
            }
        }
    }

    /**
     * The comparisons below only mean something if the data holds every case they cover; a generator change
     * that removed one should be noticed rather than silently weaken them.
     */
    @Test
    void theDataSetHoldsEveryCaseTheComparisonsCover() {
        for (Span period : List.of(MONTH, QUARTER)) {
            DataSetTally.Activity activity = tally.activity(period, DataSetTally.everyone());
            assertThat(activity.lost()).as("customers lost in %s", period).isPositive();
            assertThat(activity.acquired())
                    .as("customers acquired in %s", period)
                    .isPositive();
            assertThat(tally.nps(period, DataSetTally.everyone()).responses())
                    .as("NPS responses in %s", period)
                    .isPositive();
            assertThat(tally.csat(period, DataSetTally.everyone()).responses())
                    .as("CSAT responses in %s", period)
                    .isPositive();
            assertThat(tally.ces(period, DataSetTally.everyone(), survey -> true)
                            .responses())
                    .as("CES responses in %s", period)
                    .isPositive();
            DataSetTally.Movements movements = tally.movements(period, DataSetTally.everyone());
            for (String movement : List.of("new", "expansion", "contraction", "churned", "reactivation")) {
                assertThat(movements.part(movement).customers)
                        .as("%s MRR movements in %s", movement, period)
                        .isPositive();
            }
        }
        boolean foreignMrrAtEnd = tally.customers().stream()
                .flatMap(customer -> tally.subscriptionsOf(customer).stream())
                .anyMatch(s -> tally.isForeign(s) && s.covers(HISTORY_END));
        assertThat(foreignMrrAtEnd)
                .as("a subscription billed in a foreign currency is in force on %s", HISTORY_END)
                .isTrue();
        assertThat(tally.plans()).as("plans to break down by").hasSizeGreaterThan(1);
    }

    @Test
    void everyMetricOfAMonthMatchesTheIndependentTally() {
        ArrayNode output = metrics("--period", MONTH.label());

        assertThat(output).hasSize(METRIC_IDS.size());
        for (String metric : TALLIED) {
            assertMatchesTally(OutputContract.wholeBase(output, metric), MONTH, DataSetTally.everyone());
        }
    }

    @Test
    void everyMetricOfAQuarterMatchesTheIndependentTally() {
        ArrayNode output = metrics("--period", QUARTER.label());

        assertThat(output).hasSize(METRIC_IDS.size());
        for (String metric : TALLIED) {
            assertMatchesTally(OutputContract.wholeBase(output, metric), QUARTER, DataSetTally.everyone());
        }
    }

    @Test
    void withoutAPeriodTheLastFullMonthBeforeTodayIsReported() {
        KizunaJar.Outcome byDefault = KizunaJar.run(
                        root, TODAY, "metrics", "--workspace", workspace.toString(), "--format", "json")
                .succeeded()
                .printedNoStackTrace();
        KizunaJar.Outcome explicit = KizunaJar.run(
                        root,
                        TODAY,
                        "metrics",
                        "--workspace",
                        workspace.toString(),
                        "--format",
                        "json",
                        "--period",
                        MONTH.label())
                .succeeded();

        ArrayNode output = OutputContract.parse(byDefault.out());
        output.forEach(element -> assertThat(element.get("period").asText()).isEqualTo(MONTH.label()));
        assertThat(byDefault.out()).isEqualTo(explicit.out());
    }

    @Test
    void aBreakdownByPlanMatchesTheTallyOfEachPlanAndAddsUpToTheWholeBase() {
        ArrayNode output = metrics("--period", QUARTER.label(), "--by", "plan");

        Set<String> plans = tally.plans();
        for (String metric : TALLIED) {
            assertMatchesTally(OutputContract.wholeBase(output, metric), QUARTER, DataSetTally.everyone());
            for (JsonNode element : OutputContract.elementsOf(output, metric)) {
                if (element.get("segment").isNull()) {
                    continue;
                }
                String plan = OutputContract.segmentValue(element, "plan");
                assertThat(plans)
                        .as("plan of segment %s", element.get("segment"))
                        .contains(plan);
                assertMatchesTally(element, QUARTER, DataSetTally.onPlan(plan));
            }
        }

        for (String plan : plans) {
            Predicate<Customer> onPlan = DataSetTally.onPlan(plan);
            if (tally.activity(QUARTER, onPlan).atStart() > 0) {
                assertThat(OutputContract.segment(output, "churn_rate", "plan", plan))
                        .as("churn_rate for plan %s", plan)
                        .isPresent();
            }
            if (tally.nps(QUARTER, onPlan).responses() > 0) {
                assertThat(OutputContract.segment(output, "nps", "plan", plan))
                        .as("nps for plan %s", plan)
                        .isPresent();
            }
        }

        JsonNode churn = OutputContract.wholeBase(output, "churn_rate");
        assertThat(sumOverSegments(output, "churn_rate", element -> element.get("denominator")))
                .as("churn denominators of the plans add up to the whole base's")
                .isEqualByComparingTo(churn.get("denominator").decimalValue());
        assertThat(sumOverSegments(output, "churn_rate", element -> element.get("numerator")))
                .as("customers lost on each plan add up to the whole base's")
                .isEqualByComparingTo(churn.get("numerator").decimalValue());
        JsonNode nps = OutputContract.wholeBase(output, "nps");
        assertThat(sumOverSegments(output, "nps", element -> requiredPart(element, "responses")))
                .as("NPS responses of the plans add up to the whole base's")
                .isEqualByComparingTo(requiredPart(nps, "responses").decimalValue());
        JsonNode csat = OutputContract.wholeBase(output, "csat");
        assertThat(sumOverSegments(output, "csat", element -> element.get("denominator")))
                .as("CSAT responses of the plans add up to the whole base's")
                .isEqualByComparingTo(csat.get("denominator").decimalValue());
    }

    /**
     * metrics.md: the movements "reconcile exactly: MRR(end) = MRR(start) + new + expansion + reactivation −
     * contraction − churned". That must hold for the figures as printed, for the whole base and each plan, or a
     * reader who adds them up finds a difference; and the printed end MRR is the mrr metric of the same scope.
     */
    @Test
    void thePrintedMrrMovementsReconcileExactly() {
        List<String> gaps = new ArrayList<>();
        for (String period : List.of(MONTH.label(), QUARTER.label())) {
            ArrayNode output = metrics("--period", period, "--by", "plan");
            for (JsonNode element : OutputContract.elementsOf(output, "mrr_movements")) {
                String scope = period + " " + (element.get("segment").isNull() ? "whole base" : element.get("segment"));
                BigDecimal value = element.get("value").decimalValue();
                BigDecimal partsNet = requiredPart(element, "new")
                        .decimalValue()
                        .add(requiredPart(element, "expansion").decimalValue())
                        .add(requiredPart(element, "reactivation").decimalValue())
                        .subtract(requiredPart(element, "contraction").decimalValue())
                        .subtract(requiredPart(element, "churned").decimalValue());
                BigDecimal start = requiredPart(element, "mrr_start").decimalValue();
                BigDecimal end = requiredPart(element, "mrr_end").decimalValue();
                JsonNode mrr = element.get("segment").isNull()
                        ? OutputContract.wholeBase(output, "mrr")
                        : OutputContract.segment(output, "mrr", "plan", OutputContract.segmentValue(element, "plan"))
                                .orElseThrow();
                if (value.compareTo(partsNet) != 0) {
                    gaps.add(scope + ": value " + value + " but new + expansion + reactivation − contraction −"
                            + " churned = " + partsNet);
                }
                if (end.subtract(start).compareTo(partsNet) != 0) {
                    gaps.add(scope + ": mrr_end − mrr_start = " + end + " − " + start + " = " + end.subtract(start)
                            + " but the movements net " + partsNet);
                }
                if (end.compareTo(mrr.get("value").decimalValue()) != 0) {
                    gaps.add(scope + ": mrr_end " + end + " but mrr " + mrr.get("value"));
                }
            }
        }
        assertThat(gaps).as("printed figures that do not reconcile").isEmpty();
    }

    // ---- comparing one element with the tally ----

    private static void assertMatchesTally(JsonNode element, Span period, Predicate<Customer> segment) {
        String metric = element.get("metric").asText();
        String what = metric + " " + period.label() + " "
                + (element.get("segment").isNull() ? "whole base" : element.get("segment"));
        assertThat(element.get("period").asText()).as(what).isEqualTo(period.label());
        switch (metric) {
            case "churn_rate" -> assertChurn(what, element, tally.activity(period, segment));
            case "retention_rate" -> assertRetention(what, element, tally.activity(period, segment));
            case "mrr" -> assertMrr(what, element, tally.revenue(period, segment));
            case "arpu" -> assertArpu(what, element, tally.revenue(period, segment));
            case "mrr_movements" -> assertMovements(what, element, tally.movements(period, segment));
            case "nps" -> assertNps(what, element, tally.nps(period, segment));
            case "csat" -> assertCsat(what, element, tally.csat(period, segment));
            case "ces" -> assertCes(what, element, period, segment);
            default -> throw new AssertionError("a metric the independent tally does not cover: " + metric);
        }
    }

    /** churn = lost / active at the start × 100; customers acquired in the period count in neither. */
    private static void assertChurn(String what, JsonNode element, DataSetTally.Activity activity) {
        assertThat(element.get("unit").asText()).as(what).isEqualTo("percent");
        assertFigure(what + " value", element.get("value"), activity.churnPercent(), HUNDREDTHS);
        assertCount(what + " numerator (lost)", element.get("numerator"), activity.lost());
        assertCount(what + " denominator (active at start)", element.get("denominator"), activity.atStart());
        whenReported(
                element, "active_at_start", part -> assertCount(what + " active_at_start", part, activity.atStart()));
        whenReported(element, "lost", part -> assertCount(what + " lost", part, activity.lost()));
        whenReported(element, "acquired", part -> assertCount(what + " acquired", part, activity.acquired()));
        whenReported(element, "active_at_end", part -> assertCount(what + " active_at_end", part, activity.atEnd()));
    }

    /** retention = active at the start and still at the end / active at the start × 100 (the exact form). */
    private static void assertRetention(String what, JsonNode element, DataSetTally.Activity activity) {
        assertThat(element.get("unit").asText()).as(what).isEqualTo("percent");
        assertFigure(what + " value", element.get("value"), activity.retentionPercent(), HUNDREDTHS);
        assertCount(what + " numerator (retained)", element.get("numerator"), activity.retained());
        assertCount(what + " denominator (active at start)", element.get("denominator"), activity.atStart());
        whenReported(element, "retained", part -> assertCount(what + " retained", part, activity.retained()));
        whenReported(
                element, "active_at_start", part -> assertCount(what + " active_at_start", part, activity.atStart()));
        whenReported(element, "active_at_end", part -> assertCount(what + " active_at_end", part, activity.atEnd()));
        whenReported(element, "acquired", part -> assertCount(what + " acquired", part, activity.acquired()));
        whenReported(
                element,
                "textbook_pct",
                part -> assertFigure(what + " textbook_pct", part, activity.textbookPercent(), HUNDREDTHS));
    }

    /** MRR = the monthly amounts of the subscription rows in force on the period's last day, in yen. */
    private static void assertMrr(String what, JsonNode element, DataSetTally.Revenue revenue) {
        assertThat(element.get("unit").asText()).as(what).isEqualTo("JPY");
        assertFigure(what + " value", element.get("value"), revenue.mrr(), WHOLE_YEN);
        whenReported(
                element,
                "active_customers",
                part -> assertCount(what + " active_customers", part, revenue.activeCustomers()));
        whenReported(
                element,
                "paying_customers",
                part -> assertCount(what + " paying_customers", part, revenue.payingCustomers()));
        whenReported(element, "arpu", part -> assertFigure(what + " arpu", part, revenue.arpu(), WHOLE_YEN));
    }

    /** ARPU = MRR / customers active on the period's last day. */
    private static void assertArpu(String what, JsonNode element, DataSetTally.Revenue revenue) {
        assertThat(element.get("unit").asText()).as(what).isEqualTo("JPY");
        assertFigure(what + " value", element.get("value"), revenue.arpu(), WHOLE_YEN);
        assertFigure(what + " numerator (MRR)", element.get("numerator"), revenue.mrr(), WHOLE_YEN);
        assertCount(what + " denominator (active customers)", element.get("denominator"), revenue.activeCustomers());
    }

    /**
     * Movements compare each customer's MRR on the day before the period with its last day; the value is net
     * new MRR.
     */
    private static void assertMovements(String what, JsonNode element, DataSetTally.Movements movements) {
        assertThat(element.get("unit").asText()).as(what).isEqualTo("JPY");
        assertFigure(what + " value (net new MRR)", element.get("value"), movements.net(), WHOLE_YEN);
        List<String> names = List.of("new", "expansion", "contraction", "churned", "reactivation");
        for (String name : names) {
            assertFigure(what + " " + name, requiredPart(element, name), movements.part(name).amount, WHOLE_YEN);
            whenReported(
                    element,
                    name + "_customers",
                    part -> assertCount(what + " " + name + "_customers", part, movements.part(name).customers));
        }
        whenReported(
                element, "mrr_start", part -> assertFigure(what + " mrr_start", part, movements.start(), WHOLE_YEN));
        whenReported(element, "mrr_end", part -> assertFigure(what + " mrr_end", part, movements.end(), WHOLE_YEN));
    }

    /** NPS = % promoters (9–10) − % detractors (0–6), with the three shares and the response count. */
    private static void assertNps(String what, JsonNode element, DataSetTally.Nps nps) {
        assertThat(element.get("unit").asText()).as(what).isEqualTo("points");
        long responses = nps.responses();
        assertFigure(what + " value", element.get("value"), nps.score(), HUNDREDTHS);
        assertFigure(
                what + " promoters_pct",
                requiredPart(element, "promoters_pct"),
                DataSetTally.percent(nps.promoters(), responses),
                HUNDREDTHS);
        assertFigure(
                what + " passives_pct",
                requiredPart(element, "passives_pct"),
                DataSetTally.percent(nps.passives(), responses),
                HUNDREDTHS);
        assertFigure(
                what + " detractors_pct",
                requiredPart(element, "detractors_pct"),
                DataSetTally.percent(nps.detractors(), responses),
                HUNDREDTHS);
        assertCount(what + " responses", requiredPart(element, "responses"), responses);
        assertCount(what + " denominator (responses)", element.get("denominator"), responses);
        whenReported(element, "promoters", part -> assertCount(what + " promoters", part, nps.promoters()));
        whenReported(element, "passives", part -> assertCount(what + " passives", part, nps.passives()));
        whenReported(element, "detractors", part -> assertCount(what + " detractors", part, nps.detractors()));
    }

    /** CSAT = responses at or above their survey's threshold / responses × 100, pooled over touchpoints. */
    private static void assertCsat(String what, JsonNode element, DataSetTally.Csat csat) {
        assertThat(element.get("unit").asText()).as(what).isEqualTo("percent");
        assertFigure(what + " value", element.get("value"), csat.percent(), HUNDREDTHS);
        assertCount(what + " numerator (satisfied)", element.get("numerator"), csat.satisfied());
        assertCount(what + " denominator (responses)", element.get("denominator"), csat.responses());
        whenReported(element, "responses", part -> assertCount(what + " responses", part, csat.responses()));
        whenReported(element, "satisfied", part -> assertCount(what + " satisfied", part, csat.satisfied()));
        for (Map.Entry<String, long[]> touchpoint : csat.byTouchpoint().entrySet()) {
            String part = "touchpoint_" + touchpoint.getKey() + "_pct";
            long[] counts = touchpoint.getValue();
            whenReported(
                    element,
                    part,
                    node -> assertFigure(
                            what + " " + part, node, DataSetTally.percent(counts[1], counts[0]), HUNDREDTHS));
        }
        for (String part : OutputContract.partNames(element)) {
            if (part.startsWith("touchpoint_")) {
                String touchpoint = part.substring("touchpoint_".length(), part.length() - "_pct".length());
                assertThat(csat.byTouchpoint())
                        .as("%s: touchpoint of part %s", what, part)
                        .containsKey(touchpoint);
            }
        }
    }

    /**
     * CES = the mean answer on the surveys' own scale when every response in scope shares one scale, else the
     * mean of the answers normalised to 0–100.
     */
    private static void assertCes(String what, JsonNode element, Span period, Predicate<Customer> segment) {
        DataSetTally.Ces ces = tally.ces(period, segment, survey -> true);
        boolean sharedScale = ces.scales().size() <= 1;
        if (ces.responses() > 0) {
            assertThat(element.get("unit").asText())
                    .as("%s unit: on the surveys' own scale (a score) or normalised (points)", what)
                    .isEqualTo(sharedScale ? "score" : "points");
        }
        BigDecimal expected = sharedScale ? ces.mean() : ces.normalisedMean();
        assertFigure(what + " value", element.get("value"), expected, HUNDREDTHS);
        if (ces.responses() > 0) {
            assertCount(what + " denominator (responses)", element.get("denominator"), ces.responses());
        }
        whenReported(element, "responses", part -> assertCount(what + " responses", part, ces.responses()));
        whenReported(
                element,
                "normalised_mean",
                part -> assertFigure(what + " normalised_mean", part, ces.normalisedMean(), HUNDREDTHS));
        if (sharedScale) {
            whenReported(
                    element, "mean_score", part -> assertFigure(what + " mean_score", part, ces.mean(), HUNDREDTHS));
        }
        for (String part : OutputContract.partNames(element)) {
            if (part.startsWith("touchpoint_") && part.endsWith("_mean")) {
                String touchpoint = part.substring("touchpoint_".length(), part.length() - "_mean".length());
                DataSetTally.Ces one = tally.ces(
                        period,
                        segment,
                        survey -> DataSetTally.touchpoint(survey).equals(touchpoint));
                assertThat(one.responses())
                        .as("%s: responses behind part %s", what, part)
                        .isPositive();
                assertFigure(
                        what + " " + part,
                        element.get("parts").get(part),
                        sharedScale ? one.mean() : one.normalisedMean(),
                        HUNDREDTHS);
            }
        }
    }

    // ---- running and reading ----

    /** The JSON output of {@code metrics} with the arguments, run once per distinct arguments. */
    private static ArrayNode metrics(String... args) {
        List<String> command =
                new ArrayList<>(List.of("metrics", "--workspace", workspace.toString(), "--format", "json"));
        command.addAll(List.of(args));
        String out = OUTPUTS.computeIfAbsent(
                command,
                c -> KizunaJar.run(root, TODAY, c.toArray(String[]::new))
                        .succeeded()
                        .printedNoStackTrace()
                        .out());
        ArrayNode output = OutputContract.parse(out);
        Set<String> ids = new HashSet<>();
        output.forEach(element -> ids.add(element.get("metric").asText()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(METRIC_IDS);
        return output;
    }

    private static BigDecimal sumOverSegments(ArrayNode output, String metric, Function<JsonNode, JsonNode> figure) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode element : OutputContract.elementsOf(output, metric)) {
            if (!element.get("segment").isNull()) {
                sum = sum.add(figure.apply(element).decimalValue());
            }
        }
        return sum;
    }
}
