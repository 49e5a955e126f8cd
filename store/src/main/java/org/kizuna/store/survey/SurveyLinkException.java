package org.kizuna.store.survey;

import org.kizuna.metrics.Language;
import org.kizuna.store.WorkspaceException;

/** A survey link that cannot be answered, with the reason why. */
public final class SurveyLinkException extends WorkspaceException {

    private static final long serialVersionUID = 1L;

    private final LinkRejection reason;

    public SurveyLinkException(LinkRejection reason) {
        super(reason.message(Language.EN));
        this.reason = reason;
    }

    public LinkRejection reason() {
        return reason;
    }
}
