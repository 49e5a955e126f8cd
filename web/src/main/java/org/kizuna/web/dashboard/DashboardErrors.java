package org.kizuna.web.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import org.kizuna.store.WorkspaceException;
import org.kizuna.web.config.ErrorPage;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboard's refusals as a page that says what was wrong (a period that cannot be read, an unknown
 * metric or attribute), with the status code that goes with it; never a stack trace.
 */
@ControllerAdvice(basePackageClasses = DashboardErrors.class)
class DashboardErrors {

    @ExceptionHandler(ResponseStatusException.class)
    String refused(ResponseStatusException e, HttpServletResponse response, Model model) {
        return ErrorPage.show(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason(), response, model);
    }

    @ExceptionHandler(WorkspaceException.class)
    String unavailable(WorkspaceException e, HttpServletResponse response, Model model) {
        return ErrorPage.show(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), response, model);
    }
}
