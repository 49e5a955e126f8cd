package org.kizuna.web.survey;

import org.kizuna.store.Workspace;
import org.kizuna.store.survey.SurveyCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Survey collection in the served workspace, the one entry point the pages, the API and the widget share. */
@Configuration
class SurveyConfig {

    @Bean
    SurveyCollection surveyCollection(Workspace workspace) {
        return new SurveyCollection(workspace);
    }
}
