package org.kizuna.web.reports;

import org.kizuna.store.WorkspaceException;
import org.kizuna.web.api.ApiErrors;
import org.kizuna.web.api.BadParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The report API's failures as the API's JSON errors, {@code {"error": "...", "parameter": "..."}}. */
@RestControllerAdvice(assignableTypes = ReportsApiController.class)
class ReportApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ReportApiErrors.class);

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<String> badParameter(BadParameterException e) {
        return ApiErrors.error(HttpStatus.BAD_REQUEST, e.getMessage(), e.parameter());
    }

    @ExceptionHandler(WorkspaceException.class)
    ResponseEntity<String> unavailable(WorkspaceException e) {
        return ApiErrors.error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> failed(RuntimeException e) {
        LOG.error("report request failed", e);
        return ApiErrors.error(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the server's log has the details", null);
    }
}
