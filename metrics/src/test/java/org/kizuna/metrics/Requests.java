package org.kizuna.metrics;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.kizuna.domain.Period;
import org.kizuna.domain.WorkspaceSettings;

/**
 * Requests as tests need them: a workspace with the US defaults (USD; CSAT thresholds 4 on 1–5, 6 on 1–10, 7
 * on 0–10) and a period written as users write it.
 */
public final class Requests {

    public static final WorkspaceSettings SETTINGS = WorkspaceSettings.defaults(Locale.US, ZoneOffset.UTC);

    private Requests() {}

    public static MetricRequest wholeBase(String period) {
        return new MetricRequest(Period.parse(period), Optional.empty(), SETTINGS);
    }

    public static MetricRequest brokenDownBy(String attribute, String period) {
        return new MetricRequest(Period.parse(period), Optional.of(attribute), SETTINGS);
    }

    public static MetricRequest inCurrency(String currency, String period) {
        WorkspaceSettings settings = new WorkspaceSettings(
                currency,
                SETTINGS.timeZone(),
                SETTINGS.language(),
                SETTINGS.inactivityWindowDays(),
                SETTINGS.onboardingTargetDays(),
                SETTINGS.firstResponseTargetHours(),
                SETTINGS.resolutionTargetHours(),
                SETTINGS.csatThresholds());
        return new MetricRequest(Period.parse(period), Optional.empty(), settings);
    }
}
