package org.kizuna.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WorkspaceSettingsTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void japaneseLocaleDefaultsToYenAndJapanese() {
        WorkspaceSettings settings = WorkspaceSettings.defaults(Locale.JAPAN, TOKYO);
        assertThat(settings.reportingCurrency()).isEqualTo("JPY");
        assertThat(settings.language()).isEqualTo("ja");
        assertThat(settings.inactivityWindowDays()).isEqualTo(90);
        assertThat(settings.onboardingTargetDays()).isEqualTo(30);
    }

    @Test
    void otherLocalesDefaultToDollarsAndEnglish() {
        WorkspaceSettings settings = WorkspaceSettings.defaults(Locale.UK, TOKYO);
        assertThat(settings.reportingCurrency()).isEqualTo("USD");
        assertThat(settings.language()).isEqualTo("en");
    }

    @Test
    void csatThresholdsFollowTheScale() {
        WorkspaceSettings settings = WorkspaceSettings.defaults(Locale.JAPAN, TOKYO);
        assertThat(settings.csatThreshold(BigDecimal.ONE, BigDecimal.valueOf(5)))
                .isEqualByComparingTo("4");
        assertThat(settings.csatThreshold(BigDecimal.ONE, BigDecimal.TEN)).isEqualByComparingTo("6");
        // an unlisted 1–4 scale: 1 + 0.6 × 3 = 2.8, rounded up to 3
        assertThat(settings.csatThreshold(BigDecimal.ONE, BigDecimal.valueOf(4)))
                .isEqualByComparingTo("3");
    }
}
