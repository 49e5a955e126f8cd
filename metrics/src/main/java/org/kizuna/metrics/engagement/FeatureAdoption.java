package org.kizuna.metrics.engagement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
 * Feature adoption: per feature, the percentage of active customers that used it in the period (000, depth of
 * use), one part per feature; the value is the mean of those rates. Every segment shows every feature used
 * anywhere in scope, 0 % where its customers did not use it, so that segments compare feature by feature.
 */
public final class FeatureAdoption implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "feature_adoption",
            Family.ENGAGEMENT,
            "機能の採用",
            "Feature adoption",
            Unit.PERCENT,
            "機能ごとに、期間中にその機能を使った顧客数 ÷ 期間中にアクティブな顧客数 × 100。値は機能ごとの採用率の平均。",
            "per feature, customers that used it in the period / customers active during the period × 100; the"
                    + " value is the mean of the features' rates.",
            List.of("000"),
            true);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        List<ActivityTally> activity = inputs.activity(request.period(), request.by());
        List<FeatureTally> features = inputs.engagement().featureUse(request.period(), request.by());
        Map<String, String> names = FeatureNames.of(
                features.stream().map(FeatureTally::feature).distinct().toList());
        String convention = "a customer uses a feature with any event naming it within the period, active or not;"
                + " value = unweighted mean of the per-feature rates over the " + names.size() + " features used in"
                + " scope; part names are the feature names in snake_case; "
                + inputs.activityBasis().describe();
        List<String> values = Stream.concat(
                        activity.stream().map(ActivityTally::segmentValue),
                        features.stream().map(FeatureTally::segmentValue))
                .toList();
        return Segmentation.segments(request, values).stream()
                .map(segment -> result(
                        request,
                        segment,
                        ActivityCounts.of(Segmentation.rowsIn(segment, activity, ActivityTally::segmentValue))
                                .activeDuring(),
                        Segmentation.rowsIn(segment, features, FeatureTally::segmentValue),
                        names,
                        convention))
                .toList();
    }

    private static MetricResult result(
            MetricRequest request,
            Segment segment,
            long activeCustomers,
            List<FeatureTally> rows,
            Map<String, String> names,
            String convention) {
        String currency = request.settings().reportingCurrency();
        Parts parts = new Parts(currency).count("features", names.size()).count("active_customers", activeCustomers);
        long adoptions = 0;
        for (Map.Entry<String, String> feature : names.entrySet()) {
            long users = rows.stream()
                    .filter(row -> row.feature().equals(feature.getKey()))
                    .mapToLong(FeatureTally::customers)
                    .sum();
            adoptions += users;
            parts.figure(
                    "feature_" + feature.getValue() + "_pct",
                    Unit.PERCENT,
                    Ratio.of(users, activeCustomers).percent());
        }
        // The mean of the features' rates as one division: 100 × Σ users / (active customers × features).
        long pairs = activeCustomers * names.size();
        return DEFINITION.result(
                request,
                segment,
                Ratio.of(adoptions, pairs).percent(),
                parts.asMap(),
                BigDecimal.valueOf(adoptions),
                BigDecimal.valueOf(pairs),
                convention);
    }
}
