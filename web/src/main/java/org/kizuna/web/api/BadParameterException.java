package org.kizuna.web.api;

/**
 * A request parameter that cannot be used; answered with 400 and a message naming the parameter (as JSON by the
 * API, as a page by the dashboard's downloads).
 */
public final class BadParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
