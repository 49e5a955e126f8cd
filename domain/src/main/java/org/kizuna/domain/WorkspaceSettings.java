package org.kizuna.domain;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The settings of one workspace: how its data is read and which conventions its metrics follow.
 *
 * @param reportingCurrency ISO 4217 code every amount is converted to
 * @param timeZone the zone in which period boundaries and offset-less timestamps are read
 * @param language the default language of output, {@code ja} or {@code en}
 * @param inactivityWindowDays for businesses without subscriptions, how many days after a purchase a
 *     customer still counts as active
 * @param onboardingTargetDays days after signup by which onboarding should be complete
 * @param firstResponseTargetHours the support SLA for the first reply
 * @param resolutionTargetHours the support SLA for resolution
 * @param csatThresholds the lowest "satisfied" score per survey scale, keyed {@code min-max} (e.g.
 *     {@code 1-5}); a survey's own threshold wins
 * @param targets a target per metric id; a metric where higher is better meets it at or above, the others
 *     at or below
 * @param conventions the conventions chosen where the field disagrees
 */
public record WorkspaceSettings(
        String reportingCurrency,
        ZoneId timeZone,
        String language,
        int inactivityWindowDays,
        int onboardingTargetDays,
        BigDecimal firstResponseTargetHours,
        BigDecimal resolutionTargetHours,
        Map<String, BigDecimal> csatThresholds,
        Map<String, BigDecimal> targets,
        MetricConventions conventions) {

    public WorkspaceSettings {
        Objects.requireNonNull(reportingCurrency);
        Objects.requireNonNull(timeZone);
        Objects.requireNonNull(conventions);
        csatThresholds = Map.copyOf(csatThresholds);
        targets = Map.copyOf(targets);
    }

    /** Settings under the default conventions. */
    public WorkspaceSettings(
            String reportingCurrency,
            ZoneId timeZone,
            String language,
            int inactivityWindowDays,
            int onboardingTargetDays,
            BigDecimal firstResponseTargetHours,
            BigDecimal resolutionTargetHours,
            Map<String, BigDecimal> csatThresholds,
            Map<String, BigDecimal> targets) {
        this(
                reportingCurrency,
                timeZone,
                language,
                inactivityWindowDays,
                onboardingTargetDays,
                firstResponseTargetHours,
                resolutionTargetHours,
                csatThresholds,
                targets,
                MetricConventions.defaults());
    }

    /** Settings without metric targets. */
    public WorkspaceSettings(
            String reportingCurrency,
            ZoneId timeZone,
            String language,
            int inactivityWindowDays,
            int onboardingTargetDays,
            BigDecimal firstResponseTargetHours,
            BigDecimal resolutionTargetHours,
            Map<String, BigDecimal> csatThresholds) {
        this(
                reportingCurrency,
                timeZone,
                language,
                inactivityWindowDays,
                onboardingTargetDays,
                firstResponseTargetHours,
                resolutionTargetHours,
                csatThresholds,
                Map.of());
    }

    /** Defaults for a new workspace on this machine: JPY and Japanese for a Japanese locale, else USD and English. */
    public static WorkspaceSettings defaults(Locale locale, ZoneId zone) {
        boolean japanese = "ja".equals(locale.getLanguage()) || "JP".equals(locale.getCountry());
        Map<String, BigDecimal> thresholds = new TreeMap<>();
        thresholds.put("1-5", BigDecimal.valueOf(4));
        thresholds.put("1-7", BigDecimal.valueOf(5));
        thresholds.put("1-10", BigDecimal.valueOf(6));
        thresholds.put("0-10", BigDecimal.valueOf(7));
        return new WorkspaceSettings(
                japanese ? "JPY" : "USD",
                zone,
                japanese ? "ja" : "en",
                90,
                30,
                BigDecimal.valueOf(4),
                BigDecimal.valueOf(24),
                thresholds,
                Map.of(
                        "nps", BigDecimal.valueOf(30),
                        "clv_cac", BigDecimal.valueOf(3),
                        "first_response_time", BigDecimal.valueOf(4)));
    }

    /**
     * The lowest satisfied score on a scale without a threshold of its own: the configured one for the
     * scale, else the score 60 % of the way up the scale, rounded up (4 on 1–5).
     */
    public BigDecimal csatThreshold(BigDecimal scaleMin, BigDecimal scaleMax) {
        String key = scaleMin.stripTrailingZeros().toPlainString() + "-"
                + scaleMax.stripTrailingZeros().toPlainString();
        BigDecimal configured = csatThresholds.get(key);
        if (configured != null) {
            return configured;
        }
        BigDecimal span = scaleMax.subtract(scaleMin);
        return scaleMin.add(span.multiply(new BigDecimal("0.6"))).setScale(0, java.math.RoundingMode.CEILING);
    }

    public WorkspaceSettings withTimeZone(ZoneId zone) {
        return new WorkspaceSettings(
                reportingCurrency,
                zone,
                language,
                inactivityWindowDays,
                onboardingTargetDays,
                firstResponseTargetHours,
                resolutionTargetHours,
                csatThresholds,
                targets,
                conventions);
    }

    public WorkspaceSettings withTargets(Map<String, BigDecimal> newTargets) {
        return new WorkspaceSettings(
                reportingCurrency,
                timeZone,
                language,
                inactivityWindowDays,
                onboardingTargetDays,
                firstResponseTargetHours,
                resolutionTargetHours,
                csatThresholds,
                newTargets,
                conventions);
    }

    public WorkspaceSettings withConventions(MetricConventions newConventions) {
        return new WorkspaceSettings(
                reportingCurrency,
                timeZone,
                language,
                inactivityWindowDays,
                onboardingTargetDays,
                firstResponseTargetHours,
                resolutionTargetHours,
                csatThresholds,
                targets,
                newConventions);
    }
}
