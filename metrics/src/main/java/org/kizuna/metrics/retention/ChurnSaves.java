package org.kizuna.metrics.retention;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.kizuna.domain.Period;
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
 * Churn prevention: of the customers flagged at risk at the period's start, the percentage still active on
 * its last day, with the same figure per reason so that the drivers can be ranked. Until a churn-risk model
 * exists, "at risk" is a rule over signals in the days before the period: an NPS detractor answer, a reopened
 * support ticket, or, where the workspace records product usage, no usage at all.
 */
public final class ChurnSaves implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "churn_saves",
            Family.RETENTION,
            "顧客離れ防止",
            "Churn prevention",
            Unit.PERCENT,
            "期首（期間初日の前日）にアクティブで解約リスクありとされた顧客のうち、期間の最終日もアクティブな顧客の割合 × 100。"
                    + "リスクの理由（NPSの批判者、再オープンされたチケット、製品の利用なし）ごとにも示し、要因を比べられるようにする。",
            "of the customers active at the period's start (the day before its first day) and flagged at risk, the"
                    + " share still active on its last day × 100. Also per risk reason (NPS detractor, reopened"
                    + " ticket, no product usage), so that the drivers can be ranked.",
            List.of("001"),
            true);

    /** The rule until the churn-risk model exists: 90 days of NPS and ticket signals, 30 days of usage. */
    static final RiskRule RULE = new RiskRule(90, 30, BigDecimal.valueOf(7));

    /** A reason a customer is at risk, named as its parts are. */
    private enum Reason {
        DETRACTOR("detractor"),
        REOPENED_TICKET("reopened_ticket"),
        INACTIVE_USAGE("inactive_usage");

        private final String part;

        Reason(String part) {
            this.part = part;
        }

        boolean applies(RiskTally row, boolean usageKnown) {
            return switch (this) {
                case DETRACTOR -> row.detractor();
                case REOPENED_TICKET -> row.reopenedTicket();
                case INACTIVE_USAGE -> usageKnown && !row.recentUsage();
            };
        }
    }

    /** At-risk and saved customers among the rows that pass a test. */
    private record Saves(long atRisk, long saved) {

        static Saves of(List<RiskTally> rows, Predicate<RiskTally> flagged) {
            long atRisk = 0;
            long saved = 0;
            for (RiskTally row : rows) {
                if (flagged.test(row)) {
                    atRisk += row.customers();
                    if (row.activeAtEnd()) {
                        saved += row.customers();
                    }
                }
            }
            return new Saves(atRisk, saved);
        }

        BigDecimal percent() {
            return Ratio.of(saved, atRisk).percent();
        }
    }

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        List<RiskTally> rows = inputs.retention().risks(request.period(), request.by(), RULE);
        boolean usageKnown = inputs.retention().hasProductEvents();
        String convention = inputs.activityBasis().describe() + "; " + rule(request.period(), usageKnown);
        return Segmentation.slices(request, rows, RiskTally::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), slice.rows(), usageKnown, convention))
                .toList();
    }

    private static MetricResult result(
            MetricRequest request, Segment segment, List<RiskTally> rows, boolean usageKnown, String convention) {
        String currency = request.settings().reportingCurrency();
        Saves all =
                Saves.of(rows, row -> Stream.of(Reason.values()).anyMatch(reason -> reason.applies(row, usageKnown)));
        Parts parts = new Parts(currency).count("at_risk", all.atRisk()).count("saved", all.saved());
        for (Reason reason : Reason.values()) {
            Saves saves = Saves.of(rows, row -> reason.applies(row, usageKnown));
            parts.count(reason.part + "_at_risk", saves.atRisk())
                    .figure(reason.part + "_saved_pct", Unit.PERCENT, saves.percent());
        }
        return DEFINITION.result(
                request,
                segment,
                all.percent(),
                parts.asMap(),
                BigDecimal.valueOf(all.saved()),
                BigDecimal.valueOf(all.atRisk()),
                convention);
    }

    private static String rule(Period period, boolean usageKnown) {
        String usage = usageKnown
                ? ", or no product event from " + period.first().minusDays(RULE.usageDays()) + " to "
                        + period.first().minusDays(1)
                : " (the workspace has no product events, so usage flags nobody)";
        return "rule-based until the churn-risk model exists: at risk = active on "
                + period.first().minusDays(1)
                + " and, from " + period.first().minusDays(RULE.signalDays()) + " to "
                + period.first().minusDays(1)
                + ", an NPS answer below " + RULE.detractorBelow() + " or a support ticket opened and marked"
                + " reopened" + usage + "; saved = still active on " + period.last() + "; a customer with several"
                + " reasons counts once in at_risk and under each of its reasons";
    }
}
