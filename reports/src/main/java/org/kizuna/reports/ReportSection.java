package org.kizuna.reports;

import java.util.List;
import org.kizuna.metrics.Family;

/**
 * One family of the catalogue in a report.
 *
 * @param family the family
 * @param name its name in the report's language
 * @param needs the data files its metrics are counted from, for a "no data" note
 * @param metrics its metrics asked for, in the catalogue's order
 */
public record ReportSection(Family family, String name, String needs, List<ReportMetric> metrics) {

    public ReportSection {
        metrics = List.copyOf(metrics);
    }

    /** The data files each family's metrics are counted from. */
    public static String needs(Family family) {
        return switch (family) {
            case VOICE -> "surveys.csv, survey_responses.csv, survey_invitations.csv";
            case RETENTION -> "customers.csv, subscriptions.csv (or orders.csv)";
            case REVENUE -> "subscriptions.csv, orders.csv, costs.csv";
            case ENGAGEMENT -> "events.csv";
            case SUPPORT -> "tickets.csv, onboarding.csv, education.csv";
            case ADVOCACY -> "referrals.csv, community.csv, social.csv, loyalty.csv";
        };
    }
}
