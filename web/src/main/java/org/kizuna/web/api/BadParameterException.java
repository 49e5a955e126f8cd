package org.kizuna.web.api;

/** A request parameter the API cannot use; answered with 400 and a message naming the parameter. */
final class BadParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
