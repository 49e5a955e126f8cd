package org.kizuna.metrics.retention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kizuna.domain.Period;

/**
 * The retention family's port over tally rows held in memory; without rows every input is empty and the
 * workspace has no product events. Like the store, it gives every row a null segment value when no breakdown
 * is asked for. It remembers the risk rule it was last asked with.
 */
public final class InMemoryRetentionInputs implements RetentionInputs {

    private final List<LifetimeCount> lifetimes = new ArrayList<>();
    private final List<BuyerTally> buyers = new ArrayList<>();
    private final List<RiskTally> risks = new ArrayList<>();
    private boolean productEvents;
    private RiskRule askedRule;

    public InMemoryRetentionInputs withLifetimes(LifetimeCount... rows) {
        lifetimes.addAll(Arrays.asList(rows));
        return this;
    }

    public InMemoryRetentionInputs withBuyers(BuyerTally... rows) {
        buyers.addAll(Arrays.asList(rows));
        return this;
    }

    public InMemoryRetentionInputs withRisks(RiskTally... rows) {
        risks.addAll(Arrays.asList(rows));
        return this;
    }

    /** A workspace that records product events, whatever the rows say. */
    public InMemoryRetentionInputs withProductEvents() {
        productEvents = true;
        return this;
    }

    /** The rule of the last risk query, or null before any. */
    public RiskRule askedRule() {
        return askedRule;
    }

    @Override
    public List<LifetimeCount> lifetimes(Period period, Optional<String> by) {
        return by.isPresent()
                ? List.copyOf(lifetimes)
                : lifetimes.stream()
                        .map(row -> new LifetimeCount(null, row.stillActive(), row.days(), row.customers()))
                        .toList();
    }

    @Override
    public List<BuyerTally> buyers(Period period, Optional<String> by) {
        return by.isPresent()
                ? List.copyOf(buyers)
                : buyers.stream()
                        .map(row -> new BuyerTally(null, row.orders(), row.boughtBefore(), row.customers()))
                        .toList();
    }

    @Override
    public List<RiskTally> risks(Period period, Optional<String> by, RiskRule rule) {
        askedRule = rule;
        return by.isPresent()
                ? List.copyOf(risks)
                : risks.stream()
                        .map(row -> new RiskTally(
                                null,
                                row.detractor(),
                                row.reopenedTicket(),
                                row.recentUsage(),
                                row.activeAtEnd(),
                                row.customers()))
                        .toList();
    }

    @Override
    public boolean hasProductEvents() {
        return productEvents;
    }
}
