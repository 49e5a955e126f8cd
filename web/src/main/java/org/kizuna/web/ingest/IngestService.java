package org.kizuna.web.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.GivenRows;
import org.kizuna.store.importing.ImportFailedException;
import org.kizuna.store.importing.ImportReport;
import org.kizuna.store.importing.Importer;
import org.kizuna.store.importing.Problem;
import org.springframework.stereotype.Service;

/**
 * Stores batches with the store's importer — the checks, replacement by key and all-or-nothing transaction
 * of {@code kizuna import} — one batch at a time, so that two requests never race for the database.
 */
@Service
class IngestService {

    /** The most rows (or Segment calls) one request may carry; more are refused with 413. */
    static final int MAX_ROWS = 10_000;

    private final Workspace workspace;

    IngestService(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Stores the rows, or throws {@link RejectedBatch} (400) naming each problem through {@code place}, which
     * turns a problem's table, row and column into the caller's terms.
     */
    synchronized ImportReport store(List<GivenRows> given, Function<Problem.Field, RejectedBatch.BatchProblem> place) {
        try {
            return new Importer(workspace).importRows(given);
        } catch (ImportFailedException e) {
            List<RejectedBatch.BatchProblem> problems = e.problems().stream()
                    .map(p -> p.field()
                            .map(place)
                            .orElseGet(() -> new RejectedBatch.BatchProblem(null, null, null, p.toString())))
                    .toList();
            throw new RejectedBatch(
                    400,
                    "Nothing was stored: " + e.total() + (e.total() == 1 ? " problem" : " problems") + " to fix first.",
                    problems,
                    e.total());
        }
    }

    /** The answer to a stored batch: how many rows came, how many were new and how many replaced stored ones. */
    static ObjectNode counts(long received, long replaced) {
        ObjectNode body = JsonBody.JSON.createObjectNode();
        body.put("received", received);
        body.put("inserted", received - Math.min(replaced, received));
        body.put("updated", Math.min(replaced, received));
        return body;
    }

    static void notices(ObjectNode body, ImportReport report) {
        ArrayNode notices = body.putArray("notices");
        report.notices().forEach(notices::add);
    }

    /** A JSON object's fields as plain Java values (text, decimal, boolean, null; nested maps and lists stay). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> values(JsonNode object) {
        return JsonBody.JSON.convertValue(object, Map.class);
    }

    static String text(ObjectNode body) {
        try {
            return JsonBody.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
