package org.kizuna.metrics.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.kizuna.domain.Period;

/**
 * The support family's port over tally rows held in memory; without rows every input is empty. Like the
 * store, it gives every row a null segment value when no breakdown is asked for. It has tickets once any
 * ticket row is given (or {@link #withTickets()} says so), and education once any education row is.
 */
public final class InMemorySupportInputs implements SupportInputs {

    private final Map<TicketClock, List<TicketTimeCount>> times = new EnumMap<>(TicketClock.class);
    private final List<TicketOutcomeCount> outcomes = new ArrayList<>();
    private final List<OnboardingCount> onboarding = new ArrayList<>();
    private final List<EducationCount> education = new ArrayList<>();
    private boolean tickets;
    private boolean learning;

    /** Tickets exist in the workspace, though perhaps none in the period asked for. */
    public InMemorySupportInputs withTickets() {
        tickets = true;
        return this;
    }

    /** Completions exist in the workspace, though perhaps none of an active customer. */
    public InMemorySupportInputs withEducation() {
        learning = true;
        return this;
    }

    public InMemorySupportInputs withTimes(TicketClock clock, TicketTimeCount... rows) {
        tickets = true;
        times.computeIfAbsent(clock, c -> new ArrayList<>()).addAll(Arrays.asList(rows));
        return this;
    }

    public InMemorySupportInputs withOutcomes(TicketOutcomeCount... rows) {
        tickets = true;
        outcomes.addAll(Arrays.asList(rows));
        return this;
    }

    public InMemorySupportInputs withOnboarding(OnboardingCount... rows) {
        onboarding.addAll(Arrays.asList(rows));
        return this;
    }

    public InMemorySupportInputs withEducation(EducationCount... rows) {
        learning = true;
        education.addAll(Arrays.asList(rows));
        return this;
    }

    @Override
    public boolean hasTickets() {
        return tickets;
    }

    @Override
    public boolean hasEducation() {
        return learning;
    }

    @Override
    public List<TicketTimeCount> ticketTimes(Period period, Optional<String> by, TicketClock clock) {
        return segmented(
                times.getOrDefault(clock, List.of()),
                by,
                row -> new TicketTimeCount(null, row.seconds(), row.tickets()));
    }

    @Override
    public List<TicketOutcomeCount> ticketOutcomes(Period period, Optional<String> by) {
        return segmented(
                outcomes,
                by,
                row -> new TicketOutcomeCount(null, row.resolved(), row.reopened(), row.resolution(), row.tickets()));
    }

    @Override
    public List<OnboardingCount> onboarding(Period period, Optional<String> by) {
        return segmented(
                onboarding,
                by,
                row -> new OnboardingCount(null, row.requiredMilestones(), row.daysToComplete(), row.customers()));
    }

    @Override
    public List<EducationCount> education(Period period, Optional<String> by) {
        return segmented(
                education, by, row -> new EducationCount(null, row.certified(), row.courses(), row.customers()));
    }

    private static <T> List<T> segmented(List<T> rows, Optional<String> by, UnaryOperator<T> withoutSegment) {
        return by.isPresent()
                ? List.copyOf(rows)
                : rows.stream().map(withoutSegment).toList();
    }
}
