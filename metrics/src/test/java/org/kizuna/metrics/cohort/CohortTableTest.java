package org.kizuna.metrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortTableTest {

    @Test
    void retentionIsActiveCustomersOverTheCohortsSize() {
        CohortTable table = CohortTable.of(
                CohortMeasure.RETENTION,
                "JPY",
                List.of(
                        new CohortTally("2024-01", 0, 7, 7, new BigDecimal("7000")),
                        new CohortTally("2024-01", 1, 7, 5, new BigDecimal("5300"))));
        // 100 × 7 / 7; 100 × 5 / 7 = 71.428…
        assertThat(table.rows().get(0).cells())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100"), new BigDecimal("71.43"));
        assertThat(table.unit()).isEqualTo("percent");
    }

    @Test
    void revenueRetentionIsMrrOverTheSignupMonthsMrrAndMayExceedAHundred() {
        CohortTable table = CohortTable.of(
                CohortMeasure.REVENUE_RETENTION,
                "JPY",
                List.of(
                        new CohortTally("2024-01", 0, 7, 7, new BigDecimal("7000")),
                        new CohortTally("2024-01", 1, 7, 5, new BigDecimal("7700"))));
        // 100 × 7700 / 7000 = 110.00: expansion outweighs the two lost customers
        assertThat(table.rows().get(0).cells().get(1)).isEqualByComparingTo("110.00");
    }

    @Test
    void revenueRetentionHasNoDataWhenTheCohortStartedWithoutMrr() {
        CohortTable table = CohortTable.of(
                CohortMeasure.REVENUE_RETENTION,
                "JPY",
                List.of(
                        new CohortTally("2024-03", 0, 3, 3, BigDecimal.ZERO),
                        new CohortTally("2024-03", 1, 3, 2, new BigDecimal("500"))));
        assertThat(table.rows().get(0).cells()).containsExactly(null, null);
    }

    @Test
    void mrrCellsAreTheCohortsMrrInTheReportingCurrency() {
        CohortTable table = CohortTable.of(
                CohortMeasure.MRR, "USD", List.of(new CohortTally("2024-03", 0, 3, 3, new BigDecimal("1234.50"))));
        assertThat(table.unit()).isEqualTo("USD");
        assertThat(table.rows().get(0).cells().get(0)).isEqualByComparingTo("1234.50");
    }

    @Test
    void namesTheMeasuresWhenOneIsUnknown() {
        assertThatThrownBy(() -> CohortMeasure.of("ltv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"ltv\" is not a cohort measure: retention, revenue_retention or mrr");
    }
}
