package org.kizuna.cli;

import java.util.concurrent.Callable;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the metric catalogue. */
@Command(
        name = "catalogue",
        aliases = "catalog",
        mixinStandardHelpOptions = true,
        description = "List every metric with its id, names, unit and formula.")
final class CatalogueCommand implements Callable<Integer> {

    enum Format {
        TABLE,
        JSON,
        MD
    }

    @Option(names = "--format", defaultValue = "table", description = "table, json or md (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--lang", defaultValue = "en", description = "ja or en, for the table (default: ${DEFAULT-VALUE})")
    String language;

    @Override
    public Integer call() {
        if (format == Format.MD) {
            System.out.print(CatalogueDocument.markdown());
            return 0;
        }
        if (format == Format.JSON) {
            System.out.print(CatalogueDocument.json());
            return 0;
        }
        Language lang = Language.of(language);
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[] {"id", lang == Language.JA ? "名称" : "name", lang == Language.JA ? "式" : "formula"});
        for (Metric metric : MetricCatalog.all()) {
            MetricDefinition d = metric.definition();
            rows.add(new String[] {d.id(), d.name(lang), d.formula(lang)});
        }
        System.out.print(MetricsTable.render(rows, java.util.Set.of()));
        return 0;
    }
}
