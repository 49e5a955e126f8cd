package org.kizuna.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kizuna.domain.Granularity;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricResult;
import org.kizuna.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Generates, imports and summarises a demo company, so that a new user sees Kizuna work in one command. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Generate a 1,000-customer demo company, import it, and show its metrics with their trend.")
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    DemoWorkspace demo;

    @Override
    public Integer call() {
        Workspace workspace = demo.prepare();
        Language lang = Language.of(demo.language == null ? workspace.settings().language() : demo.language);
        Path folder = demo.folder;
        System.out.println();
        System.out.print(overview(workspace, GenerateCommand.COMPANY_ZONE, lang));
        System.out.println();
        System.out.println(
                lang == Language.JA
                        ? "次: ./kizuna metrics --workspace " + folder + " --period " + quarterLabel(workspace)
                                + " --by plan   （--format json|csv、--lang en）"
                        : "Next: ./kizuna metrics --workspace " + folder + " --period " + quarterLabel(workspace)
                                + " --by plan   (--format json|csv, --lang ja)");
        return 0;
    }

    /** The last quarter that has fully passed. */
    static Period lastFullQuarter(ZoneId zone) {
        YearMonth month = Today.lastFullMonth(zone);
        Period quarter = Period.containing(Granularity.QUARTER, month.atDay(1));
        return quarter.last().equals(month.atEndOfMonth()) ? quarter : quarter.previous();
    }

    private static String quarterLabel(Workspace workspace) {
        return lastFullQuarter(workspace.settings().timeZone()).label();
    }

    /** Every metric for the last full month and quarter, each beside the period before it. */
    static String overview(Workspace workspace, ZoneId zone, Language language) {
        Period lastMonth = Period.month(Today.lastFullMonth(zone));
        Period lastQuarter = lastFullQuarter(zone);
        boolean ja = language == Language.JA;
        List<MetricResult> now = MetricsCommand.compute(workspace, MetricCatalog.all(), lastMonth, Optional.empty());
        List<MetricResult> before =
                MetricsCommand.compute(workspace, MetricCatalog.all(), lastMonth.previous(), Optional.empty());
        List<MetricResult> quarter =
                MetricsCommand.compute(workspace, MetricCatalog.all(), lastQuarter, Optional.empty());
        List<MetricResult> quarterBefore =
                MetricsCommand.compute(workspace, MetricCatalog.all(), lastQuarter.previous(), Optional.empty());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            ja ? "指標" : "Metric",
            lastMonth.label(),
            ja ? "前月比" : "vs prior month",
            lastQuarter.label(),
            ja ? "前期比" : "vs prior quarter"
        });
        for (int i = 0; i < now.size(); i++) {
            MetricDefinition definition =
                    MetricCatalog.find(now.get(i).metric()).orElseThrow().definition();
            rows.add(new String[] {
                definition.name(language),
                MetricsTable.value(now.get(i).value(), now.get(i).unit(), ja),
                trend(now.get(i), before.get(i), definition, ja),
                MetricsTable.value(quarter.get(i).value(), quarter.get(i).unit(), ja),
                trend(quarter.get(i), quarterBefore.get(i), definition, ja)
            });
        }
        return MetricsTable.render(rows, java.util.Set.of(1, 3));
    }

    /** The change against the earlier period, with an arrow that says whether it is good news. */
    static String trend(MetricResult now, MetricResult before, MetricDefinition definition, boolean ja) {
        if (now.value() == null || before.value() == null) {
            return "–";
        }
        BigDecimal change = now.value().subtract(before.value());
        int sign = change.signum();
        String arrow = sign == 0 ? "→" : sign > 0 ? "↑" : "↓";
        boolean good = sign == 0 || (sign > 0) == definition.higherIsBetter();
        String unit = now.unit().equals("percent") || now.unit().equals("points") ? " pt" : "";
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(java.util.Locale.ROOT);
        format.setMinimumFractionDigits(Math.max(0, now.value().scale()));
        format.setMaximumFractionDigits(Math.max(0, now.value().scale()));
        String amount = format.format(change);
        return arrow + " " + (sign > 0 ? "+" : "") + amount + unit
                + (sign == 0 ? "" : good ? (ja ? " (良)" : " (good)") : (ja ? " (悪)" : " (bad)"));
    }
}
