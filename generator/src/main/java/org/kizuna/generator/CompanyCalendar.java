package org.kizuna.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * The days of the demo company's history in Japan time, with the Japanese business rhythm that shapes product
 * usage: quiet weekends, Golden Week, the Obon week and the New Year holidays. Days are epoch days and
 * moments are seconds of local wall-clock time ({@code day * 86,400 + second of day}); all data is written with
 * the +09:00 offset.
 */
final class CompanyCalendar {

    static final int SECONDS_PER_DAY = 86_400;

    /** Share of a working day's usage on the quiet days, which the documentation quotes. */
    static final double SATURDAY_USAGE = 0.18;

    static final double SUNDAY_USAGE = 0.12;
    static final double NEW_YEAR_USAGE = 0.12;
    static final double OBON_USAGE = 0.30;
    static final double GOLDEN_WEEK_USAGE = 0.35;

    /** Relative activity per hour of day, for usage and support: office hours with a lunch dip. */
    private static final double[] OFFICE_HOURS = {
        0.3, 0.2, 0.1, 0.1, 0.1, 0.3, 1.0, 3.0, 7.0, 11.0, 12.0, 10.0, 6.0, 10.0, 12.0, 12.0, 11.0, 9.0, 6.0, 4.0, 3.0,
        2.0, 1.2, 0.6
    };

    private final LocalDate start;
    private final int firstDay;
    private final int lastDay;
    private final byte[] monthOfYear;
    private final byte[] dayOfWeek;
    private final double[] usageCumulative;
    private final double[] hourCumulative;

    CompanyCalendar(LocalDate start, LocalDate until) {
        this.start = start;
        this.firstDay = (int) start.toEpochDay();
        this.lastDay = (int) until.toEpochDay();
        int days = lastDay - firstDay + 1;
        monthOfYear = new byte[days];
        dayOfWeek = new byte[days];
        usageCumulative = new double[days + 1];
        LocalDate date = start;
        for (int i = 0; i < days; i++, date = date.plusDays(1)) {
            monthOfYear[i] = (byte) date.getMonthValue();
            dayOfWeek[i] = (byte) date.getDayOfWeek().getValue();
            usageCumulative[i + 1] = usageCumulative[i] + usageWeight(date);
        }
        hourCumulative = new double[OFFICE_HOURS.length + 1];
        for (int h = 0; h < OFFICE_HOURS.length; h++) {
            hourCumulative[h + 1] = hourCumulative[h] + OFFICE_HOURS[h];
        }
    }

    /** How busy a day is for product usage, relative to an ordinary working day. */
    static double usageWeight(LocalDate date) {
        if (isNewYearHoliday(date)) {
            return NEW_YEAR_USAGE;
        }
        if (isObon(date)) {
            return OBON_USAGE;
        }
        if (isGoldenWeek(date)) {
            return GOLDEN_WEEK_USAGE;
        }
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> SATURDAY_USAGE;
            case SUNDAY -> SUNDAY_USAGE;
            default -> 1.0;
        };
    }

    static boolean isNewYearHoliday(LocalDate date) {
        return (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= 29)
                || (date.getMonth() == Month.JANUARY && date.getDayOfMonth() <= 3);
    }

    static boolean isObon(LocalDate date) {
        return date.getMonth() == Month.AUGUST && date.getDayOfMonth() >= 13 && date.getDayOfMonth() <= 16;
    }

    static boolean isGoldenWeek(LocalDate date) {
        return (date.getMonth() == Month.APRIL && date.getDayOfMonth() >= 29)
                || (date.getMonth() == Month.MAY && date.getDayOfMonth() <= 5);
    }

    static long moment(int day, int secondOfDay) {
        return (long) day * SECONDS_PER_DAY + secondOfDay;
    }

    static int dayOf(long moment) {
        return (int) Math.floorDiv(moment, SECONDS_PER_DAY);
    }

    LocalDate start() {
        return start;
    }

    int firstDay() {
        return firstDay;
    }

    int lastDay() {
        return lastDay;
    }

    /** The last second of the data: 23:59:59 on the {@code until} day. */
    long lastMoment() {
        return moment(lastDay, SECONDS_PER_DAY - 1);
    }

    int monthOfYear(int day) {
        return day >= firstDay && day <= lastDay
                ? monthOfYear[day - firstDay]
                : LocalDate.ofEpochDay(day).getMonthValue();
    }

    boolean isWeekend(int day) {
        int weekday = day >= firstDay && day <= lastDay
                ? dayOfWeek[day - firstDay]
                : LocalDate.ofEpochDay(day).getDayOfWeek().getValue();
        return weekday >= DayOfWeek.SATURDAY.getValue();
    }

    static int plusMonths(int day, int months) {
        return (int) LocalDate.ofEpochDay(day).plusMonths(months).toEpochDay();
    }

    /** A day in [from, toExclusive) of the history, drawn in proportion to how busy each day is. */
    int usageDay(Draws draws, int from, int toExclusive) {
        int low = Math.max(from, firstDay) - firstDay;
        int high = Math.min(toExclusive, lastDay + 1) - firstDay;
        if (high <= low) {
            return Math.max(from, firstDay);
        }
        double target = usageCumulative[low] + draws.uniform() * (usageCumulative[high] - usageCumulative[low]);
        int lo = low;
        int hi = high - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (usageCumulative[mid + 1] <= target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return firstDay + lo;
    }

    /** A second of the day drawn from office hours. */
    int officeSecond(Draws draws) {
        double target = draws.uniform() * hourCumulative[hourCumulative.length - 1];
        int hour = 0;
        while (hour < OFFICE_HOURS.length - 1 && hourCumulative[hour + 1] <= target) {
            hour++;
        }
        return hour * 3600 + draws.below(3600);
    }

    /** A moment on a busy day in [from, toExclusive) during office hours. */
    long officeMoment(Draws draws, int from, int toExclusive) {
        return moment(usageDay(draws, from, toExclusive), officeSecond(draws));
    }
}
