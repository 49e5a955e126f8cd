package org.kizuna.web.metrics;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kizuna.cli.FiguresAhead;
import org.kizuna.cli.MetricsCommand;
import org.kizuna.cli.Steps;
import org.kizuna.domain.Granularity;
import org.kizuna.domain.Period;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.store.Workspace;
import org.kizuna.web.config.Repeating;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Computes the figures ahead in the background after the workspace's data changes ({@link FiguresAhead}): the
 * whole catalogue for every month from the last full year's January to the last full month (among them the
 * overview's month, the month before and its sparklines), then for the other periods of the reports of the last
 * full year, the last full quarter and the last twelve months, then those reports' retention cohorts. The first
 * visit after new data then finds them remembered, and those reports find their tallies kept. It looks every
 * {@code kizuna.warm.every} (five minutes by default; zero turns it off), and at once after an upload on the data
 * page ({@link #runSoon()}), and works only when the data changed since it last did, on a thread of its own:
 * first most of the tallies together ({@link MetricsCommand#prepare}), then one period at a time, so that
 * requests are served between them.
 */
@Component
public class FiguresWarmer extends Repeating {

    private static final Logger LOG = LoggerFactory.getLogger(FiguresWarmer.class);

    private final Workspace workspace;
    private final MetricsService metrics;
    private final Object warming = new Object();
    private volatile List<Object> warmedStamp = List.of();

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
     * Computes the figures ahead if the data changed since they were last computed here.
     *
     * @return the periods computed: the months, oldest first, then the longer periods; empty when the data is as
     *     it was
     */
    public List<Period> warmNow() {
        // A lock of its own: stopping the server must not wait for the periods being computed.
        synchronized (warming) {
            return warmIfChanged();
        }
    }

    /** Whether the figures ahead are computed for the data as it is now. */
    public boolean isWarm() {
        return workspace.dataStamp().equals(warmedStamp);
    }

    private List<Period> warmIfChanged() {
        // Read before computing: a change while the periods are computed is warmed at the next look.
        List<Object> stamp = workspace.dataStamp();
        if (stamp.equals(warmedStamp)) {
            return List.of();
        }
        YearMonth last = YearMonth.from(metrics.defaultPeriod().last());
        // Most of the tallies in one pass over each table, then each period's figures from them, one at a time.
        MetricsCommand.prepare(workspace, MetricCatalog.all(), FiguresAhead.countedTogether(last), Map.of());
        List<Period> computed = new ArrayList<>();
        List<Period> ahead = new ArrayList<>(FiguresAhead.periods(last));
        // The overview's months first: the first visit needs them, a report comes later.
        ahead.sort(Comparator.comparing(period -> period.granularity() != Granularity.MONTH));
        for (Period period : ahead) {
            if (Thread.currentThread().isInterrupted()) {
                return computed;
            }
            metrics.compute(MetricCatalog.all(), period, Optional.empty(), Map.of());
            computed.add(period);
        }
        FiguresAhead.computeCohorts(workspace, last, Steps.NONE);
        warmedStamp = stamp;
        return computed;
    }

    @Override
    protected void runOnce() {
        try {
            long started = System.nanoTime();
            List<Period> periods = warmNow();
            if (!periods.isEmpty()) {
                LOG.info(
                        "computed the figures of {} ahead in {} ms",
                        FiguresAhead.describe(periods),
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            // The pages compute what they need themselves; a failure here only loses the head start.
            LOG.warn("could not compute the figures ahead: {}", e.getMessage());
        }
    }
}
