package org.kizuna.metrics.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureNamesTest {

    @Test
    void spellsFeatureNamesInSnakeCase() {
        assertThat(FeatureNames.snakeCase("reports")).isEqualTo("reports");
        assertThat(FeatureNames.snakeCase("aiAssistant")).isEqualTo("ai_assistant");
        assertThat(FeatureNames.snakeCase("Export to CSV")).isEqualTo("export_to_csv");
        assertThat(FeatureNames.snakeCase("  SSO / SAML-2 ")).isEqualTo("sso_saml_2");
        assertThat(FeatureNames.snakeCase("report2Pdf")).isEqualTo("report2_pdf");
    }

    @Test
    void keepsLettersOfEveryScript() {
        assertThat(FeatureNames.snakeCase("レポート作成")).isEqualTo("レポート作成");
        assertThat(FeatureNames.snakeCase("ワークフロー（承認）")).isEqualTo("ワークフロー_承認");
    }

    @Test
    void namesAFeatureWithoutLettersOrDigitsUnnamed() {
        assertThat(FeatureNames.snakeCase("--")).isEqualTo("unnamed");
    }

    @Test
    void numbersCollidingNamesInTheNaturalOrderOfTheOriginals() {
        assertThat(FeatureNames.of(List.of("reports", "Reports", "dashboards", "re-ports")))
                .containsExactly(
                        entry("Reports", "reports"),
                        entry("dashboards", "dashboards"),
                        entry("re-ports", "re_ports"),
                        entry("reports", "reports_2"));
    }
}
