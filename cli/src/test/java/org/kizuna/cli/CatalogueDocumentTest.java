package org.kizuna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricCatalog;

class CatalogueDocumentTest {

    /** Maven runs the tests in the module folder; the document lives in the repository's docs/. */
    private static final Path DOCUMENT = Path.of("..", "docs", "metrics.md");

    @Test
    void docsMetricsIsTheDocumentTheCatalogueGenerates() throws IOException {
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/metrics.md is stale: regenerate it with ./kizuna catalogue --format md > docs/metrics.md")
                .isEqualTo(CatalogueDocument.markdown());
    }

    @Test
    void documentNamesEveryMetricInBothLanguages() {
        String document = CatalogueDocument.markdown();
        for (Metric metric : MetricCatalog.all()) {
            assertThat(document)
                    .contains("### `" + metric.definition().id() + "`")
                    .contains(metric.definition().nameJa())
                    .contains(metric.definition().nameEn())
                    .contains(metric.definition().formulaJa());
        }
    }

    @Test
    void jsonListsEveryMetricWithItsDefinition() throws IOException {
        JsonNode json = new ObjectMapper().readTree(CatalogueDocument.json());
        assertThat(json).hasSize(MetricCatalog.all().size());
        for (int i = 0; i < json.size(); i++) {
            JsonNode entry = json.get(i);
            var definition = MetricCatalog.all().get(i).definition();
            assertThat(entry.get("id").asText()).isEqualTo(definition.id());
            assertThat(entry.get("name_ja").asText()).isEqualTo(definition.nameJa());
            assertThat(entry.get("formula_en").asText()).isEqualTo(definition.formulaEn());
            assertThat(entry.get("higher_is_better").asBoolean()).isEqualTo(definition.higherIsBetter());
            assertThat(entry.get("sources")).hasSize(definition.seeds().size());
        }
        // churn: lower is better, measured in percent, from three of the sources
        JsonNode churn = json.get(MetricCatalog.ids().indexOf("churn_rate"));
        assertThat(churn.get("higher_is_better").asBoolean()).isFalse();
        assertThat(churn.get("unit").asText()).isEqualTo("percent");
        assertThat(churn.get("sources").toString()).isEqualTo("[\"000\",\"002\",\"003\"]");
    }
}
