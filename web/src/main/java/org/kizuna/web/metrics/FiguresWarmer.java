package org.kizuna.web.metrics;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kizuna.cli.MetricsCommand;
import org.kizuna.domain.Period;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.store.Workspace;
import org.kizuna.web.config.Repeating;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Computes the dashboard's opening figures in the background after the workspace's data changes: the whole
 * catalogue for each of the twelve months ending with the last full month (the overview's month, the month
 * before and its sparklines). The first visit after new data then finds them remembered, and a report of those
 * months or of their year finds their tallies kept. It looks every {@code kizuna.warm.every} (five minutes by
 * default; zero turns it off) and works only when the data changed since it last did, on a thread of its own:
 * first most of the months' tallies together ({@link MetricsCommand#prepare}), then one month at a time, so
 * that requests are served between its months.
 */
@Component
public class FiguresWarmer extends Repeating {

    /** The months warmed: the overview's sparklines. */
    static final int MONTHS = 12;

    private static final Logger LOG = LoggerFactory.getLogger(FiguresWarmer.class);

    private final Workspace workspace;
    private final MetricsService metrics;
    private final Object warming = new Object();
    private List<Object> warmedStamp = List.of();

    FiguresWarmer(Workspace workspace, MetricsService metrics, @Value("${kizuna.warm.every:PT5M}") Duration every) {
        super("kizuna-warm", every);
        this.workspace = workspace;
        this.metrics = metrics;
    }

    @Override
    public synchronized void start() {
        if (!every().isZero() && !every().isNegative()) {
            super.start();
        }
    }

    /**
     * Computes the months if the data changed since they were last computed here.
     *
     * @return the months computed, oldest first; empty when the data is as it was
     */
    public List<Period> warmNow() {
        // A lock of its own: stopping the server must not wait for the months being computed.
        synchronized (warming) {
            return warmIfChanged();
        }
    }

    private List<Period> warmIfChanged() {
        // Read before computing: a change while the months are computed is warmed at the next look.
        List<Object> stamp = workspace.dataStamp();
        if (stamp.equals(warmedStamp)) {
            return List.of();
        }
        YearMonth last = YearMonth.from(metrics.defaultPeriod().last());
        List<Period> ahead = new ArrayList<>();
        for (int back = MONTHS - 1; back >= 0; back--) {
            ahead.add(Period.month(last.minusMonths(back)));
        }
        // Most of the months' tallies in one pass over each table, then each month's figures from them.
        MetricsCommand.prepare(workspace, MetricCatalog.all(), ahead, Map.of());
        List<Period> months = new ArrayList<>();
        for (Period month : ahead) {
            if (Thread.currentThread().isInterrupted()) {
                return months;
            }
            metrics.compute(MetricCatalog.all(), month, Optional.empty(), Map.of());
            months.add(month);
        }
        warmedStamp = stamp;
        return months;
    }

    @Override
    protected void runOnce() {
        try {
            long started = System.nanoTime();
            List<Period> months = warmNow();
            if (!months.isEmpty()) {
                LOG.info(
                        "computed the figures of {} to {} in {} ms",
                        months.get(0).label(),
                        months.get(months.size() - 1).label(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            // The pages compute what they need themselves; a failure here only loses the head start.
            LOG.warn("could not compute the figures ahead: {}", e.getMessage());
        }
    }
}
