package org.kizuna.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
