package org.kizuna.metrics.revenue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Ratio;

/**
 * The share of a cost that the request's customers bear once a filter has narrowed them: the share of the
 * cost's audience that the filter keeps. A tagged cost's audience is the customers acquired (or active) in
 * the period with the tag's value, an untagged cost's all customers acquired (or active) in it; when that
 * audience is empty, all customers with the tag's value stand in, then all customers. So a filter on a tag's
 * attribute keeps that value's costs whole and drops the other values' ones. Without a filter every share is
 * 1: the whole base bears every cost.
 */
final class FilteredShare {

    private final ValueInputs inputs;
    private final Period period;
    private final CostAudience audience;
    private final Map<Optional<String>, List<CostAudienceTally>> tallies = new HashMap<>();

    FilteredShare(ValueInputs inputs, Period period, CostAudience audience) {
        this.inputs = inputs;
        this.period = period;
        this.audience = audience;
    }

    /** The share (0 to 1) of the cost the filtered customers bear. */
    BigDecimal of(CostTally cost) {
        BigDecimal untagged = shareOf(tallies(Optional.empty()));
        BigDecimal tagged = cost.tagAttribute() == null
                ? null
                : shareOf(tallies(Optional.of(cost.tagAttribute())).stream()
                        .filter(tally -> Objects.equals(tally.tagValue(), cost.tagValue()))
                        .toList());
        return tagged != null ? tagged : untagged != null ? untagged : BigDecimal.ONE;
    }

    private List<CostAudienceTally> tallies(Optional<String> attribute) {
        return tallies.computeIfAbsent(attribute, a -> inputs.costAudience(period, a));
    }

    // Kept / all over the audience's customers, else over all of them; null when there are none.
    private BigDecimal shareOf(List<CostAudienceTally> rows) {
        List<CostAudienceTally> members =
                rows.stream().filter(audience::includes).toList();
        List<CostAudienceTally> counted = customers(members) > 0 ? members : rows;
        long kept = customers(counted.stream().filter(CostAudienceTally::kept).toList());
        return Ratio.of(kept, customers(counted)).value();
    }

    private static long customers(List<CostAudienceTally> rows) {
        return rows.stream().mapToLong(CostAudienceTally::customers).sum();
    }
}
