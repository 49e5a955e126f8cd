package org.kizuna.store.survey;

import org.kizuna.store.WorkspaceException;

/** No survey of that id in the workspace. */
public final class UnknownSurveyException extends WorkspaceException {

    private static final long serialVersionUID = 1L;

    public UnknownSurveyException(String surveyId) {
        super("there is no survey " + surveyId + "; see kizuna survey list");
    }
}
