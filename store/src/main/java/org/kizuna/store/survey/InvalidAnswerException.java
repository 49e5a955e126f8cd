package org.kizuna.store.survey;

import org.kizuna.store.WorkspaceException;

/** An answer that cannot be stored as given (a score off the survey's scale); nothing was stored. */
public final class InvalidAnswerException extends WorkspaceException {

    private static final long serialVersionUID = 1L;

    public InvalidAnswerException(String message) {
        super(message);
    }
}
