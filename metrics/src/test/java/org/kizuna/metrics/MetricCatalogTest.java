package org.kizuna.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.testkit.CatalogueIds;

class MetricCatalogTest {

    @Test
    void listsTheMetricsInCatalogueOrder() {
        assertThat(MetricCatalog.ids()).containsExactlyElementsOf(CatalogueIds.SECTIONS_A_TO_F);
    }

    @Test
    void givesEveryMetricADistinctId() {
        assertThat(MetricCatalog.ids()).doesNotHaveDuplicates();
    }

    @Test
    void namesAndExplainsEveryMetricInJapaneseAndEnglish() {
        for (Metric metric : MetricCatalog.all()) {
            MetricDefinition definition = metric.definition();
            assertThat(definition.nameEn()).as(definition.id()).isNotBlank();
            assertThat(definition.formulaEn()).as(definition.id()).isNotBlank();
            // Japanese text holds kana or kanji; an English string in the Japanese slot would not.
            assertThat(definition.nameJa())
                    .as(definition.id())
                    .containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
            assertThat(definition.formulaJa())
                    .as(definition.id())
                    .containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        }
    }

    @Test
    void citesTheSeedsThatDefineEachMetric() {
        for (Metric metric : MetricCatalog.all()) {
            MetricDefinition definition = metric.definition();
            assertThat(definition.seeds()).as(definition.id()).allMatch(seed -> seed.matches("00[0-3]"));
            // MRR movements are an ecosystem standard that no seed defines, and the catalogue says so.
            if (definition.id().equals("mrr_movements")) {
                assertThat(definition.seeds()).isEmpty();
                assertThat(definition.formulaEn()).contains("ecosystem standard");
            } else {
                assertThat(definition.seeds()).as(definition.id()).isNotEmpty();
            }
        }
    }

    @Test
    void findsAMetricByItsId() {
        assertThat(MetricCatalog.find("churn_rate"))
                .get()
                .extracting(metric -> metric.definition().id())
                .isEqualTo("churn_rate");
        assertThat(MetricCatalog.find("churn")).isEmpty();
    }

    @Test
    void selectsMetricsInTheOrderAskedEachOnce() {
        assertThat(MetricCatalog.select(List.of("mrr", "nps", "mrr")))
                .extracting(metric -> metric.definition().id())
                .containsExactly("mrr", "nps");
    }

    @Test
    void rejectsAnUnknownIdNamingItAndTheKnownOnes() {
        assertThatThrownBy(() -> MetricCatalog.select(List.of("nps", "ltv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"ltv\"")
                .hasMessage("unknown metric \"ltv\"; known metrics: " + String.join(", ", MetricCatalog.ids()));
    }
}
