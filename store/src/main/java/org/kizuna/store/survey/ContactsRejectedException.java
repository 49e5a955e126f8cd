package org.kizuna.store.survey;

import java.util.List;
import org.kizuna.store.WorkspaceException;

/** A contacts file with problems: none of its contacts were loaded. Each problem reads {@code file:line: reason}. */
public final class ContactsRejectedException extends WorkspaceException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ContactsRejectedException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<String> problems() {
        return problems;
    }
}
