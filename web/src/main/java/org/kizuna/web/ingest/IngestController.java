package org.kizuna.web.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.domain.contract.Table;
import org.kizuna.store.importing.GivenRows;
import org.kizuna.store.importing.ImportReport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Batches of contract rows, {@code {"rows": [{...}]}}, whose fields are the columns of the table's file: the
 * same checks as {@code kizuna import}, all or nothing, a row with a stored key replacing the stored row.
 */
@RestController
@RequestMapping(path = "/api/v1/ingest", produces = MediaType.APPLICATION_JSON_VALUE)
class IngestController implements IngestApi {

    private final IngestService ingest;

    IngestController(IngestService ingest) {
        this.ingest = ingest;
    }

    @Override
    @PostMapping("/customers")
    public String customers(HttpServletRequest request) {
        return ingest(DataContract.CUSTOMERS, request);
    }

    @Override
    @PostMapping("/events")
    public String events(HttpServletRequest request) {
        return ingest(DataContract.EVENTS, request);
    }

    @Override
    @PostMapping("/survey-responses")
    public String surveyResponses(HttpServletRequest request) {
        return ingest(DataContract.SURVEY_RESPONSES, request);
    }

    private String ingest(Table table, HttpServletRequest request) {
        JsonNode rows = JsonBody.read(request).get("rows");
        if (rows == null || !rows.isArray()) {
            throw RejectedBatch.unreadable("the body must be {\"rows\": [...]}, a list of " + table.name() + " rows");
        }
        if (rows.size() > IngestService.MAX_ROWS) {
            throw new RejectedBatch(
                    413,
                    rows.size() + " rows is more than the " + IngestService.MAX_ROWS
                            + " a batch may hold; send them in smaller batches",
                    List.of(),
                    0);
        }
        List<Map<String, Object>> values = new ArrayList<>();
        List<RejectedBatch.BatchProblem> notObjects = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isObject()) {
                values.add(IngestService.values(rows.get(i)));
            } else {
                notObjects.add(new RejectedBatch.BatchProblem(
                        "row", (long) i, null, "the row is not a JSON object of column names and values"));
            }
        }
        if (!notObjects.isEmpty()) {
            throw new RejectedBatch(
                    400,
                    "Nothing was stored: " + notObjects.size() + " rows are not JSON objects.",
                    notObjects,
                    notObjects.size());
        }
        ImportReport report = ingest.store(
                List.of(GivenRows.replacing(table, values)),
                field -> new RejectedBatch.BatchProblem("row", field.row(), field.column(), field.reason()));
        ImportReport.TableSummary summary = report.tables().get(0);
        ObjectNode body = IngestService.counts(summary.rows(), summary.replaced());
        IngestService.notices(body, report);
        return IngestService.text(body);
    }
}
