package org.kizuna.web.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.GivenRows;
import org.kizuna.store.importing.ImportReport;
import org.kizuna.store.importing.Problem;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Segment's HTTP tracking API, so that existing trackers can send to Kizuna: {@code identify}, {@code track},
 * {@code group} and {@code batch} (also as {@code import}, the name older libraries use), each also under
 * {@code /v1/}, which Segment's libraries append to a custom host. A batch is stored all or nothing.
 */
@RestController
@RequestMapping(path = "/api/v1/segment", produces = MediaType.APPLICATION_JSON_VALUE)
class SegmentController implements SegmentApi {

    private final IngestService ingest;
    private final Workspace workspace;

    SegmentController(IngestService ingest, Workspace workspace) {
        this.ingest = ingest;
        this.workspace = workspace;
    }

    @Override
    @PostMapping({"/identify", "/v1/identify"})
    public String identify(HttpServletRequest request) {
        return store(List.of(JsonBody.read(request)), "identify", null);
    }

    @Override
    @PostMapping({"/track", "/v1/track"})
    public String track(HttpServletRequest request) {
        return store(List.of(JsonBody.read(request)), "track", null);
    }

    @Override
    @PostMapping({"/group", "/v1/group"})
    public String group(HttpServletRequest request) {
        return store(List.of(JsonBody.read(request)), "group", null);
    }

    @Override
    @PostMapping({"/batch", "/v1/batch", "/import", "/v1/import"})
    public String batch(HttpServletRequest request) {
        JsonNode body = JsonBody.read(request);
        JsonNode batch = body.get("batch");
        if (batch == null || !batch.isArray()) {
            throw RejectedBatch.unreadable("the body must be {\"batch\": [...]}, a list of Segment calls");
        }
        if (batch.size() > IngestService.MAX_ROWS) {
            throw new RejectedBatch(
                    413,
                    batch.size() + " calls is more than the " + IngestService.MAX_ROWS
                            + " a batch may hold; send them in smaller batches",
                    List.of(),
                    0);
        }
        List<JsonNode> calls = new ArrayList<>();
        batch.forEach(calls::add);
        return store(calls, null, body.get("context"));
    }

    private String store(List<JsonNode> calls, String type, JsonNode batchContext) {
        SegmentCalls mapped = new SegmentCalls(workspace.settings().timeZone());
        for (int i = 0; i < calls.size(); i++) {
            mapped.add(i, calls.get(i), type, batchContext);
        }
        if (!mapped.problems().isEmpty()) {
            throw new RejectedBatch(
                    400,
                    "Nothing was stored: " + mapped.problems().size() + " calls cannot be read.",
                    mapped.problems(),
                    mapped.problems().size());
        }
        List<GivenRows> given = new ArrayList<>();
        if (!mapped.customers().isEmpty()) {
            given.add(new GivenRows(DataContract.CUSTOMERS, rows(mapped.customers()), true));
        }
        if (!mapped.events().isEmpty()) {
            given.add(GivenRows.replacing(DataContract.EVENTS, rows(mapped.events())));
        }
        ObjectNode body = JsonBody.JSON.createObjectNode();
        body.put("success", true);
        body.put("received", calls.size());
        body.put("ignored", mapped.ignored());
        ObjectNode stored = body.putObject("stored");
        if (!given.isEmpty()) {
            ImportReport report = ingest.store(given, field -> place(field, mapped));
            for (ImportReport.TableSummary table : report.tables()) {
                stored.set(table.table(), IngestService.counts(table.rows(), table.replaced()));
            }
        }
        return IngestService.text(body);
    }

    private static List<Map<String, Object>> rows(List<SegmentCalls.Mapped> mapped) {
        return mapped.stream().map(SegmentCalls.Mapped::row).toList();
    }

    /** A problem of a customers or events row, named by the call it came from and the call's field. */
    private static RejectedBatch.BatchProblem place(Problem.Field field, SegmentCalls mapped) {
        List<SegmentCalls.Mapped> rows =
                field.table().equals(DataContract.CUSTOMERS.name()) ? mapped.customers() : mapped.events();
        SegmentCalls.Origin origin = rows.get((int) field.row()).origin();
        return new RejectedBatch.BatchProblem(
                "item", origin.item(), origin.fields().getOrDefault(field.column(), field.column()), field.reason());
    }
}
