package org.kizuna.metrics.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.kizuna.metrics.ActivityCounts;
import org.kizuna.metrics.ActivityTally;
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
 * Customer education level: the percentage of the customers active during the period who had completed at
 * least one course or certification by its last day, with the certification rate and the mean courses
 * completed per active customer beside it. Completions are cumulative, so customers who learnt long ago still
 * count while they stay active; a workspace without any completion has no data rather than 0 %.
 */
public final class EducationLevel implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "education_level",
            Family.SUPPORT,
            "顧客の教育レベル",
            "Customer education level",
            Unit.PERCENT,
            "期間中にアクティブだった顧客のうち、期間最終日までにコースまたは認定を1つ以上修了した顧客の割合。" + "認定取得率と、顧客あたりの修了コース数の平均も示す。",
            "share of the customers active during the period who completed at least one course or certification"
                    + " by its last day; also the certification rate and the mean courses completed per customer.",
            List.of("000", "002"),
            true);

    private record Learning(long educated, long certified, long courses) {

        static Learning of(List<EducationCount> rows) {
            long educated = 0;
            long certified = 0;
            long courses = 0;
            for (EducationCount row : rows) {
                educated += row.customers();
                courses += row.courses();
                if (row.certified()) {
                    certified += row.customers();
                }
            }
            return new Learning(educated, certified, courses);
        }
    }

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        boolean known = inputs.support().hasEducation();
        List<EducationCount> education = known ? inputs.support().education(request.period(), request.by()) : List.of();
        List<ActivityTally> activity = inputs.activity(request.period(), request.by());
        List<String> values = Stream.concat(
                        education.stream().map(EducationCount::segmentValue),
                        activity.stream().map(ActivityTally::segmentValue))
                .toList();
        String convention = inputs.activityBasis().describe()
                + "; educated = active on at least one day of the period with a course or certification completed"
                + " on or before its last day (workspace time zone); courses_per_customer = distinct courses (kind"
                + " course or empty, not certifications) per customer, over every active customer"
                + (known ? "" : "; no courses or certifications in the workspace: no data");
        return Segmentation.segments(request, values).stream()
                .map(segment -> result(
                        request,
                        segment,
                        known,
                        Learning.of(Segmentation.rowsIn(segment, education, EducationCount::segmentValue)),
                        ActivityCounts.of(Segmentation.rowsIn(segment, activity, ActivityTally::segmentValue))
                                .activeDuring(),
                        convention))
                .toList();
    }

    private static MetricResult result(
            MetricRequest request, Segment segment, boolean known, Learning learning, long active, String convention) {
        String currency = request.settings().reportingCurrency();
        Parts parts = new Parts(currency)
                .figure(
                        "certification_pct",
                        Unit.PERCENT,
                        known ? Ratio.of(learning.certified(), active).percent() : null)
                .figure(
                        "courses_per_customer",
                        Unit.PER_CUSTOMER,
                        known ? Ratio.of(learning.courses(), active).value() : null)
                .count("educated_customers", learning.educated())
                .count("certified_customers", learning.certified());
        return DEFINITION.result(
                request,
                segment,
                known ? Ratio.of(learning.educated(), active).percent() : null,
                parts.asMap(),
                known ? BigDecimal.valueOf(learning.educated()) : null,
                BigDecimal.valueOf(active),
                convention);
    }
}
