package org.kizuna.metrics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class ChurnSavesTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final ChurnSaves saves = new ChurnSaves();

    private static RiskTally risk(
            boolean detractor, boolean reopened, boolean recentUsage, boolean activeAtEnd, long customers) {
        return new RiskTally(null, detractor, reopened, recentUsage, activeAtEnd, customers);
    }

    /**
     * Customers active at the start: 4 detractors kept and 1 lost; 2 with a reopened ticket kept; 1 with all
     * three reasons lost; 3 without recent usage kept; 10 without any signal kept and 2 lost.
     */
    private static InMemoryRetentionInputs signals() {
        return new InMemoryRetentionInputs()
                .withRisks(
                        risk(true, false, true, true, 4),
                        risk(true, false, true, false, 1),
                        risk(false, true, true, true, 2),
                        risk(true, true, false, false, 1),
                        risk(false, false, false, true, 3),
                        risk(false, false, true, true, 10),
                        risk(false, false, true, false, 2));
    }

    @Test
    void givesTheShareOfAtRiskCustomersStillActiveAndTheSameShareForEachReason() {
        MetricResult result = saves.compute(
                        JUNE, inputs().withRetention(signals().withProductEvents()))
                .get(0);

        // at risk 4 + 1 + 2 + 1 + 3 = 11, saved 4 + 2 + 3 = 9: 100 × 9 / 11 = 81.818… → 81.82
        assertThat(result.value()).isEqualByComparingTo("81.82");
        assertThat(result.numerator()).isEqualByComparingTo("9");
        assertThat(result.denominator()).isEqualByComparingTo("11");
        assertThat(result.parts().keySet())
                .containsExactly(
                        "at_risk",
                        "saved",
                        "detractor_at_risk",
                        "detractor_saved_pct",
                        "reopened_ticket_at_risk",
                        "reopened_ticket_saved_pct",
                        "inactive_usage_at_risk",
                        "inactive_usage_saved_pct");
        assertThat(result.parts())
                .containsEntry("at_risk", 11L)
                .containsEntry("saved", 9L)
                .containsEntry("detractor_at_risk", 6L) // 4 + 1 + 1
                .containsEntry("detractor_saved_pct", new BigDecimal("66.67")) // 100 × 4 / 6
                .containsEntry("reopened_ticket_at_risk", 3L) // 2 + 1
                .containsEntry("reopened_ticket_saved_pct", new BigDecimal("66.67")) // 100 × 2 / 3
                .containsEntry("inactive_usage_at_risk", 4L) // 1 + 3
                .containsEntry("inactive_usage_saved_pct", new BigDecimal("75.00")); // 100 × 3 / 4
    }

    @Test
    void flagsNobodyForUsageWhenTheWorkspaceHasNoProductEvents() {
        MetricResult result =
                saves.compute(JUNE, inputs().withRetention(signals())).get(0);

        // the 3 without usage are no longer at risk: at risk 4 + 1 + 2 + 1 = 8, saved 4 + 2 = 6 → 75
        assertThat(result.value()).isEqualByComparingTo("75.00");
        assertThat(result.parts())
                .containsEntry("inactive_usage_at_risk", 0L)
                .containsEntry("inactive_usage_saved_pct", null);
        assertThat(result.convention()).contains("no product events");
    }

    @Test
    void looksForSignalsInTheNinetyDaysBeforeThePeriodAndUsageInTheThirty() {
        InMemoryRetentionInputs retention = signals().withProductEvents();
        MetricResult result =
                saves.compute(JUNE, inputs().withRetention(retention)).get(0);

        assertThat(retention.askedRule()).isEqualTo(new RiskRule(90, 30, BigDecimal.valueOf(7)));
        // 1 Jun − 90 days = 3 Mar; 1 Jun − 30 days = 2 May
        assertThat(result.convention())
                .contains("rule-based")
                .contains("active on 2024-05-31")
                .contains("from 2024-03-03 to 2024-05-31")
                .contains("no product event from 2024-05-02 to 2024-05-31")
                .contains("still active on 2024-06-30");
    }

    @Test
    void reportsNoDataWithoutCustomersAtRisk() {
        List<MetricResult> results = saves.compute(Requests.brokenDownBy("plan", "2024-06"), inputs());

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.segment()).isEqualTo(Segment.ALL);
            assertThat(result.value()).isNull();
            assertThat(result.parts()).containsEntry("at_risk", 0L).containsEntry("detractor_saved_pct", null);
        });
    }

    @Test
    void breaksDownBySegment() {
        List<MetricResult> results = saves.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withRetention(new InMemoryRetentionInputs()
                        .withProductEvents()
                        .withRisks(
                                new RiskTally("pro", true, false, true, true, 1),
                                new RiskTally("pro", true, false, true, false, 1),
                                new RiskTally("basic", false, true, true, true, 2),
                                new RiskTally(null, false, false, true, true, 5))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"), Segment.of("plan", null));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("75.00"), // 100 × (1 + 2) / (2 + 2)
                        new BigDecimal("100.00"), // 100 × 2 / 2
                        new BigDecimal("50.00"), // 100 × 1 / 2
                        null); // 5 customers, none at risk
    }
}
