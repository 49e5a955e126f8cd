package org.kizuna.generator;

import java.time.LocalDate;

/**
 * How the demo company's support desk works: how often customers open tickets, how they are prioritised and
 * categorised, and how long first responses and resolutions take. Response times stretch in March and right after
 * the long holidays, when the desk has a backlog, and for overseas customers outside Japanese office hours.
 */
final class SupportDesk {

    private static final String[] PRIORITIES = {"low", "normal", "high", "urgent"};
    private static final double[] PRIORITY_WEIGHTS = {25, 50, 18, 7};
    private static final double[] ENTERPRISE_PRIORITY_WEIGHTS = {15, 45, 28, 12};
    private static final double[] FIRST_RESPONSE_MEDIAN_HOURS = {10, 5, 1.5, 0.5};

    private static final String[] CATEGORIES = {
        "how_to", "bug", "billing", "account", "integration", "performance", "feature_request"
    };
    private static final double[] CATEGORY_WEIGHTS = {30, 18, 10, 12, 10, 8, 12};
    private static final double[] RESOLUTION_MEDIAN_HOURS = {2, 48, 6, 4, 30, 24, 72};

    private static final String[] CHANNELS = {"email", "chat", "web_form", "phone"};
    private static final double[] CHANNEL_WEIGHTS = {45, 30, 18, 7};
    private static final double[] ENTERPRISE_CHANNEL_WEIGHTS = {40, 25, 20, 15};

    private final CompanyCalendar calendar;

    SupportDesk(CompanyCalendar calendar) {
        this.calendar = calendar;
    }

    /** Expected tickets in a month: more seats and lower health mean more tickets, and onboarding months more. */
    static double expectedTickets(int seats, double health, int monthOfLife) {
        double onboarding = monthOfLife < 2 ? 1.8 : 1.0;
        return 0.14 * StrictMath.pow(seats, 0.35) * StrictMath.exp(-0.35 * health) * onboarding;
    }

    SupportTicket open(Draws draws, CustomerProfile profile, int fromDay, int toDayExclusive, double health) {
        boolean enterprise = profile.plan() == Plan.ENTERPRISE;
        long openedAt = calendar.officeMoment(draws, fromDay, toDayExclusive);
        int priority = draws.weighted(enterprise ? ENTERPRISE_PRIORITY_WEIGHTS : PRIORITY_WEIGHTS);
        int category = draws.weighted(CATEGORY_WEIGHTS);
        String channel = CHANNELS[draws.weighted(enterprise ? ENTERPRISE_CHANNEL_WEIGHTS : CHANNEL_WEIGHTS)];
        boolean documented = CATEGORIES[category].equals("how_to") || CATEGORIES[category].equals("account");
        if (documented && draws.chance(0.35)) {
            long resolvedAt = openedAt + Math.max(120, Math.round(draws.logNormal(40 * 60, 0.8)));
            return new SupportTicket(
                    openedAt, PRIORITIES[priority], channel, CATEGORIES[category], -1, resolvedAt, false);
        }
        double waitHours = draws.logNormal(FIRST_RESPONSE_MEDIAN_HOURS[priority], 1.2)
                * backlog(CompanyCalendar.dayOf(openedAt))
                * (profile.region().equals("overseas") ? 1.8 : 1.0);
        long firstResponseSeconds = Math.max(60, Math.round(waitHours * 3600));
        long resolvedAt;
        boolean reopened = false;
        if (CATEGORIES[category].equals("feature_request") && draws.chance(0.3)) {
            resolvedAt = Long.MAX_VALUE;
        } else {
            resolvedAt = openedAt
                    + firstResponseSeconds
                    + Math.round(draws.logNormal(RESOLUTION_MEDIAN_HOURS[category], 1.0) * 3600);
            reopened = draws.chance(0.06 * StrictMath.exp(-0.3 * health));
            if (reopened) {
                resolvedAt += Math.round(draws.logNormal(24, 0.8) * 3600);
            }
        }
        return new SupportTicket(
                openedAt,
                PRIORITIES[priority],
                channel,
                CATEGORIES[category],
                firstResponseSeconds,
                resolvedAt,
                reopened);
    }

    /** How much longer than usual the desk takes to answer on a given day. */
    private double backlog(int day) {
        LocalDate date = LocalDate.ofEpochDay(day);
        int dayOfMonth = date.getDayOfMonth();
        boolean afterHoliday = switch (date.getMonth()) {
            case JANUARY -> dayOfMonth >= 4 && dayOfMonth <= 8;
            case MAY -> dayOfMonth >= 6 && dayOfMonth <= 9;
            case AUGUST -> dayOfMonth >= 17 && dayOfMonth <= 20;
            default -> false;
        };
        if (afterHoliday) {
            return 2.0;
        }
        return calendar.monthOfYear(day) == 3 ? 1.6 : 1.0;
    }
}
