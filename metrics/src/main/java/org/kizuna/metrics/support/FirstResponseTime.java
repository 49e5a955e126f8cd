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
 * Support first-response time: the median hours from a ticket's opening to the first agent reply, over the
 * tickets opened in the period that have one, with the mean, the 90th percentile and the share answered within
 * the workspace's SLA target. Also by the tickets' channel.
 */
public final class FirstResponseTime implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "first_response_time",
            Family.SUPPORT,
            "顧客サポートの応答時間",
            "Support first-response time",
            Unit.HOURS,
            "期間中に起票され返信のあったチケットについて、起票から担当者の最初の返信までの時間（時間）の中央値。" + "平均、90パーセンタイル、目標時間（SLA）以内に返信した割合も示す。",
            "median hours from a ticket's opening to the first agent reply, over the tickets opened in the period"
                    + " that have one; also the mean, the 90th percentile and the share answered within the SLA"
                    + " target.",
            List.of("000"),
            false,
            Set.of("channel"));

    private static final TicketTimeRule RULE = new TicketTimeRule(
            DEFINITION,
            TicketClock.FIRST_RESPONSE,
            WorkspaceSettings::firstResponseTargetHours,
            "first reply",
            "unanswered");

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        return RULE.compute(request, inputs);
    }
}
