package org.kizuna.store.survey;

import java.math.BigDecimal;
import java.util.Optional;
import org.kizuna.metrics.Language;

/**
 * A survey of the workspace, imported or created in Kizuna.
 *
 * @param id the survey id
 * @param type what it measures
 * @param scaleMin the lowest score
 * @param scaleMax the highest score
 * @param satisfiedThreshold its own "satisfied" threshold, if any
 * @param touchpoint where it is asked, if said
 * @param questionJa the question in Japanese (an imported survey has one question, shown in both)
 * @param questionEn the question in English
 * @param collected whether it was created in Kizuna, so that invitations can be sent for it
 * @param invitations how many invitations it has, imported and sent
 * @param responses how many responses it has, imported and collected
 */
public record Survey(
        String id,
        SurveyType type,
        BigDecimal scaleMin,
        BigDecimal scaleMax,
        Optional<BigDecimal> satisfiedThreshold,
        Optional<String> touchpoint,
        String questionJa,
        String questionEn,
        boolean collected,
        long invitations,
        long responses) {

    public String question(Language language) {
        return language == Language.JA ? questionJa : questionEn;
    }

    /** The scale as people read it, e.g. {@code 0–10}. */
    public String scale() {
        return NewSurvey.plain(scaleMin) + "–" + NewSurvey.plain(scaleMax);
    }

    /** Whether a score is a whole number on the survey's scale. */
    public boolean accepts(BigDecimal score) {
        return NewSurvey.whole(score) && score.compareTo(scaleMin) >= 0 && score.compareTo(scaleMax) <= 0;
    }
}
