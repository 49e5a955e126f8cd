package org.kizuna.web.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.kizuna.store.WorkspaceException;
import org.kizuna.web.api.BadParameterException;
import org.kizuna.web.config.ErrorPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A download from the dashboard that cannot be made, as an error page in the page's language naming the
 * parameter at fault; never a stack trace, and never half a file (nothing is sent before the file is whole).
 */
@ControllerAdvice(assignableTypes = ReportDownloadController.class)
class ReportPageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ReportPageErrors.class);

    private final MessageSource messages;

    ReportPageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BadParameterException.class)
    String refused(BadParameterException e, Locale locale, HttpServletResponse response, Model model) {
        return ErrorPage.show(
                HttpStatus.BAD_REQUEST,
                messages.getMessage("reports.error", new Object[] {e.parameter(), e.getMessage()}, locale),
                response,
                model);
    }

    @ExceptionHandler(WorkspaceException.class)
    String unavailable(WorkspaceException e, HttpServletResponse response, Model model) {
        return ErrorPage.show(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), response, model);
    }

    @ExceptionHandler(RuntimeException.class)
    String failed(RuntimeException e, Locale locale, HttpServletResponse response, Model model) {
        LOG.error("report download failed", e);
        return ErrorPage.show(
                HttpStatus.INTERNAL_SERVER_ERROR,
                messages.getMessage("reports.error.failed", null, locale),
                response,
                model);
    }
}
