package org.kizuna.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;

/**
 * The distribution of a measured value given as counted values: its size, mean and quantiles. Quantiles
 * interpolate linearly between the closest ranks ({@code quantile_cont}, numpy's default): with n values
 * sorted x[0..n−1], quantile p lies at rank h = p × (n − 1), between x[⌊h⌋] and x[⌈h⌉]. An empty
 * distribution has no mean and no quantiles (null), never 0.
 */
public final class Distribution {

    private final List<ValueCount> sorted;
    private final long size;
    private final BigDecimal sum;

    private Distribution(List<ValueCount> counts) {
        this.sorted = counts.stream()
                .filter(count -> count.count() > 0)
                .sorted(Comparator.comparing(ValueCount::value))
                .toList();
        this.size = sorted.stream().mapToLong(ValueCount::count).sum();
        this.sum = sorted.stream()
                .map(count -> count.value().multiply(BigDecimal.valueOf(count.count())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static Distribution of(List<ValueCount> counts) {
        return new Distribution(counts);
    }

    public long size() {
        return size;
    }

    public BigDecimal sum() {
        return sum;
    }

    /** The mean, or null when empty. */
    public BigDecimal mean() {
        return Ratio.of(sum, size).value();
    }

    public BigDecimal median() {
        return quantile(new BigDecimal("0.5"));
    }

    /** The p-quantile (0 ≤ p ≤ 1) by linear interpolation between closest ranks, or null when empty. */
    public BigDecimal quantile(BigDecimal p) {
        if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("quantile " + p + " is outside 0..1");
        }
        if (size == 0) {
            return null;
        }
        BigDecimal rank = p.multiply(BigDecimal.valueOf(size - 1));
        long below = rank.longValue();
        BigDecimal fraction = rank.subtract(BigDecimal.valueOf(below));
        BigDecimal lower = at(below);
        if (fraction.signum() == 0) {
            return lower;
        }
        BigDecimal upper = at(below + 1);
        return lower.add(upper.subtract(lower).multiply(fraction, MathContext.DECIMAL64));
    }

    /** How many values are at or below a limit. */
    public long atOrBelow(BigDecimal limit) {
        return sorted.stream()
                .filter(count -> count.value().compareTo(limit) <= 0)
                .mapToLong(ValueCount::count)
                .sum();
    }

    // The value at a 0-based rank of the sorted values.
    private BigDecimal at(long rank) {
        long seen = 0;
        for (ValueCount count : sorted) {
            seen += count.count();
            if (rank < seen) {
                return count.value();
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + size + " values");
    }
}
