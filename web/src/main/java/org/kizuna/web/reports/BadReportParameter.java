package org.kizuna.web.reports;

/** A parameter of a report download that cannot be used: answered with 400, naming the parameter and why. */
final class BadReportParameter extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    BadReportParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
