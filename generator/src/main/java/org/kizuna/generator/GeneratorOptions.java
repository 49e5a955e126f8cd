package org.kizuna.generator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What demo company to generate.
 *
 * @param customers how many customers sign up over the history, at least 1
 * @param months how many months of history end on {@code until}, 1 to 120
 * @param seed the same seed and options give byte-identical files
 * @param until the last day of data; nothing is dated after it
 */
public record GeneratorOptions(int customers, int months, long seed, LocalDate until) {

    public static final int DEFAULT_MONTHS = 24;
    public static final long DEFAULT_SEED = 42;
    public static final int MAX_MONTHS = 120;

    public GeneratorOptions {
        Objects.requireNonNull(until, "until");
        if (customers < 1) {
            throw new IllegalArgumentException("customers must be at least 1, was " + customers);
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be between 1 and " + MAX_MONTHS + ", was " + months);
        }
    }

    /** The first day of the history: {@code months} months before the day after {@code until}. */
    public LocalDate historyStart() {
        return until.plusDays(1).minusMonths(months);
    }
}
