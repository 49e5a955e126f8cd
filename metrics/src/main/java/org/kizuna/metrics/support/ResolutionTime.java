package org.kizuna.metrics.support;

import java.util.List;
import java.util.Set;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Unit;

/**
 * Time to resolution: the median hours from a ticket's opening to its resolution, over the tickets opened in
 * the period that are resolved, with the mean, the 90th percentile and the share resolved within the
 * workspace's target. Also by the tickets' channel.
 */
public final class ResolutionTime implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "resolution_time",
            Family.SUPPORT,
            "解決時間",
            "Time to resolution",
            Unit.HOURS,
            "期間中に起票され解決済みのチケットについて、起票から解決までの時間（時間）の中央値。" + "平均、90パーセンタイル、目標時間以内に解決した割合も示す。",
            "median hours from a ticket's opening to its resolution, over the tickets opened in the period that"
                    + " are resolved; also the mean, the 90th percentile and the share resolved within the"
                    + " target.",
            List.of("000"),
            false,
            Set.of("channel"));

    private static final TicketTimeRule RULE = new TicketTimeRule(
            DEFINITION, TicketClock.RESOLUTION, WorkspaceSettings::resolutionTargetHours, "resolution", "unresolved");

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        return RULE.compute(request, inputs);
    }
}
