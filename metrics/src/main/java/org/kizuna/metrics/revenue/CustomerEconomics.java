package org.kizuna.metrics.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kizuna.domain.MetricConventions.ClvBasis;
import org.kizuna.domain.Period;
import org.kizuna.metrics.ActivityCounts;
import org.kizuna.metrics.ActivityTally;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MrrChangeGroup;
import org.kizuna.metrics.Ratio;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;

/**
 * Historic and predictive CLV and CAC per segment of one request: the one definition of each figure that
 * clv, cac, clv_cac, profit_per_customer and referred_clv_uplift show, so that a CLV:CAC ratio divides exactly
 * the CLV and the CAC shown beside it. Each input is read once, when a figure first needs it.
 */
final class CustomerEconomics {

    /** The figures a metric shows, and so the inputs whose segment values it breaks down by. */
    enum Figure {
        HISTORIC_CLV,
        PREDICTIVE_CLV,
        CAC
    }

    /** The cost categories spent on winning customers. */
    static final List<String> ACQUISITION_COSTS = List.of("marketing", "sales");

    private final MetricRequest request;
    private final MetricInputs inputs;
    private List<CustomerValueTally> customerValues;
    private List<OrderTally> orders;
    private List<ActivityTally> activity;
    private List<MrrChangeGroup> mrr;
    private CostAllocation acquisition;

    CustomerEconomics(MetricRequest request, MetricInputs inputs) {
        this.request = request;
        this.inputs = inputs;
    }

    ClvBasis basis() {
        return request.settings().conventions().clvBasis();
    }

    /** The request's segments over the segment values of the inputs behind the figures. */
    List<Segment> segments(Figure... figures) {
        List<String> values = new ArrayList<>();
        for (Figure figure : figures) {
            switch (figure) {
                case HISTORIC_CLV -> customerValues().forEach(row -> values.add(row.segmentValue()));
                case PREDICTIVE_CLV -> {
                    orders().forEach(row -> values.add(row.segmentValue()));
                    activity().forEach(row -> values.add(row.segmentValue()));
                    mrr().forEach(row -> values.add(row.segmentValue()));
                }
                case CAC -> values.addAll(acquisition().segmentValues());
            }
        }
        return Segmentation.segments(request, values);
    }

    /** Historic CLV of the segment's customers acquired on or before the period's last day. */
    HistoricClv historic(Segment segment) {
        return HistoricClv.of(Segmentation.rowsIn(segment, customerValues(), CustomerValueTally::segmentValue));
    }

    /** Historic CLV of the segment's customers acquired by referral, or of the others. */
    HistoricClv historic(Segment segment, boolean referred) {
        return HistoricClv.of(Segmentation.rowsIn(segment, customerValues(), CustomerValueTally::segmentValue).stream()
                .filter(row -> row.referred() == referred)
                .toList());
    }

    /** The segment's CLV as clv reports it: historic, on the workspace's basis. */
    BigDecimal clv(Segment segment) {
        return historic(segment).value(basis());
    }

    /**
     * The simple predictive CLV: ARPU is MRR on the period's last day per customer active then where there
     * are subscriptions, else the period's order revenue per customer active during it per month; the margin
     * ratio is that of the period's orders carrying a margin (1 on the revenue basis).
     */
    PredictiveClv predictive(Segment segment) {
        Period period = request.period();
        ActivityCounts counts =
                ActivityCounts.of(Segmentation.rowsIn(segment, activity(), ActivityTally::segmentValue));
        List<OrderTally> segmentOrders = Segmentation.rowsIn(segment, orders(), OrderTally::segmentValue);
        BigDecimal arpu = inputs.hasSubscriptions()
                ? Ratio.of(
                                MonthlyRecurringRevenue.atEnd(
                                        Segmentation.rowsIn(segment, mrr(), MrrChangeGroup::segmentValue)),
                                counts.activeAtEnd())
                        .value()
                : new Ratio(
                                sum(segmentOrders, OrderTally::revenue),
                                BigDecimal.valueOf(counts.activeDuring()).multiply(period.months()))
                        .value();
        BigDecimal marginRatio = basis() == ClvBasis.REVENUE
                ? BigDecimal.ONE
                : new Ratio(sum(segmentOrders, OrderTally::margin), sum(segmentOrders, OrderTally::marginedRevenue))
                        .value();
        return new PredictiveClv(arpu, marginRatio, PredictiveClv.monthlyChurn(counts, period.months()));
    }

    /** The segment's marketing and sales costs beside the customers it acquired in the period. */
    CostAllocation.Spend acquisitionCost(Segment segment) {
        return acquisition().spend(segment);
    }

    /** The segment's CAC as cac reports it. */
    BigDecimal cac(Segment segment) {
        return acquisitionCost(segment).perCustomer();
    }

    /**
     * What to change when the margin basis finds orders but no margin among them, as a sentence ending in
     * "; " to put before a convention; empty otherwise.
     */
    String marginAdvice(HistoricClv clv) {
        return basis() == ClvBasis.MARGIN && clv.lacksMargins()
                ? "no order carries a gross_margin: set clv.basis = revenue to compute CLV from revenue; "
                : "";
    }

    /** How historic CLV was computed. */
    String historicConvention() {
        String total = basis() == ClvBasis.MARGIN
                ? "gross margin (clv.basis = margin; orders without a gross_margin add nothing)"
                : "revenue (clv.basis = revenue; refunds subtract)";
        return "historic CLV = " + total + " of the orders up to "
                + request.period().last()
                + " of the customers acquired by then / those customers, customers without orders counting 0";
    }

    /** How the predictive CLV beside the historic one was computed. */
    String predictiveConvention() {
        String months = months(request.period());
        String arpu = inputs.hasSubscriptions()
                ? "MRR on " + request.period().last() + " / customers active on it"
                : "the period's order revenue / customers active during it / " + months + " months";
        String margin = basis() == ClvBasis.MARGIN
                ? "margin / revenue of the period's orders carrying a gross_margin"
                : "1 on the revenue basis";
        return "predictive = ARPU × margin ratio / monthly churn, ARPU = " + arpu + ", margin ratio = " + margin
                + ", monthly churn = 1 − (1 − churn rate of the customers active at the start)^(1 / " + months
                + "), no predictive value when nobody churned";
    }

    /** How CAC was computed and its costs apportioned. */
    String cacConvention() {
        return "CAC = marketing + sales costs / customers acquired in the period; "
                + CostAllocation.convention(CostAudience.ACQUIRED);
    }

    /** The period's length in months as conventions print it: whole months exactly, else to 4 decimals. */
    static String months(Period period) {
        BigDecimal months = period.months();
        return months.stripTrailingZeros().scale() <= 0
                ? months.stripTrailingZeros().toPlainString()
                : months.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    private static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> figure) {
        return rows.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private List<CustomerValueTally> customerValues() {
        if (customerValues == null) {
            customerValues = inputs.value().customerValues(request.period(), request.by());
        }
        return customerValues;
    }

    private List<OrderTally> orders() {
        if (orders == null) {
            orders = inputs.value().orders(request.period(), request.by());
        }
        return orders;
    }

    private List<ActivityTally> activity() {
        if (activity == null) {
            activity = inputs.activity(request.period(), request.by());
        }
        return activity;
    }

    private List<MrrChangeGroup> mrr() {
        if (mrr == null) {
            mrr = inputs.hasSubscriptions() ? inputs.mrrChanges(request.period(), request.by()) : List.of();
        }
        return mrr;
    }

    private CostAllocation acquisition() {
        if (acquisition == null) {
            acquisition = CostAllocation.of(request, inputs, ACQUISITION_COSTS, CostAudience.ACQUIRED);
        }
        return acquisition;
    }
}
