package org.kizuna.web.survey;

import org.kizuna.store.Workspace;
import org.kizuna.store.survey.AnswerQueue;
import org.kizuna.store.survey.SurveyCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Survey collection in the served workspace, the one entry point the pages, the API and the widget share; their
 * answers go through one queue.
 */
@Configuration
class SurveyConfig {

    @Bean
    SurveyCollection surveyCollection(Workspace workspace) {
        return new SurveyCollection(workspace);
    }

    /** Answers of the public pages and the widget, stored together when they arrive together. */
    @Bean(destroyMethod = "close")
    AnswerQueue answerQueue(SurveyCollection surveys) {
        return new AnswerQueue(surveys);
    }
}
