package org.kizuna.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

/** The workspace's onboarding target is the default, 30 days after signup. */
class OnboardingSuccessRateTest {

    private final OnboardingSuccessRate onboarding = new OnboardingSuccessRate();

    private static OnboardingCount completedIn(String plan, long days, long customers) {
        return new OnboardingCount(plan, true, days, customers);
    }

    private static OnboardingCount notCompleted(String plan, long customers) {
        return new OnboardingCount(plan, true, null, customers);
    }

    private static OnboardingCount onlyOptional(long customers) {
        return new OnboardingCount(null, false, null, customers);
    }

    private MetricResult wholeBase(InMemorySupportInputs support) {
        return onboarding
                .compute(Requests.wholeBase("2024-06"), inputs().withSupport(support))
                .get(0);
    }

    @Test
    void countsCustomersDoneByTheTargetDayOverThoseWhoStarted() {
        MetricResult result = wholeBase(new InMemorySupportInputs()
                .withOnboarding(
                        completedIn(null, 10, 3),
                        completedIn(null, 30, 2), // on the target day itself: on time
                        completedIn(null, 31, 1),
                        completedIn(null, 45, 1),
                        notCompleted(null, 2),
                        onlyOptional(4)));

        // measured: 3 + 2 + 1 + 1 + 2 = 9 (the 4 with only optional milestones are left out); on time 3 + 2 = 5
        assertThat(result.numerator()).isEqualByComparingTo("5");
        assertThat(result.denominator()).isEqualByComparingTo("9");
        assertThat(result.value()).isEqualByComparingTo("55.56"); // 100 × 5 / 9 = 55.555…
        assertThat(result.parts().keySet())
                .containsExactly(
                        "median_days_to_complete",
                        "started",
                        "succeeded",
                        "completed_late",
                        "not_completed",
                        "without_required_milestones");
        assertThat(result.parts())
                // completed, on time or late: 10 10 10 30 30 31 45 (n = 7), the middle (rank 3) is 30
                .containsEntry("median_days_to_complete", new BigDecimal("30.00"))
                .containsEntry("started", 13L) // 9 + 4
                .containsEntry("succeeded", 5L)
                .containsEntry("completed_late", 2L)
                .containsEntry("not_completed", 2L)
                .containsEntry("without_required_milestones", 4L);
        assertThat(result.convention()).contains("signup_date + 30 days").contains("without_required_milestones");
    }

    @Test
    void reportsNoDataWithoutOnboardingOrWithOnlyOptionalMilestones() {
        assertThat(wholeBase(new InMemorySupportInputs()).value()).isNull();

        MetricResult optional = wholeBase(new InMemorySupportInputs().withOnboarding(onlyOptional(4)));
        assertThat(optional.value()).isNull();
        assertThat(optional.parts()).containsEntry("started", 4L).containsEntry("median_days_to_complete", null);
    }

    @Test
    void breaksDownByCustomerSegment() {
        List<MetricResult> results = onboarding.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withSupport(new InMemorySupportInputs()
                        .withOnboarding(
                                completedIn("pro", 5, 1),
                                completedIn("pro", 40, 1),
                                notCompleted("basic", 2),
                                completedIn("basic", 20, 2))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("50.00"), // 5 and 20 20 on time: 3 of 6
                        new BigDecimal("50.00"), // 2 of 4
                        new BigDecimal("50.00")); // 1 of 2
        // all: 5 20 20 40 → rank 1.5 between 20 and 20; basic 20 20; pro (5 + 40) / 2
        assertThat(results)
                .extracting(result -> result.parts().get("median_days_to_complete"))
                .containsExactly(new BigDecimal("20.00"), new BigDecimal("20.00"), new BigDecimal("22.50"));
    }
}
