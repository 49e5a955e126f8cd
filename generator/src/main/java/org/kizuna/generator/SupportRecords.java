package org.kizuna.generator;

import org.kizuna.domain.contract.DataContract;
import org.kizuna.generator.CustomerLife.Onboarding;

/**
 * Writes a customer's support tickets with the CSAT and CES surveys sent after each resolution, and its onboarding
 * milestones with the onboarding surveys. What would happen after the last day (a reply, a resolution, a
 * milestone) is left empty, as it is in a live system.
 */
final class SupportRecords {

    private static final OnboardingMilestone[] MILESTONES = OnboardingMilestone.values();

    private final TableFile tickets;
    private final TableFile onboarding;
    private final TimeText time;
    private final CompanyCalendar calendar;
    private final FeedbackRecords feedback;

    SupportRecords(TableFiles files, TimeText time, CompanyCalendar calendar, FeedbackRecords feedback) {
        this.tickets = files.of(DataContract.TICKETS);
        this.onboarding = files.of(DataContract.ONBOARDING);
        this.time = time;
        this.calendar = calendar;
        this.feedback = feedback;
    }

    void write(CustomerContext customer) {
        for (SupportTicket ticket : customer.life().tickets()) {
            writeTicket(customer, ticket);
        }
        writeOnboarding(customer);
    }

    private void writeTicket(CustomerContext customer, SupportTicket ticket) {
        long lastMoment = calendar.lastMoment();
        long firstResponseAt = ticket.selfService() ? -1 : ticket.openedAt() + ticket.firstResponseSeconds();
        boolean answered = firstResponseAt >= 0 && firstResponseAt <= lastMoment;
        boolean resolved = ticket.resolvedAt() <= lastMoment;
        tickets.row(
                customer.nextId("T"),
                customer.customerId(),
                time.timestamp(ticket.openedAt()),
                answered ? time.timestamp(firstResponseAt) : "",
                resolved ? time.timestamp(ticket.resolvedAt()) : "",
                resolved && ticket.reopened() ? "true" : "false",
                ticket.channel(),
                ticket.priority(),
                ticket.category(),
                resolved ? (ticket.selfService() ? "self_service" : "agent") : "");
        if (!resolved) {
            return;
        }
        // most tickets end well: a resolved issue lifts the mood, a long wait or a reopening sours it
        double mood = customer.healthOn(CompanyCalendar.dayOf(ticket.openedAt()))
                + 0.6
                - (ticket.slowFirstResponse() ? 1.2 : 0)
                - (ticket.reopened() ? 0.6 : 0)
                + (ticket.selfService() ? 0.2 : 0);
        long sentAt = ticket.resolvedAt() + 600;
        int user = customer.draws().below(Math.max(1, Math.min(customer.users(), 5)));
        feedback.ask(customer, SurveyKind.SUPPORT_CSAT, sentAt, user, "email", 0.3, mood);
        feedback.ask(customer, SurveyKind.SUPPORT_CES, sentAt + 1, user, "email", 0.25, mood);
    }

    private void writeOnboarding(CustomerContext customer) {
        CustomerLife life = customer.life();
        Onboarding plan = life.onboarding();
        int signup = customer.profile().signupDay();
        int firstSpellEnd = life.firstSpellEnd();
        for (int i = 0; i < MILESTONES.length; i++) {
            int offset = plan.completionDays()[i];
            int day = signup + offset;
            boolean completed = offset >= 0 && day <= calendar.lastDay() && day < firstSpellEnd;
            onboarding.row(
                    customer.customerId(),
                    MILESTONES[i].label(),
                    MILESTONES[i].required() ? "true" : "false",
                    completed
                            ? time.timestamp(CompanyCalendar.moment(day, calendar.officeSecond(customer.draws())))
                            : "");
        }
        int surveyDay = signup + OnboardingMilestone.TARGET_DAYS + 5;
        if (surveyDay < firstSpellEnd) {
            double mood = customer.profile().health() + (plan.onTime() ? 0.5 : -0.6);
            long sentAt = CompanyCalendar.moment(surveyDay, calendar.officeSecond(customer.draws()));
            feedback.ask(customer, SurveyKind.ONBOARDING_CSAT, sentAt, 0, "email", 0.4, mood);
            feedback.ask(customer, SurveyKind.ONBOARDING_CES, sentAt + 1, 0, "email", 0.35, mood);
        }
    }
}
