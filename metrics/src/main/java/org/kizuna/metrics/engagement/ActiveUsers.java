package org.kizuna.metrics.engagement;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.kizuna.domain.Period;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.Ratio;
import org.kizuna.metrics.Segment;

/**
 * Daily and monthly active users and customers of one segment for a period, and their stickiness, from the
 * active-user tallies of its spans ({@link UserSpans}). For a period of whole months each figure is the mean
 * of its months' figures: a month's daily figure is its user-days over its days (a day without activity counts
 * 0), its monthly figure its distinct users, its stickiness daily / monthly × 100. A month without activity
 * counts 0 in the daily and monthly means and is left out of the stickiness mean, having none. For any other
 * period the daily figure is the period's user-days over its days and the monthly figure the distinct users of
 * the 30 days ending on its last day. Without any activity in any span every figure is "no data".
 */
final class ActiveUsers {

    /**
     * The figures of one kind of actor, users or customers.
     *
     * @param daily active per day
     * @param monthly active per month
     * @param stickiness daily / monthly × 100
     */
    record Figures(BigDecimal daily, BigDecimal monthly, BigDecimal stickiness) {

        static final Figures NONE = new Figures(null, null, null);
    }

    private final Segment segment;
    private final UserSpans spans;
    private final List<ActiveUserTally> rows;

    private ActiveUsers(Segment segment, UserSpans spans, List<ActiveUserTally> rows) {
        this.segment = segment;
        this.spans = spans;
        this.rows = List.copyOf(rows);
    }

    /**
     * The activity of the request's period for the whole base and each segment, in output order, from one
     * query shared by every metric that asks for the same spans.
     */
    static List<ActiveUsers> of(MetricRequest request, MetricInputs inputs) {
        UserSpans spans = UserSpans.of(request.period());
        return UsageSlices.of(
                        request, by -> inputs.engagement().activeUsers(spans.all(), by), ActiveUserTally::segmentValue)
                .stream()
                .map(slice -> new ActiveUsers(slice.segment(), spans, slice.rows()))
                .toList();
    }

    Segment segment() {
        return segment;
    }

    Figures users() {
        return figures(ActiveUserTally::users, ActiveUserTally::userDays);
    }

    Figures customers() {
        return figures(ActiveUserTally::customers, ActiveUserTally::customerDays);
    }

    /** Distinct users active in the whole period. */
    long periodUsers() {
        return sum(spans.period(), ActiveUserTally::users);
    }

    long periodUserDays() {
        return sum(spans.period(), ActiveUserTally::userDays);
    }

    long periodCustomerDays() {
        return sum(spans.period(), ActiveUserTally::customerDays);
    }

    /** Users active on two or more distinct days of the whole period. */
    long periodRepeatUsers() {
        return sum(spans.period(), ActiveUserTally::repeatUsers);
    }

    /** Whether the figures are means over several months rather than one count over one span. */
    boolean meanOfMonths() {
        return spans.months().size() > 1;
    }

    boolean hasData() {
        return !rows.isEmpty();
    }

    /** The figures' period in days. */
    long days() {
        return spans.period().days();
    }

    /** How the figures were counted for the request, in words. */
    static String convention(MetricRequest request) {
        UserSpans spans = UserSpans.of(request.period());
        String rule;
        if (spans.months().size() == 1) {
            rule = "DAU = user-days / the month's " + spans.period().days() + " days (a day without activity counts"
                    + " 0); MAU = distinct users active in the month; stickiness = DAU / MAU × 100";
        } else if (spans.byMonth()) {
            List<YearMonth> months = request.period().wholeMonths();
            rule = "each figure is the mean over the " + months.size() + " months " + months.get(0) + " to "
                    + months.get(months.size() - 1) + " of the month's DAU (user-days / its days), MAU (distinct"
                    + " users of the month) and stickiness (DAU / MAU × 100); a month without activity counts 0 in"
                    + " DAU and MAU and is left out of stickiness";
        } else {
            rule = "DAU = user-days / the period's " + spans.period().days() + " days (a day without activity"
                    + " counts 0); MAU = distinct users from " + spans.window().first() + " to "
                    + spans.window().last() + ", the " + UserSpans.WINDOW_DAYS + " days ending on the period's"
                    + " last day; stickiness = DAU / MAU × 100";
        }
        return rule + "; a user is a (customer_id, user_id) pair with an event on the day, in the workspace time"
                + " zone; the customer figures count customer_id alike"
                + UsageSlices.rowAttributeClause(request, "a user");
    }

    private Figures figures(ToLongFunction<ActiveUserTally> distinct, ToLongFunction<ActiveUserTally> activeDays) {
        if (rows.isEmpty()) {
            return Figures.NONE;
        }
        if (!spans.byMonth()) {
            BigDecimal daily = Ratio.of(
                            sum(spans.period(), activeDays), spans.period().days())
                    .value();
            BigDecimal monthly = BigDecimal.valueOf(sum(spans.window(), distinct));
            return new Figures(daily, monthly, new Ratio(daily, monthly).percent());
        }
        List<BigDecimal> daily = new ArrayList<>();
        List<BigDecimal> monthly = new ArrayList<>();
        List<BigDecimal> stickiness = new ArrayList<>();
        for (Period month : spans.months()) {
            BigDecimal monthDaily =
                    Ratio.of(sum(month, activeDays), month.days()).value();
            BigDecimal monthActive = BigDecimal.valueOf(sum(month, distinct));
            daily.add(monthDaily);
            monthly.add(monthActive);
            BigDecimal monthStickiness = new Ratio(monthDaily, monthActive).percent();
            if (monthStickiness != null) {
                stickiness.add(monthStickiness);
            }
        }
        return new Figures(mean(daily), mean(monthly), mean(stickiness));
    }

    private long sum(Period span, ToLongFunction<ActiveUserTally> count) {
        return rows.stream()
                .filter(row -> row.span().equals(span))
                .mapToLong(count)
                .sum();
    }

    private static BigDecimal mean(List<BigDecimal> figures) {
        return new Ratio(figures.stream().reduce(BigDecimal.ZERO, BigDecimal::add), BigDecimal.valueOf(figures.size()))
                .value();
    }
}
