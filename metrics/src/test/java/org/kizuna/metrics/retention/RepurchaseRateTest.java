package org.kizuna.metrics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class RepurchaseRateTest {

    private final RepurchaseRate repurchase = new RepurchaseRate();

    @Test
    void dividesBuyersWithTwoOrMoreOrdersByAllBuyers() {
        MetricResult result = repurchase
                .compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withRetention(new InMemoryRetentionInputs()
                                .withBuyers(
                                        new BuyerTally(null, 1, false, 10),
                                        new BuyerTally(null, 1, true, 5),
                                        new BuyerTally(null, 2, false, 3),
                                        new BuyerTally(null, 3, true, 2))))
                .get(0);

        // 100 × (3 + 2) repeat buyers / (10 + 5 + 3 + 2) buyers = 25
        assertThat(result.value()).isEqualByComparingTo("25.00");
        assertThat(result.unit()).isEqualTo("percent");
        assertThat(result.numerator()).isEqualByComparingTo("5");
        assertThat(result.denominator()).isEqualByComparingTo("20");
        assertThat(result.parts().keySet())
                .containsExactly("returning_buyer_pct", "buyers", "repeat_buyers", "returning_buyers");
        assertThat(result.parts())
                .containsEntry("returning_buyer_pct", new BigDecimal("35.00")) // 100 × (5 + 2) / 20
                .containsEntry("buyers", 20L)
                .containsEntry("repeat_buyers", 5L)
                .containsEntry("returning_buyers", 7L);
    }

    @Test
    void reportsNoDataWithoutBuyers() {
        List<MetricResult> results = repurchase.compute(Requests.brokenDownBy("plan", "2024-06"), inputs());

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.segment()).isEqualTo(Segment.ALL);
            assertThat(result.value()).isNull();
            assertThat(result.parts())
                    .containsEntry("returning_buyer_pct", null)
                    .containsEntry("buyers", 0L);
        });
    }

    @Test
    void breaksDownBySegment() {
        List<MetricResult> results = repurchase.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withRetention(new InMemoryRetentionInputs()
                        .withBuyers(
                                new BuyerTally("pro", 2, true, 1),
                                new BuyerTally("pro", 1, false, 1),
                                new BuyerTally("basic", 1, false, 3))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("20.00"), // 100 × 1 / 5
                        new BigDecimal("0.00"), // 100 × 0 / 3
                        new BigDecimal("50.00")); // 100 × 1 / 2
    }
}
