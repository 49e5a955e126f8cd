package org.kizuna.metrics.engagement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kizuna.domain.Period;

/**
 * The spans of days the active-user metrics count over for a period, as the catalogue defines DAU and MAU:
 * each calendar month when the period is made of whole months (its figures are the mean of its months'),
 * else the 30 days ending on the period's last day (the "month" of a day, a week or another range). The
 * period itself is always one of them, for the figures of the whole period. Every span is a range, so that
 * two spans are equal exactly when they cover the same days.
 *
 * @param period the whole period
 * @param months its calendar months, or none when it is not made of whole months
 * @param window the 30 days ending on its last day, or null when it is made of whole months
 */
record UserSpans(Period period, List<Period> months, Period window) {

    static final int WINDOW_DAYS = 30;

    UserSpans {
        months = List.copyOf(months);
    }

    static UserSpans of(Period period) {
        Period whole = Period.range(period.first(), period.last());
        List<Period> months = period.wholeMonths().stream()
                .map(month -> Period.range(month.atDay(1), month.atEndOfMonth()))
                .toList();
        Period window =
                months.isEmpty() ? Period.range(period.last().minusDays(WINDOW_DAYS - 1L), period.last()) : null;
        return new UserSpans(whole, months, window);
    }

    boolean byMonth() {
        return !months.isEmpty();
    }

    /** Every span once, the period first: the argument of one query for all of them. */
    List<Period> all() {
        Set<Period> spans = new LinkedHashSet<>();
        spans.add(period);
        if (byMonth()) {
            spans.addAll(months);
        } else {
            spans.add(window);
        }
        return List.copyOf(spans);
    }
}
