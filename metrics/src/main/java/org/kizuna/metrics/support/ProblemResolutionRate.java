package org.kizuna.metrics.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Parts;
import org.kizuna.metrics.Ratio;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.Unit;

/**
 * Problem resolution rate: the percentage of the tickets opened in the period that are resolved and were never
 * reopened, with outcomes as the data stands; beside it the self-service share, the resolved tickets the
 * customer solved with docs or tools without an agent. Also by the tickets' channel.
 */
public final class ProblemResolutionRate implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "problem_resolution_rate",
            Family.SUPPORT,
            "顧客の課題解決率",
            "Problem resolution rate",
            Unit.PERCENT,
            "期間中に起票され、解決済みで再オープンされていないチケット数 ÷ 期間中に起票されたチケット数 × 100。"
                    + "担当者を介さず顧客がドキュメントやツールで解決したセルフサービスの割合（解決済みチケットに対する割合）も示す。",
            "tickets opened in the period that are resolved and not reopened / tickets opened in the period ×"
                    + " 100; also the self-service share: resolved tickets the customer solved with docs or tools,"
                    + " without an agent, / resolved tickets × 100.",
            List.of("000"),
            true,
            Set.of("channel"));

    private static final String SELF_SERVICE = "self_service";

    private static final String CONVENTION = "tickets opened in the period (workspace time zone), outcome as the"
            + " data stands: solved = resolved and not reopened (an empty reopened flag counts as not reopened);"
            + " self_service_pct = resolved tickets with resolution self_service / resolved tickets, reopened or"
            + " not";

    private record Outcomes(long opened, long resolved, long reopened, long solved, long selfService) {

        static Outcomes of(List<TicketOutcomeCount> rows) {
            long opened = 0;
            long resolved = 0;
            long reopened = 0;
            long solved = 0;
            long selfService = 0;
            for (TicketOutcomeCount row : rows) {
                opened += row.tickets();
                if (row.reopened()) {
                    reopened += row.tickets();
                }
                if (row.resolved()) {
                    resolved += row.tickets();
                    if (!row.reopened()) {
                        solved += row.tickets();
                    }
                    if (SELF_SERVICE.equals(row.resolution())) {
                        selfService += row.tickets();
                    }
                }
            }
            return new Outcomes(opened, resolved, reopened, solved, selfService);
        }
    }

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        List<TicketOutcomeCount> rows = inputs.support().ticketOutcomes(request.period(), request.by());
        return Segmentation.slices(request, rows, TicketOutcomeCount::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), Outcomes.of(slice.rows())))
                .toList();
    }

    private static MetricResult result(MetricRequest request, Segment segment, Outcomes outcomes) {
        String currency = request.settings().reportingCurrency();
        Parts parts = new Parts(currency)
                .figure(
                        "self_service_pct",
                        Unit.PERCENT,
                        Ratio.of(outcomes.selfService(), outcomes.resolved()).percent())
                .count("opened", outcomes.opened())
                .count("resolved", outcomes.resolved())
                .count("reopened", outcomes.reopened())
                .count("resolved_not_reopened", outcomes.solved())
                .count("self_service", outcomes.selfService());
        return DEFINITION.result(
                request,
                segment,
                Ratio.of(outcomes.solved(), outcomes.opened()).percent(),
                parts.asMap(),
                BigDecimal.valueOf(outcomes.solved()),
                BigDecimal.valueOf(outcomes.opened()),
                CONVENTION);
    }
}
