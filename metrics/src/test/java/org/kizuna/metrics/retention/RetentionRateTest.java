package org.kizuna.metrics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.InMemoryInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;

class RetentionRateTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final RetentionRate retention = new RetentionRate();

    private MetricResult wholeBase(InMemoryInputs inputs) {
        return retention.compute(JUNE, inputs).get(0);
    }

    @Test
    void agreesWithTheTextbookFormOnTheCataloguesExample() {
        // 003's example: 100 customers at the start, 5 lost, 10 gained.
        MetricResult result = wholeBase(inputs().withActivity(
                        customers(95).activeAtStart().activeAtEnd(),
                        customers(5).activeAtStart(),
                        customers(10).acquired().activeAtEnd()));

        // 100 × 95 / 100 = 95
        assertThat(result.value()).isEqualByComparingTo("95.00");
        assertThat(result.parts().keySet())
                .containsExactly("retained", "active_at_start", "active_at_end", "acquired", "textbook_pct");
        assertThat(result.parts())
                .containsEntry("retained", 95L)
                .containsEntry("active_at_start", 100L)
                .containsEntry("active_at_end", 105L)
                .containsEntry("acquired", 10L)
                // 100 × (100 − 5 + 10 − 10) / 100 = 95
                .containsEntry("textbook_pct", new BigDecimal("95.00"));
        assertThat(result.numerator()).isEqualByComparingTo("95");
        assertThat(result.denominator()).isEqualByComparingTo("100");
    }

    @Test
    void usesTheExactFormWhereTheTextbookFormDiffers() {
        MetricResult result = wholeBase(inputs().withActivity(
                        customers(89).activeAtStart().activeAtEnd(),
                        customers(7).activeAtStart(),
                        customers(13).acquired().activeAtEnd(),
                        // reactivated: inactive on the first day, active again on the last
                        customers(3).activeAtEnd(),
                        // acquired and lost within the period
                        customers(2).acquired()));

        // 100 × 89 / (89 + 7) = 92.708… → 92.71
        assertThat(result.value()).isEqualByComparingTo("92.71");
        assertThat(result.parts())
                .containsEntry("active_at_end", 105L) // 89 + 13 + 3
                .containsEntry("acquired", 15L) // 13 + 2
                // 100 × (105 − 15) / 96 = 93.75
                .containsEntry("textbook_pct", new BigDecimal("93.75"));
        assertThat(result.convention()).contains("exact form");
    }

    @Test
    void reportsNoDataWhenNobodyWasActiveAtTheStart() {
        MetricResult result =
                wholeBase(inputs().withActivity(customers(7).acquired().activeAtEnd()));

        assertThat(result.value()).isNull();
        assertThat(result.parts()).containsEntry("textbook_pct", null);
    }
}
