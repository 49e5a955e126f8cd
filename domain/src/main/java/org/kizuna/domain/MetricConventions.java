package org.kizuna.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The conventions a workspace chooses where the field disagrees on how a metric is computed. Every result
 * states the convention it was computed under.
 *
 * @param churnDenominator who the churn rate divides by
 * @param clvBasis whether historic CLV sums gross margin or revenue
 * @param caiWeights the weight of each customer advocacy index component ({@link #CAI_COMPONENTS})
 * @param engagementWeights the weight of each engagement score component ({@link #ENGAGEMENT_COMPONENTS})
 */
public record MetricConventions(
        ChurnDenominator churnDenominator,
        ClvBasis clvBasis,
        Map<String, BigDecimal> caiWeights,
        Map<String, BigDecimal> engagementWeights) {

    /** The customer advocacy index's components, in the order they are shown. */
    public static final List<String> CAI_COMPONENTS = List.of("trust", "satisfaction", "recommend");

    /** The engagement score's components, in the order they are shown. */
    public static final List<String> ENGAGEMENT_COMPONENTS = List.of("frequency", "breadth", "social", "support");

    /** Who the churn rate divides the customers lost by. */
    public enum ChurnDenominator {
        /** Customers active at the period's start (003's example: 5 lost of 100, 10 gained: 5 %). */
        START("start"),
        /** Customers active at the start plus those acquired during the period. */
        START_PLUS_ACQUIRED("start_plus_acquired");

        private final String key;

        ChurnDenominator(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** What historic customer lifetime value adds up. */
    public enum ClvBasis {
        /** Gross margin of the customer's orders. */
        MARGIN("margin"),
        /** Revenue of the customer's orders. */
        REVENUE("revenue");

        private final String key;

        ClvBasis(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public MetricConventions {
        Objects.requireNonNull(churnDenominator);
        Objects.requireNonNull(clvBasis);
        caiWeights = weights(caiWeights, CAI_COMPONENTS, "customer advocacy index");
        engagementWeights = weights(engagementWeights, ENGAGEMENT_COMPONENTS, "engagement score");
    }

    /** Active at the start, margin CLV, equal weights. */
    public static MetricConventions defaults() {
        return new MetricConventions(
                ChurnDenominator.START, ClvBasis.MARGIN, equal(CAI_COMPONENTS), equal(ENGAGEMENT_COMPONENTS));
    }

    public MetricConventions withChurnDenominator(ChurnDenominator denominator) {
        return new MetricConventions(denominator, clvBasis, caiWeights, engagementWeights);
    }

    public MetricConventions withClvBasis(ClvBasis basis) {
        return new MetricConventions(churnDenominator, basis, caiWeights, engagementWeights);
    }

    public MetricConventions withCaiWeights(Map<String, BigDecimal> weights) {
        return new MetricConventions(churnDenominator, clvBasis, weights, engagementWeights);
    }

    public MetricConventions withEngagementWeights(Map<String, BigDecimal> weights) {
        return new MetricConventions(churnDenominator, clvBasis, caiWeights, weights);
    }

    private static Map<String, BigDecimal> equal(List<String> components) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        components.forEach(component -> weights.put(component, BigDecimal.ONE));
        return weights;
    }

    // Weights in component order, every component present, none negative and not all zero.
    private static Map<String, BigDecimal> weights(
            Map<String, BigDecimal> given, List<String> components, String what) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (String component : components) {
            BigDecimal weight = given.get(component);
            if (weight == null || weight.signum() < 0) {
                throw new IllegalArgumentException("the " + what + " needs a weight of 0 or more for " + component);
            }
            ordered.put(component, weight);
            total = total.add(weight);
        }
        if (!given.keySet().stream().allMatch(components::contains)) {
            throw new IllegalArgumentException(
                    "the " + what + " has no component among " + given.keySet() + "; its components are " + components);
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("the " + what + "'s weights are all 0");
        }
        return java.util.Collections.unmodifiableMap(ordered);
    }
}
