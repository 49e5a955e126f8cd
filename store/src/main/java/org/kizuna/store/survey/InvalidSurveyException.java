package org.kizuna.store.survey;

/** A survey that cannot be created as given, naming the field at fault: id, scale, threshold or question. */
public final class InvalidSurveyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidSurveyException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** {@code id}, {@code scale}, {@code threshold} or {@code question}. */
    public String field() {
        return field;
    }
}
