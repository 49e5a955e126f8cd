package org.kizuna.metrics.voice;

import java.math.BigDecimal;
import java.util.List;
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
 * Feedback rate: the percentage of the customers active during the period who gave feedback in it, a survey
 * response (a comment is part of its response). The survey response rate, responses over invitations, is
 * shown beside it: the first says how many customers speak, the second how well surveys are answered.
 */
public final class FeedbackRate implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "feedback_rate",
            Family.VOICE,
            "顧客のフィードバック率",
            "Feedback rate",
            Unit.PERCENT,
            "期間中にフィードバック（アンケートへの回答。コメントは回答の一部）をしたアクティブ顧客数 ÷ 期間中にアクティブだった顧客数 × 100。"
                    + "あわせてアンケート回答率 = 期間中の回答数 ÷ 期間中に送った招待数 × 100 を示す。",
            "customers active during the period who gave feedback in it (a survey response; a comment is part of"
                    + " its response) / customers active during the period × 100. Beside it, the survey response"
                    + " rate = responses answered in the period / invitations sent in it × 100.",
            List.of("000"),
            true);

    private static final String FEEDBACK = "; feedback = a survey response answered in the period (a comment"
            + " belongs to its response), counted for customers active during the period only; response_rate_pct"
            + " = every response answered in the period / invitations sent in it, responses without an"
            + " invitation included, so it can exceed 100";

    private record Totals(long activeCustomers, long respondents, long responses, long invitations) {

        static Totals of(List<FeedbackTally> rows) {
            long active = 0;
            long respondents = 0;
            long responses = 0;
            long invitations = 0;
            for (FeedbackTally row : rows) {
                if (row.activeDuring()) {
                    active += row.customers();
                    if (row.responded()) {
                        respondents += row.customers();
                    }
                }
                responses += row.responses();
                invitations += row.invitations();
            }
            return new Totals(active, respondents, responses, invitations);
        }
    }

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        List<FeedbackTally> rows = inputs.voice().feedback(request.period(), request.by());
        String convention = inputs.activityBasis().describe() + FEEDBACK;
        return Segmentation.slices(request, rows, FeedbackTally::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), Totals.of(slice.rows()), convention))
                .toList();
    }

    private static MetricResult result(MetricRequest request, Segment segment, Totals totals, String convention) {
        String currency = request.settings().reportingCurrency();
        Parts parts = new Parts(currency)
                .figure(
                        "response_rate_pct",
                        Unit.PERCENT,
                        Ratio.of(totals.responses(), totals.invitations()).percent())
                .count("responses", totals.responses())
                .count("invitations", totals.invitations())
                .count("respondents", totals.respondents())
                .count("active_customers", totals.activeCustomers());
        return DEFINITION.result(
                request,
                segment,
                Ratio.of(totals.respondents(), totals.activeCustomers()).percent(),
                parts.asMap(),
                BigDecimal.valueOf(totals.respondents()),
                BigDecimal.valueOf(totals.activeCustomers()),
                convention);
    }
}
