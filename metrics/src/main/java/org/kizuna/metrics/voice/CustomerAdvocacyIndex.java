package org.kizuna.metrics.voice;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kizuna.domain.MetricConventions;
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
 * Customer advocacy index: per customer, the weighted mean of its trust, satisfaction and
 * willingness-to-recommend answers normalised to 0–100, then the mean over customers. Each customer weighs
 * alike however many surveys it answered, and a customer that answered only some components is scored on
 * those, the workspace's weights renormalised over them.
 */
public final class CustomerAdvocacyIndex implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "cai",
            Family.VOICE,
            "顧客擁護指数",
            "Customer Advocacy Index",
            Unit.SCORE,
            "顧客ごとに、信頼・満足・推奨意向の回答を (スコア − 最小) ÷ (最大 − 最小) × 100 で0〜100に正規化して要素ごとに平均し、"
                    + "回答した要素の加重平均（重みは設定可能、既定は均等）をその顧客の指数とする。値は顧客の指数の平均。"
                    + "NPSの質問（推奨意向）も推奨意向として数える。",
            "per customer, the mean of its trust, satisfaction and willingness-to-recommend answers, each"
                    + " normalised to 0–100 ((score − min) / (max − min) × 100), weighted over the components it"
                    + " answered (weights configurable, equal by default); the value is the mean over customers."
                    + " NPS answers count as willingness to recommend.",
            List.of("001"),
            true);

    /** The survey types whose answers make up each component, in the order of {@link MetricConventions}. */
    static final Map<String, List<String>> COMPONENT_TYPES = Map.of(
            "trust", List.of("trust"),
            "satisfaction", List.of("csat"),
            // The NPS question, "how likely are you to recommend us", asks for willingness to recommend itself.
            "recommend", List.of("recommend", "nps"));

    static final List<String> SURVEY_TYPES = MetricConventions.CAI_COMPONENTS.stream()
            .flatMap(component -> COMPONENT_TYPES.get(component).stream())
            .toList();

    /** A sum of figures and how many there are, whose mean is null while empty. */
    private record Mean(BigDecimal sum, long count) {

        static final Mean EMPTY = new Mean(BigDecimal.ZERO, 0);

        /** The mean with {@code times} more figures, each this one. */
        Mean plus(BigDecimal figure, long times) {
            return new Mean(sum.add(figure.multiply(BigDecimal.valueOf(times))), count + times);
        }

        Mean plusAnswers(CustomerScores row) {
            BigDecimal normalised = NormalisedScores.sum(
                    row.scoreSum(), row.responses(), row.scaleMin(), row.scaleMax(), row.surveyType() + " surveys");
            return new Mean(sum.add(normalised), count + row.responses());
        }

        BigDecimal value() {
            return Ratio.of(sum, count).value();
        }
    }

    /** The index and each component, each a mean over customers. */
    private static final class Means {

        private final Map<String, Mean> components = new LinkedHashMap<>();
        private Mean index = Mean.EMPTY;

        Means() {
            MetricConventions.CAI_COMPONENTS.forEach(component -> components.put(component, Mean.EMPTY));
        }

        /** Adds customers, each given its mean answer per component it answered: the same for all of them. */
        void add(Map<String, BigDecimal> customerComponents, Map<String, BigDecimal> weights, long customers) {
            BigDecimal weighted = BigDecimal.ZERO;
            BigDecimal weightTotal = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> component : customerComponents.entrySet()) {
                BigDecimal weight = weights.get(component.getKey());
                weighted = weighted.add(weight.multiply(component.getValue()));
                weightTotal = weightTotal.add(weight);
                components.computeIfPresent(
                        component.getKey(), (name, mean) -> mean.plus(component.getValue(), customers));
            }
            // Answers to zero-weight components alone give no index: the workspace chose not to count them.
            BigDecimal customerIndex = new Ratio(weighted, weightTotal).value();
            if (customerIndex != null) {
                index = index.plus(customerIndex, customers);
            }
        }
    }

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        List<CustomerScores> rows = inputs.voice().customerScores(request.period(), request.by(), SURVEY_TYPES);
        Map<String, BigDecimal> weights = request.settings().conventions().caiWeights();
        String convention = convention(weights);
        return Segmentation.slices(request, rows, CustomerScores::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), means(slice.rows(), weights), convention))
                .toList();
    }

    private static Means means(List<CustomerScores> rows, Map<String, BigDecimal> weights) {
        // A profile's rows are one customer's answers; its customers all answered so.
        Map<List<String>, List<CustomerScores>> byProfile = rows.stream()
                .collect(Collectors.groupingBy(
                        row -> Arrays.asList(row.segmentValue(), row.profile()),
                        LinkedHashMap::new,
                        Collectors.toList()));
        Means means = new Means();
        for (List<CustomerScores> answers : byProfile.values()) {
            means.add(customerComponents(answers), weights, answers.get(0).customers());
        }
        return means;
    }

    // The customer's mean normalised answer per component it answered, in component order.
    private static Map<String, BigDecimal> customerComponents(List<CustomerScores> answers) {
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        for (String component : MetricConventions.CAI_COMPONENTS) {
            List<String> types = COMPONENT_TYPES.get(component);
            Mean mean = Mean.EMPTY;
            for (CustomerScores row : answers) {
                if (types.contains(row.surveyType())) {
                    mean = mean.plusAnswers(row);
                }
            }
            if (mean.count() > 0) {
                means.put(component, mean.value());
            }
        }
        return means;
    }

    private static MetricResult result(MetricRequest request, Segment segment, Means means, String convention) {
        String currency = request.settings().reportingCurrency();
        Parts parts = new Parts(currency).count("customers", means.index.count());
        means.components.forEach((component, mean) -> parts.figure(component, Unit.SCORE, mean.value()));
        return DEFINITION.result(
                request,
                segment,
                means.index.value(),
                parts.asMap(),
                null,
                BigDecimal.valueOf(means.index.count()),
                convention);
    }

    private static String convention(Map<String, BigDecimal> weights) {
        String weighting = weights.entrySet().stream()
                .map(weight -> weight.getKey() + " "
                        + weight.getValue().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", "));
        return "answers normalised to 0–100 as (score − min) / (max − min) × 100; per customer, trust = mean of its"
                + " trust-survey answers, satisfaction = of its csat answers, recommend = of its recommend and nps"
                + " answers; a customer's index = the mean of the components it answered weighted " + weighting
                + ", the weights renormalised over those components (answers to zero-weight components alone give"
                + " no index); value = mean over customers with an index; component parts = mean over the"
                + " customers who answered each";
    }
}
