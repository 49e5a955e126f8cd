package org.kizuna.store.survey;

import java.time.Instant;
import java.util.Optional;
import org.kizuna.store.WorkspaceException;

/** Someone who is not to be invited now (churned, or asked recently), or a survey Kizuna cannot ask. */
public final class InvitationRefusedException extends WorkspaceException {

    private static final long serialVersionUID = 1L;

    private final transient Optional<Skipped> skipped;
    private final transient Optional<Instant> askAgainFrom;

    public InvitationRefusedException(String message, Optional<Skipped> skipped, Optional<Instant> askAgainFrom) {
        super(message);
        this.skipped = skipped;
        this.askAgainFrom = askAgainFrom;
    }

    /** Who was refused and why; empty when the survey itself cannot be asked. */
    public Optional<Skipped> skipped() {
        return skipped;
    }

    /** When a throttled person may be invited again. */
    public Optional<Instant> askAgainFrom() {
        return askAgainFrom;
    }
}
