package org.kizuna.generator;

import java.time.LocalDate;

/**
 * When each customer signs up. Customer {@code i} of {@code n} signs up on the day where the cumulative
 * acquisition curve reaches {@code (i + 0.5) / n}, so customer numbers rise with signup dates and any
 * customer's signup day is known without generating the others. The curve grows over the history and carries
 * the Japanese fiscal calendar: budgets spent before the March year-end, new budgets in April, quiet holidays.
 */
final class SignupSchedule {

    /** Signups per working day in March relative to an ordinary month, quoted in the documentation. */
    static final double MARCH_SIGNUPS = 1.8;

    private static final double GROWTH_OVER_HISTORY = 2.0;

    private final int firstDay;
    private final int customers;
    private final double[] cumulative;

    SignupSchedule(CompanyCalendar calendar, int customers, long seed) {
        this.firstDay = calendar.firstDay();
        this.customers = customers;
        Draws draws = Draws.forCompany(seed, Draws.Purpose.CALENDAR);
        int days = calendar.lastDay() - firstDay + 1;
        cumulative = new double[days];
        double total = 0;
        LocalDate date = calendar.start();
        for (int i = 0; i < days; i++, date = date.plusDays(1)) {
            double growth = 1 + GROWTH_OVER_HISTORY * i / days;
            total += growth * monthWeight(date) * dayWeight(date) * draws.logNormal(1, 0.3);
            cumulative[i] = total;
        }
    }

    private static double monthWeight(LocalDate date) {
        return switch (date.getMonth()) {
            case MARCH -> MARCH_SIGNUPS;
            case APRIL -> 1.2;
            case SEPTEMBER -> 1.15;
            case AUGUST -> 0.8;
            case DECEMBER -> 0.85;
            default -> 1.0;
        };
    }

    private static double dayWeight(LocalDate date) {
        if (CompanyCalendar.isNewYearHoliday(date)) {
            return 0.05;
        }
        if (CompanyCalendar.isObon(date) || CompanyCalendar.isGoldenWeek(date)) {
            return 0.3;
        }
        return switch (date.getDayOfWeek()) {
            case SATURDAY, SUNDAY -> 0.1;
            default -> 1.0;
        };
    }

    int signupDay(int index) {
        double target = (index + 0.5) / customers * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return firstDay + lo;
    }

    /** How many customers (the lowest indices) have signed up on or before the given day. */
    int customersSignedUpBy(int day) {
        int lo = 0;
        int hi = customers;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (signupDay(mid) <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
