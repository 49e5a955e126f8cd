package org.kizuna.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kizuna.store.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's failures as JSON, {@code {"error": "...", "parameter": "..."}}, never a stack trace: 400 for a
 * parameter it cannot use, 503 when the workspace cannot be read (another process may be importing), 500
 * for anything else (logged).
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
public final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<String> badParameter(BadParameterException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage(), e.parameter());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> badRequest(IllegalArgumentException e) {
        return error(HttpStatus.BAD_REQUEST, withoutDashes(e.getMessage()), null);
    }

    @ExceptionHandler(WorkspaceException.class)
    ResponseEntity<String> unavailable(WorkspaceException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> failed(RuntimeException e) {
        LOG.error("API request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the server's log has the details", null);
    }

    /** The command line's messages name options ({@code --every}); the API's name parameters ({@code every}). */
    static String withoutDashes(String message) {
        return message == null
                ? "bad request"
                : message.replaceAll("--(period|series|every|where|by|metric|segment|rows|from|to)\\b", "$1");
    }

    /** The API's error body, {@code {"error": "...", "parameter": "..."}} (without a parameter when null). */
    public static ResponseEntity<String> error(HttpStatus status, String message, String parameter) {
        ObjectNode body = JSON.createObjectNode().put("error", message);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        try {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(body) + "\n");
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
