package org.kizuna.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed range of calendar days in the workspace time zone, named as the user wrote it: {@code 2024-06},
 * {@code 2024-Q2}, {@code 2024-W23}, {@code 2024}, {@code 2024-06-15} or {@code 2024-04-01..2024-05-15}.
 *
 * @param label the period as it appears in output
 * @param granularity what kind of period it is
 * @param first the first day, inclusive
 * @param last the last day, inclusive
 */
public record Period(String label, Granularity granularity, LocalDate first, LocalDate last) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-[Ww](\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    private static final BigDecimal MEAN_MONTH_DAYS = new BigDecimal("30.4375");

    public static final String FORMS = "2024-06 (month), 2024-Q2 (quarter), 2024-W23 (ISO week), 2024 (year),"
            + " 2024-06-15 (day) or 2024-04-01..2024-05-15 (range)";

    public Period {
        Objects.requireNonNull(label);
        Objects.requireNonNull(granularity);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("period " + label + " ends before it starts");
        }
    }

    /**
     * Reads a period as users write it.
     *
     * @throws IllegalArgumentException naming the accepted forms when the text is none of them
     */
    public static Period parse(String text) {
        String t = text.strip();
        try {
            Matcher m;
            if ((m = YEAR.matcher(t)).matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
            if ((m = MONTH.matcher(t)).matches()) {
                return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = WEEK.matcher(t)).matches()) {
                return isoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if (DAY.matcher(t).matches()) {
                return day(LocalDate.parse(t));
            }
            if ((m = RANGE.matcher(t)).matches()) {
                LocalDate from = LocalDate.parse(m.group(1));
                LocalDate to = LocalDate.parse(m.group(2));
                if (to.isBefore(from)) {
                    throw new IllegalArgumentException(
                            "period \"" + text + "\" ends before it starts; write the earlier day first");
                }
                return range(from, to);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("period \"" + text + "\" is not a calendar date: " + e.getMessage());
        }
        throw new IllegalArgumentException("period \"" + text + "\" is not one of " + FORMS);
    }

    public static Period day(LocalDate day) {
        return new Period(day.toString(), Granularity.DAY, day, day);
    }

    public static Period month(YearMonth month) {
        return new Period(month.toString(), Granularity.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter + " is not 1 to 4");
        }
        LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
        return new Period(
                year + "-Q" + quarter,
                Granularity.QUARTER,
                first,
                first.plusMonths(3).minusDays(1));
    }

    public static Period isoWeek(int weekBasedYear, int week) {
        LocalDate anyDay = LocalDate.of(weekBasedYear, 6, 1);
        long weeks = anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException(
                    "week " + week + " does not exist in " + weekBasedYear + " (1 to " + weeks + ")");
        }
        LocalDate monday = anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(
                String.format("%04d-W%02d", weekBasedYear, week), Granularity.WEEK, monday, monday.plusDays(6));
    }

    public static Period year(int year) {
        return new Period(
                Integer.toString(year), Granularity.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period range(LocalDate first, LocalDate last) {
        return new Period(first + ".." + last, Granularity.RANGE, first, last);
    }

    /** The period of the same kind that ends the day before this one starts. */
    public Period previous() {
        return switch (granularity) {
            case DAY -> day(first.minusDays(1));
            case WEEK -> containing(Granularity.WEEK, first.minusDays(1));
            case MONTH -> month(YearMonth.from(first).minusMonths(1));
            case QUARTER -> containing(Granularity.QUARTER, first.minusDays(1));
            case YEAR -> year(first.getYear() - 1);
            case RANGE -> range(first.minusDays(days()), first.minusDays(1));
        };
    }

    /** The period of the given kind that contains the day. */
    public static Period containing(Granularity granularity, LocalDate day) {
        return switch (granularity) {
            case DAY -> day(day);
            case WEEK -> isoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> month(YearMonth.from(day));
            case QUARTER -> quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> year(day.getYear());
            case RANGE -> throw new IllegalArgumentException("a range has no natural period containing a day");
        };
    }

    /**
     * Consecutive periods of one kind, from the one containing {@code from}'s first day to the one containing
     * {@code to}'s last day: {@code 2024-01..2024-06} every month is January to June.
     *
     * @throws IllegalArgumentException when {@code to} ends before {@code from} starts, or for ranges
     */
    public static List<Period> series(Period from, Period to, Granularity every) {
        if (every == Granularity.RANGE) {
            throw new IllegalArgumentException("a series steps by day, week, month, quarter or year, not by range");
        }
        if (to.last().isBefore(from.first())) {
            throw new IllegalArgumentException("the series ends (" + to + ") before it starts (" + from + ")");
        }
        List<Period> periods = new ArrayList<>();
        Period last = containing(every, to.last());
        for (Period p = containing(every, from.first()); !p.first().isAfter(last.first()); p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    /** Whether the other period starts the day after this one ends, whatever their kinds (2024, then 2025-01). */
    public boolean isFollowedBy(Period other) {
        return other.first().equals(last.plusDays(1));
    }

    /** The period of the same kind that starts the day after this one ends. */
    public Period next() {
        return switch (granularity) {
            case DAY -> day(last.plusDays(1));
            case WEEK, QUARTER -> containing(granularity, last.plusDays(1));
            case MONTH -> month(YearMonth.from(first).plusMonths(1));
            case YEAR -> year(first.getYear() + 1);
            case RANGE -> range(last.plusDays(1), last.plusDays(days()));
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /**
     * How many months the period spans: the number of calendar months when it is made of whole months, else
     * its days over the mean month of the Gregorian calendar (365.25 / 12 = 30.4375 days).
     */
    public BigDecimal months() {
        List<YearMonth> whole = wholeMonths();
        if (!whole.isEmpty()) {
            return BigDecimal.valueOf(whole.size());
        }
        return BigDecimal.valueOf(days()).divide(MEAN_MONTH_DAYS, MathContext.DECIMAL64);
    }

    /** How many weeks the period spans: its days over 7. */
    public BigDecimal weeks() {
        return BigDecimal.valueOf(days()).divide(BigDecimal.valueOf(7), MathContext.DECIMAL64);
    }

    /**
     * The calendar months the period is made of, in order, when it starts on a month's first day and ends on
     * a month's last day; else an empty list.
     */
    public List<YearMonth> wholeMonths() {
        if (first.getDayOfMonth() != 1 || !last.equals(YearMonth.from(last).atEndOfMonth())) {
            return List.of();
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(first);
                !month.isAfter(YearMonth.from(last));
                month = month.plusMonths(1)) {
            months.add(month);
        }
        return List.copyOf(months);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    @Override
    public String toString() {
        return label;
    }
}
