package org.kizuna.metrics.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.engagement.EngagementRows.activeOn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.domain.Period;
import org.kizuna.metrics.InMemoryInputs;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.MetricsEngine;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

/** DAU, MAU and stickiness, which read one active-user tally over the spans of the period. */
class ActiveUsersTest {

    private static final Period JUNE = range("2024-06-01", "2024-06-30");
    private static final Period APRIL = range("2024-04-01", "2024-04-30");
    private static final Period MAY = range("2024-05-01", "2024-05-31");
    private static final Period Q2 = range("2024-04-01", "2024-06-30");
    // 2024-W23 is Monday 3 to Sunday 9 June; its "month" is the 30 days ending on the 9th: 11 May to 9 June.
    private static final Period W23 = range("2024-06-03", "2024-06-09");
    private static final Period W23_WINDOW = range("2024-05-11", "2024-06-09");

    private static Period range(String first, String last) {
        return Period.range(LocalDate.parse(first), LocalDate.parse(last));
    }

    private static MetricResult wholeBase(Metric metric, String period, InMemoryEngagementInputs engagement) {
        return metric.compute(Requests.wholeBase(period), inputs().withEngagement(engagement))
                .get(0);
    }

    private static InMemoryEngagementInputs june() {
        return new InMemoryEngagementInputs()
                .withActiveUsers(activeOn(JUNE).users(10, 140).customers(3, 45).tally());
    }

    @Test
    void averagesTheMonthsDaysCountingDaysWithoutActivityAsZero() {
        MetricResult dau = wholeBase(new DailyActiveUsers(), "2024-06", june());

        // 140 user-days / 30 days = 4.666… → 4.67 users
        assertThat(dau.value()).isEqualByComparingTo("4.67");
        assertThat(dau.unit()).isEqualTo("users");
        assertThat(dau.numerator()).isEqualByComparingTo("140");
        assertThat(dau.denominator()).isEqualByComparingTo("30");
        assertThat(dau.parts().keySet())
                .containsExactly("user_days", "days", "daily_active_customers", "customer_days");
        assertThat(dau.parts())
                .containsEntry("user_days", 140L)
                .containsEntry("days", 30L)
                .containsEntry("daily_active_customers", new BigDecimal("1.50")) // 45 / 30 = 1.5
                .containsEntry("customer_days", 45L);
    }

    @Test
    void countsTheMonthsDistinctUsers() {
        MetricResult mau = wholeBase(new MonthlyActiveUsers(), "2024-06", june());

        assertThat(mau.value()).isEqualByComparingTo("10");
        assertThat(mau.parts())
                .containsEntry("monthly_active_customers", new BigDecimal("3.00"))
                .containsEntry("period_users", 10L);
    }

    @Test
    void dividesDauByMauForStickiness() {
        MetricResult stickiness = wholeBase(new Stickiness(), "2024-06", june());

        // 100 × (140 / 30) / 10 = 100 × 140 / (30 × 10) = 46.666… → 46.67
        assertThat(stickiness.value()).isEqualByComparingTo("46.67");
        assertThat(stickiness.unit()).isEqualTo("percent");
        assertThat(stickiness.numerator()).isEqualByComparingTo("140");
        assertThat(stickiness.denominator()).isEqualByComparingTo("300");
        assertThat(stickiness.parts())
                .containsEntry("dau", new BigDecimal("4.67")) // 140 / 30 = 4.666…
                .containsEntry("mau", new BigDecimal("10.00"))
                .containsEntry("customer_stickiness_pct", new BigDecimal("50.00")) // 100 × (45 / 30) / 3
                .containsEntry("daily_active_customers", new BigDecimal("1.50")) // 45 / 30
                .containsEntry("monthly_active_customers", new BigDecimal("3.00"));
    }

    /**
     * April (30 days): 8 users, 60 user-days → DAU 2, stickiness 25 %; 2 customers, 45 customer-days → 1.5.
     * May (31 days): 10 users, 93 user-days → DAU 3, stickiness 30 %; 3 customers, 62 customer-days → 2. June:
     * nobody, so 0 users and no stickiness. The quarter as a whole had 12 users.
     */
    private static InMemoryEngagementInputs secondQuarter() {
        return new InMemoryEngagementInputs()
                .withActiveUsers(
                        activeOn(APRIL).users(8, 60).customers(2, 45).tally(),
                        activeOn(MAY).users(10, 93).customers(3, 62).tally(),
                        activeOn(Q2).users(12, 153).customers(3, 107).repeat(9).tally());
    }

    @Test
    void takesTheMeanOfTheMonthsOverSeveralMonths() {
        InMemoryEngagementInputs quarter = secondQuarter();

        MetricResult dau = wholeBase(new DailyActiveUsers(), "2024-Q2", quarter);
        MetricResult mau = wholeBase(new MonthlyActiveUsers(), "2024-Q2", quarter);

        assertThat(quarter.spansAsked()).containsExactly(Q2, APRIL, MAY, JUNE);
        // (2 + 3 + 0) / 3 = 1.666… → 1.67, a mean of months: no numerator or denominator
        assertThat(dau.value()).isEqualByComparingTo("1.67");
        assertThat(dau.numerator()).isNull();
        assertThat(dau.denominator()).isNull();
        assertThat(dau.parts())
                .containsEntry("user_days", 153L)
                .containsEntry("days", 91L)
                .containsEntry("daily_active_customers", new BigDecimal("1.17")); // (1.5 + 2 + 0) / 3 = 1.166…
        assertThat(mau.value()).isEqualByComparingTo("6"); // (8 + 10 + 0) / 3
        assertThat(mau.parts())
                .containsEntry("monthly_active_customers", new BigDecimal("1.67")) // (2 + 3 + 0) / 3 = 1.666…
                .containsEntry("period_users", 12L);
        assertThat(dau.convention()).contains("mean over the 3 months 2024-04 to 2024-06");
    }

    @Test
    void takesTheMeanOfTheMonthsStickinessLeavingOutMonthsWithoutUsers() {
        MetricResult stickiness = wholeBase(new Stickiness(), "2024-Q2", secondQuarter());

        // (25 + 30) / 2 = 27.5; mean DAU over mean MAU would give 100 × (5 / 3) / 6 = 27.78
        assertThat(stickiness.value()).isEqualByComparingTo("27.50");
        assertThat(stickiness.numerator()).isNull();
        assertThat(stickiness.denominator()).isNull();
        // customers: (100 × 1.5 / 2 + 100 × 2 / 3) / 2 = (75 + 66.666…) / 2 = 70.833… → 70.83
        assertThat(stickiness.parts()).containsEntry("customer_stickiness_pct", new BigDecimal("70.83"));
    }

    /** W23: 4 users on 12 user-days within the week; 9 users in the 30 days ending on its Sunday. */
    private static InMemoryEngagementInputs week23() {
        return new InMemoryEngagementInputs()
                .withActiveUsers(
                        activeOn(W23).users(4, 12).customers(2, 9).tally(),
                        activeOn(W23_WINDOW).users(9, 70).customers(3, 40).tally());
    }

    @Test
    void countsAWeeksMonthlyUsersOverTheThirtyDaysEndingOnItsLastDay() {
        InMemoryEngagementInputs week = week23();

        MetricResult dau = wholeBase(new DailyActiveUsers(), "2024-W23", week);
        MetricResult mau = wholeBase(new MonthlyActiveUsers(), "2024-W23", week);
        MetricResult stickiness = wholeBase(new Stickiness(), "2024-W23", week);

        assertThat(week.spansAsked()).containsExactly(W23, W23_WINDOW);
        assertThat(dau.value()).isEqualByComparingTo("1.71"); // 12 / 7 = 1.714…
        assertThat(dau.denominator()).isEqualByComparingTo("7");
        assertThat(mau.value()).isEqualByComparingTo("9");
        assertThat(mau.parts())
                .containsEntry("monthly_active_customers", new BigDecimal("3.00"))
                .containsEntry("period_users", 4L);
        // 100 × 12 / (7 × 9) = 19.047… → 19.05
        assertThat(stickiness.value()).isEqualByComparingTo("19.05");
        assertThat(stickiness.denominator()).isEqualByComparingTo("63");
        assertThat(stickiness.convention()).contains("distinct users from 2024-05-11 to 2024-06-09");
    }

    @Test
    void readsADayAsItsOwnDauAndTheThirtyDaysEndingOnItAsItsMau() {
        Period day = range("2024-06-15", "2024-06-15");
        Period window = range("2024-05-17", "2024-06-15");
        InMemoryEngagementInputs engagement = new InMemoryEngagementInputs()
                .withActiveUsers(
                        activeOn(day).users(3, 3).tally(),
                        activeOn(window).users(12, 90).tally());

        assertThat(wholeBase(new DailyActiveUsers(), "2024-06-15", engagement).value())
                .isEqualByComparingTo("3");
        // 100 × 3 / (1 × 12) = 25
        assertThat(wholeBase(new Stickiness(), "2024-06-15", engagement).value())
                .isEqualByComparingTo("25.00");
        assertThat(engagement.spansAsked()).containsExactly(day, window);
    }

    @Test
    void asksForAWholeMonthWrittenAsARangeOnce() {
        InMemoryEngagementInputs engagement = june();

        MetricResult dau = wholeBase(new DailyActiveUsers(), "2024-06-01..2024-06-30", engagement);

        assertThat(engagement.spansAsked()).containsExactly(JUNE);
        assertThat(dau.value()).isEqualByComparingTo("4.67"); // 140 / 30 = 4.666…
    }

    @Test
    void givesAWeekWithoutActivityInItAZeroDauBesideItsMau() {
        InMemoryEngagementInputs engagement = new InMemoryEngagementInputs()
                .withActiveUsers(activeOn(W23_WINDOW).users(9, 70).tally());

        assertThat(wholeBase(new DailyActiveUsers(), "2024-W23", engagement).value())
                .isEqualByComparingTo("0");
        assertThat(wholeBase(new Stickiness(), "2024-W23", engagement).value()).isEqualByComparingTo("0.00");
    }

    @Test
    void reportsNoDataWithoutAnyActivity() {
        for (Metric metric : List.of(new DailyActiveUsers(), new MonthlyActiveUsers(), new Stickiness())) {
            MetricResult result = wholeBase(metric, "2024-06", new InMemoryEngagementInputs());

            assertThat(result.value()).as(metric.definition().id()).isNull();
            assertThat(result.numerator()).isNull();
            assertThat(result.denominator()).isNull();
        }
    }

    @Test
    void breaksDownByPlanWithTheWholeBaseTheSumOfItsSegments() {
        InMemoryEngagementInputs engagement = new InMemoryEngagementInputs()
                .withActiveUsers(
                        activeOn(JUNE).users(6, 90).customers(2, 40).in("pro").tally(),
                        activeOn(JUNE).users(4, 30).customers(1, 20).in("basic").tally());

        List<MetricResult> results =
                new Stickiness().compute(Requests.brokenDownBy("plan", "2024-06"), inputs().withEngagement(engagement));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("40.00"), // 100 × (90 + 30) / (30 × (6 + 4))
                        new BigDecimal("25.00"), // 100 × 30 / (30 × 4)
                        new BigDecimal("50.00")); // 100 × 90 / (30 × 6)
    }

    @Test
    void countsAUserOnTwoChannelsInEachButOnceInTheWholeBase() {
        // 6 web and 5 mobile users, 2 of them on both: 9 distinct users in June
        InMemoryEngagementInputs engagement = new InMemoryEngagementInputs()
                .withActiveUsers(
                        activeOn(JUNE).users(6, 60).in("web").tally(),
                        activeOn(JUNE).users(5, 45).in("mobile").tally())
                .withWholeBaseActiveUsers(activeOn(JUNE).users(9, 90).tally());

        List<MetricResult> mau = new MonthlyActiveUsers()
                .compute(Requests.brokenDownBy("channel", "2024-06"), inputs().withEngagement(engagement));

        assertThat(mau)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("channel", "mobile"), Segment.of("channel", "web"));
        assertThat(mau).extracting(MetricResult::value).containsExactly(d("9.00"), d("5.00"), d("6.00"));
        assertThat(mau.get(0).convention())
                .contains("a user on two channels counts in each, and once in the whole base");
        assertThat(new MonthlyActiveUsers().definition().breaksDownBy("channel"))
                .isTrue();
    }

    @Test
    void sharesOneQueryAmongTheMetricsOfActiveUsers() {
        InMemoryEngagementInputs engagement = june();
        InMemoryInputs inputs = inputs().withEngagement(engagement);

        new MetricsEngine()
                .compute(
                        Requests.wholeBase("2024-06"),
                        List.of(
                                new DailyActiveUsers(),
                                new MonthlyActiveUsers(),
                                new Stickiness(),
                                new RepeatVisitors()),
                        inputs);

        assertThat(engagement.queries("activeUsers")).isEqualTo(1);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
