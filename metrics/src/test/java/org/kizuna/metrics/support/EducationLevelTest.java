package org.kizuna.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.ActivityBasis;
import org.kizuna.metrics.InMemoryInputs;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class EducationLevelTest {

    private final EducationLevel education = new EducationLevel();

    /** 15 active at both ends, 5 acquired and active at the end, 7 never active: 20 active during the period. */
    private static InMemoryInputs twentyActive(InMemorySupportInputs support) {
        return inputs().withActivity(
                        customers(15).activeAtStart().activeAtEnd(),
                        customers(5).acquired().activeAtEnd(),
                        customers(7))
                .withSupport(support);
    }

    private MetricResult wholeBase(InMemoryInputs inputs) {
        return education.compute(Requests.wholeBase("2024-06"), inputs).get(0);
    }

    @Test
    void sharesOfActiveCustomersWithCoursesAndCertifications() {
        MetricResult result = wholeBase(twentyActive(new InMemorySupportInputs()
                .withEducation(new EducationCount(null, true, 6, 3), new EducationCount(null, false, 10, 5))));

        // educated 3 + 5 = 8 of 20 active customers
        assertThat(result.numerator()).isEqualByComparingTo("8");
        assertThat(result.denominator()).isEqualByComparingTo("20");
        assertThat(result.value()).isEqualByComparingTo("40.00");
        assertThat(result.parts().keySet())
                .containsExactly(
                        "certification_pct", "courses_per_customer", "educated_customers", "certified_customers");
        assertThat(result.parts())
                .containsEntry("certification_pct", new BigDecimal("15.00")) // 100 × 3 / 20
                .containsEntry("courses_per_customer", new BigDecimal("0.80")) // (6 + 10) / 20
                .containsEntry("educated_customers", 8L)
                .containsEntry("certified_customers", 3L);
        assertThat(result.convention()).startsWith(new ActivityBasis.Subscriptions().describe());
    }

    @Test
    void isZeroWhenNoActiveCustomerLearntButNoDataWithoutAnyCompletion() {
        MetricResult none = wholeBase(twentyActive(new InMemorySupportInputs().withEducation()));
        assertThat(none.value()).isEqualByComparingTo("0.00");
        assertThat(none.parts()).containsEntry("courses_per_customer", new BigDecimal("0.00"));

        MetricResult unknown = wholeBase(twentyActive(new InMemorySupportInputs()));
        assertThat(unknown.value()).isNull();
        assertThat(unknown.parts())
                .containsEntry("certification_pct", null)
                .containsEntry("courses_per_customer", null);
        assertThat(unknown.convention()).contains("no courses or certifications in the workspace");
    }

    @Test
    void reportsNoDataWithoutActiveCustomers() {
        MetricResult result = wholeBase(
                inputs().withSupport(new InMemorySupportInputs().withEducation(new EducationCount(null, false, 1, 1))));

        assertThat(result.value()).isNull();
    }

    @Test
    void breaksDownByCustomerSegment() {
        List<MetricResult> results = education.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withActivity(
                                customers(4).activeAtStart().activeAtEnd().in("pro"),
                                customers(8).activeAtEnd().in("basic"))
                        .withSupport(new InMemorySupportInputs()
                                .withEducation(
                                        new EducationCount("pro", true, 3, 2),
                                        new EducationCount("basic", false, 1, 1))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("25.00"), // (2 + 1) / 12
                        new BigDecimal("12.50"), // 1 / 8
                        new BigDecimal("50.00")); // 2 / 4
        assertThat(results)
                .extracting(result -> result.parts().get("certification_pct"))
                .containsExactly(
                        new BigDecimal("16.67"), // 2 / 12
                        new BigDecimal("0.00"),
                        new BigDecimal("50.00")); // 2 / 4
    }
}
