package org.kizuna.store.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kizuna.domain.Period;
import org.kizuna.metrics.support.EducationCount;
import org.kizuna.metrics.support.OnboardingCount;
import org.kizuna.metrics.support.SupportInputs;
import org.kizuna.metrics.support.TicketClock;
import org.kizuna.metrics.support.TicketOutcomeCount;
import org.kizuna.metrics.support.TicketTimeCount;

/** The support family's inputs, each one aggregate query over the workspace's tables. */
final class SupportQueries implements SupportInputs {

    private static final SqlTemplate TICKET_TIMES = SqlTemplate.load("support_ticket_times.sql");
    private static final SqlTemplate TICKET_OUTCOMES = SqlTemplate.load("support_ticket_outcomes.sql");
    private static final SqlTemplate ONBOARDING = SqlTemplate.load("support_onboarding.sql");
    private static final SqlTemplate EDUCATION = SqlTemplate.load("support_education.sql");

    // Tickets can also be broken down by their own channel.
    private static final Map<String, String> TICKET_COLUMNS = Map.of("channel", "t.channel");

    private static final Map<String, String> TICKET_SPANS = Map.of("tickets_span", "t.opened_at");

    private static final Map<String, String> SIGNUP_SPANS = Map.of("signups_span", "c.signup_date");

    private final QueryRunner runner;

    SupportQueries(QueryRunner runner) {
        this.runner = runner;
    }

    private Map<String, String> ticketValues(List<Period> spans) {
        return runner.spanValues(spans, TICKET_SPANS);
    }

    @Override
    public boolean hasTickets() {
        return runner.exists("tickets");
    }

    @Override
    public boolean hasEducation() {
        return runner.exists("education");
    }

    @Override
    public List<TicketTimeCount> ticketTimes(Period period, Optional<String> by, TicketClock clock) {
        String reachedAt = switch (clock) {
            case FIRST_RESPONSE -> "first_response_at";
            case RESOLUTION -> "resolved_at";
        };
        List<TicketTimeCount> counts = new ArrayList<>();
        runner.query(
                TICKET_TIMES,
                spans -> {
                    Map<String, String> values = ticketValues(spans);
                    values.put("reached_at", reachedAt);
                    return values;
                },
                period,
                by,
                TICKET_COLUMNS,
                r -> counts.add(new TicketTimeCount(r.getString(1), r.getObject(2, Long.class), r.getLong(3))));
        return counts;
    }

    @Override
    public List<TicketOutcomeCount> ticketOutcomes(Period period, Optional<String> by) {
        List<TicketOutcomeCount> counts = new ArrayList<>();
        runner.query(
                TICKET_OUTCOMES,
                this::ticketValues,
                period,
                by,
                TICKET_COLUMNS,
                r -> counts.add(new TicketOutcomeCount(
                        r.getString(1), r.getBoolean(2), r.getBoolean(3), r.getString(4), r.getLong(5))));
        return counts;
    }

    @Override
    public List<OnboardingCount> onboarding(Period period, Optional<String> by) {
        List<OnboardingCount> counts = new ArrayList<>();
        runner.query(
                ONBOARDING,
                spans -> runner.spanValues(spans, Map.of(), SIGNUP_SPANS),
                period,
                by,
                Map.of(),
                r -> counts.add(new OnboardingCount(
                        r.getString(1), r.getBoolean(2), r.getObject(3, Long.class), r.getLong(4))));
        return counts;
    }

    @Override
    public List<EducationCount> education(Period period, Optional<String> by) {
        Map<String, String> values = runner.periodValues(period);
        values.put("active", runner.activeDuring(period));
        List<EducationCount> counts = new ArrayList<>();
        runner.query(
                EDUCATION,
                values,
                by,
                r -> counts.add(new EducationCount(r.getString(1), r.getBoolean(2), r.getLong(3), r.getLong(4))));
        return counts;
    }
}
