package org.kizuna.web.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kizuna.store.WorkspaceException;
import org.kizuna.web.api.ApiErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The ingest API's refusals as JSON, never a stack trace: a refused batch with its problems (400, or 413 when
 * too large), 503 when the workspace cannot be written (another process may be importing), 500 for anything
 * else (logged).
 */
@RestControllerAdvice(basePackageClasses = IngestErrors.class)
class IngestErrors {

    private static final Logger LOG = LoggerFactory.getLogger(IngestErrors.class);

    @ExceptionHandler(RejectedBatch.class)
    ResponseEntity<String> rejected(RejectedBatch e) {
        ObjectNode body = JsonBody.JSON.createObjectNode().put("error", e.getMessage());
        if (!e.problems().isEmpty()) {
            body.put("total", e.total());
            ArrayNode problems = body.putArray("problems");
            for (RejectedBatch.BatchProblem problem : e.problems()) {
                ObjectNode item = problems.addObject();
                if (problem.place() != null) {
                    item.put(problem.place(), problem.index());
                }
                item.put("field", problem.field());
                item.put("reason", problem.reason());
            }
        }
        return ResponseEntity.status(e.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(IngestService.text(body));
    }

    @ExceptionHandler(WorkspaceException.class)
    ResponseEntity<String> unavailable(WorkspaceException e) {
        return ApiErrors.error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> failed(RuntimeException e) {
        LOG.error("ingest request failed", e);
        return ApiErrors.error(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the server's log has the details", null);
    }
}
