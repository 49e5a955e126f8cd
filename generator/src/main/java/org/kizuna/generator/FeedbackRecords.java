package org.kizuna.generator;

import org.kizuna.domain.contract.DataContract;
import org.kizuna.generator.CustomerLife.LifeMonth;
import org.kizuna.generator.CustomerLife.NpsAnswer;
import org.kizuna.generator.Phrases.Sentiment;

/**
 * Writes survey invitations and responses: the relationship NPS answers of the customer's life, the yearly
 * advocacy survey, and the touchpoint surveys that billing and support ask for. A response always follows its
 * invitation, and invitations whose answer would fall after the last day stay unanswered.
 */
final class FeedbackRecords {

    private static final SurveyKind[] ADVOCACY_SURVEY = {
        SurveyKind.TRUST, SurveyKind.RECOMMEND, SurveyKind.ATTACHMENT, SurveyKind.MISSED
    };

    private final TableFile invitations;
    private final TableFile responses;
    private final TimeText time;
    private final CompanyCalendar calendar;
    private final long lastMoment;

    FeedbackRecords(TableFiles files, TimeText time, CompanyCalendar calendar) {
        this.invitations = files.of(DataContract.SURVEY_INVITATIONS);
        this.responses = files.of(DataContract.SURVEY_RESPONSES);
        this.time = time;
        this.calendar = calendar;
        this.lastMoment = calendar.lastMoment();
    }

    /** The quarterly relationship NPS, whose scores the life already decided because they drive churn. */
    void writeRelationshipNps(CustomerContext customer) {
        for (NpsAnswer answer : customer.life().npsAnswers()) {
            String invitationId =
                    invite(customer, SurveyKind.RELATIONSHIP_NPS, answer.sentAt(), answer.user(), "email");
            if (answer.answered()) {
                respond(
                        customer,
                        SurveyKind.RELATIONSHIP_NPS,
                        invitationId,
                        answer.user(),
                        answer.answeredAt(),
                        answer.score());
            }
        }
    }

    /** Six months into each spell and yearly after, the admin is asked about trust, recommendation, attachment. */
    void writeAdvocacySurveys(CustomerContext customer) {
        Draws draws = customer.draws();
        for (LifeMonth month : customer.life().months()) {
            if (month.ordinal() % 12 != 5) {
                continue;
            }
            long sentAt = calendar.officeMoment(draws, month.start(), month.end());
            boolean answers = draws.chance(0.35);
            long answeredAt = sentAt + Math.round(draws.logNormal(8 * 3600, 1.0));
            for (SurveyKind kind : ADVOCACY_SURVEY) {
                String invitationId = invite(customer, kind, sentAt, 0, "email");
                if (invitationId != null && answers && answeredAt <= lastMoment) {
                    int score = kind.score(draws, month.health() + 0.4 * draws.gaussian());
                    respond(customer, kind, invitationId, 0, answeredAt, score);
                    answeredAt += draws.between(15, 90);
                }
            }
        }
    }

    /**
     * Invites one user to a touchpoint survey and, with the given chance, writes the answer of a respondent in the
     * given mood.
     */
    void ask(
            CustomerContext customer,
            SurveyKind kind,
            long sentAt,
            int user,
            String channel,
            double answerChance,
            double mood) {
        Draws draws = customer.draws();
        String invitationId = invite(customer, kind, sentAt, user, channel);
        boolean answers = draws.chance(answerChance);
        double medianDelaySeconds = channel.equals("email") ? 6 * 3600 : 120;
        long answeredAt = sentAt + Math.max(5, Math.round(draws.logNormal(medianDelaySeconds, 1.1)));
        int score = kind.score(draws, mood);
        if (invitationId != null && answers && answeredAt <= lastMoment) {
            respond(customer, kind, invitationId, user, answeredAt, score);
        }
    }

    /** Writes an invitation and returns its id, or returns null for one that would be sent after the last day. */
    private String invite(CustomerContext customer, SurveyKind kind, long sentAt, int user, String channel) {
        if (sentAt > lastMoment) {
            return null;
        }
        String invitationId = customer.nextId("INV");
        invitations.row(
                invitationId,
                kind.surveyId(customer.japanese()),
                customer.customerId(),
                customer.userId(user),
                time.timestamp(sentAt),
                channel);
        return invitationId;
    }

    private void respond(
            CustomerContext customer, SurveyKind kind, String invitationId, int user, long answeredAt, int score) {
        Draws draws = customer.draws();
        Sentiment sentiment = kind.sentiment(score);
        // unhappy and delighted respondents write comments more often than lukewarm ones
        double commentChance = sentiment == Sentiment.NEUTRAL ? 0.2 : sentiment == Sentiment.NEGATIVE ? 0.5 : 0.35;
        String comment =
                draws.chance(commentChance) ? Phrases.comment(draws, kind.topic(), sentiment, customer.japanese()) : "";
        responses.row(
                customer.nextId("RSP"),
                kind.surveyId(customer.japanese()),
                customer.customerId(),
                customer.userId(user),
                invitationId,
                time.timestamp(answeredAt),
                Integer.toString(score),
                comment,
                customer.profile().language());
    }
}
