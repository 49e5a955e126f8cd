package org.kizuna.generator;

import java.time.LocalDate;
import org.kizuna.generator.CustomerProfile.AcquisitionChannel;

/**
 * Month-by-month counts over all customers that the company-wide tables need: signups per acquisition channel,
 * customers active in mid-month, and tickets. They are tallied as customers stream past, so the costs can follow
 * the business without the customers being kept.
 */
final class CompanyTotals {

    private final CompanyCalendar calendar;
    private final int[] monthStarts;
    private final long[][] signups;
    private final long[] activeCustomers;
    private final long[] tickets;

    CompanyTotals(CompanyCalendar calendar) {
        this.calendar = calendar;
        LocalDate first = calendar.start().withDayOfMonth(1);
        LocalDate last = LocalDate.ofEpochDay(calendar.lastDay()).withDayOfMonth(1);
        int months =
                (int) (last.getYear() * 12L + last.getMonthValue() - first.getYear() * 12L - first.getMonthValue()) + 1;
        monthStarts = new int[months];
        for (int m = 0; m < months; m++) {
            monthStarts[m] = (int) first.plusMonths(m).toEpochDay();
        }
        signups = new long[months][AcquisitionChannel.values().length];
        activeCustomers = new long[months];
        tickets = new long[months];
    }

    void add(CustomerLife life, AcquisitionChannel channel) {
        signups[monthOf(life.profile().signupDay())][channel.ordinal()]++;
        for (int m = 0; m < monthStarts.length; m++) {
            if (life.activeOn(Math.min(monthStarts[m] + 14, calendar.lastDay()))) {
                activeCustomers[m]++;
            }
        }
        for (SupportTicket ticket : life.tickets()) {
            tickets[monthOf(CompanyCalendar.dayOf(ticket.openedAt()))]++;
        }
    }

    int months() {
        return monthStarts.length;
    }

    /** The first day of calendar month {@code m} of the history, which may start before the history does. */
    int monthStart(int m) {
        return monthStarts[m];
    }

    /** The period of month {@code m} within the history: its first and last day, both included. */
    int periodStart(int m) {
        return Math.max(monthStarts[m], calendar.firstDay());
    }

    int periodEnd(int m) {
        return m + 1 < monthStarts.length ? monthStarts[m + 1] - 1 : calendar.lastDay();
    }

    long signups(int m, AcquisitionChannel channel) {
        return signups[m][channel.ordinal()];
    }

    long signups(int m) {
        long total = 0;
        for (long count : signups[m]) {
            total += count;
        }
        return total;
    }

    long activeCustomers(int m) {
        return activeCustomers[m];
    }

    long tickets(int m) {
        return tickets[m];
    }

    private int monthOf(int day) {
        int m = monthStarts.length - 1;
        while (m > 0 && monthStarts[m] > day) {
            m--;
        }
        return m;
    }
}
