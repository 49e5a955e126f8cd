package org.kizuna.metrics.support;

import java.util.List;
import java.util.Optional;
import org.kizuna.domain.Period;

/**
 * The tallies the support, onboarding and education metrics need. Each method returns small, mergeable rows per
 * segment value, as {@link org.kizuna.metrics.MetricInputs} describes.
 */
public interface SupportInputs {

    /** Whether the workspace has any ticket, i.e. whether support figures are known at all. */
    boolean hasTickets();

    /** Whether the workspace has any course or certification completion, i.e. whether education is known. */
    boolean hasEducation();

    /**
     * Tickets opened within the period, counted per whole seconds from opening to the clock's event (first
     * reply or resolution, as the data stands), with the tickets that have not reached it under null seconds.
     * Can also be broken down by the tickets' {@code channel}.
     */
    List<TicketTimeCount> ticketTimes(Period period, Optional<String> by, TicketClock clock);

    /**
     * Tickets opened within the period, counted per outcome as the data stands: resolved or not, reopened or
     * not, and how they were resolved. Can also be broken down by the tickets' {@code channel}.
     */
    List<TicketOutcomeCount> ticketOutcomes(Period period, Optional<String> by);

    /**
     * Customers acquired within the period who have any onboarding row, counted per whether they have a
     * required milestone and per days from signup to completing the last of them.
     */
    List<OnboardingCount> onboarding(Period period, Optional<String> by);

    /**
     * Customers active on at least one day of the period who completed at least one course or certification on
     * or before its last day, counted per whether one of them is a certification, with their distinct courses
     * summed.
     */
    List<EducationCount> education(Period period, Optional<String> by);
}
