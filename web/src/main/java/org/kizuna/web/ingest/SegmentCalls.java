package org.kizuna.web.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Segment's tracking calls as contract rows. A {@code track} is an {@code events} row; a {@code group}, and an
 * {@code identify} that names its company, describe a customer; other calls ({@code page}, {@code screen},
 * {@code alias}, an {@code identify} of a person alone) have no table in the data format and are counted as
 * ignored. Each row remembers which call it came from and where each of its columns was found, so that a
 * problem can name the call's index and its field. Customers named by several calls of a batch become one
 * row (later calls' values win); a track sent twice in a batch is stored once.
 */
final class SegmentCalls {

    /** Where a row came from: the call's index in the batch, and each column's field in Segment's terms. */
    record Origin(long item, Map<String, String> fields) {}

    /** A contract row and its origin. */
    record Mapped(Map<String, Object> row, Origin origin) {}

    static final Set<String> TYPES = Set.of("identify", "track", "group", "page", "screen", "alias");

    /** Customer columns a trait of the same name fills, besides the reserved traits mapped below. */
    private static final List<String> CUSTOMER_COLUMNS = List.of(
            "name",
            "signup_date",
            "churned_at",
            "plan",
            "region",
            "country",
            "language",
            "industry",
            "company_size",
            "acquisition_channel",
            "age_band",
            "gender",
            "referred_by",
            "seats");

    private final ZoneId zone;
    private final Map<String, Mapped> customers = new LinkedHashMap<>();
    private final Map<String, Mapped> events = new LinkedHashMap<>();
    private final List<RejectedBatch.BatchProblem> problems = new ArrayList<>();
    private int ignored;

    SegmentCalls(ZoneId zone) {
        this.zone = zone;
    }

    List<Mapped> customers() {
        return List.copyOf(customers.values());
    }

    List<Mapped> events() {
        return List.copyOf(events.values());
    }

    /** Calls that could not be read at all (not an object, no or an unknown type). */
    List<RejectedBatch.BatchProblem> problems() {
        return problems;
    }

    int ignored() {
        return ignored;
    }

    /**
     * Adds one call.
     *
     * @param index its position in the batch
     * @param call the call
     * @param type its type when the endpoint says it ({@code /track}), else null to read its {@code type}
     * @param batchContext the batch's {@code context}, which applies to every call without its own
     */
    void add(long index, JsonNode call, String type, JsonNode batchContext) {
        if (!call.isObject()) {
            problems.add(new RejectedBatch.BatchProblem("item", index, null, "the call is not a JSON object"));
            return;
        }
        String kind = type != null ? type : text(call.get("type"));
        if (kind == null) {
            problems.add(new RejectedBatch.BatchProblem("item", index, "type", "a value is required"));
            return;
        }
        kind = kind.strip().toLowerCase(java.util.Locale.ROOT);
        if (!TYPES.contains(kind)) {
            problems.add(new RejectedBatch.BatchProblem(
                    "item",
                    index,
                    "type",
                    "\"" + kind + "\" is not a Segment call (" + String.join(", ", TYPES) + ")"));
            return;
        }
        JsonNode context = call.has("context") ? call.get("context") : batchContext;
        switch (kind) {
            case "track" -> track(index, call, context);
            case "group" -> customer(index, call.get("groupId"), "groupId", call.get("traits"), "traits");
            case "identify" -> identify(index, call, context);
            default -> ignored++;
        }
    }

    private void track(long index, JsonNode call, JsonNode context) {
        Map<String, Object> row = new LinkedHashMap<>();
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode properties = call.path("properties");
        first(row, fields, "customer_id", new Object[][] {
            {context == null ? null : context.get("groupId"), "context.groupId"},
            {properties.get("customer_id"), "properties.customer_id"},
            {context == null ? null : context.path("traits").path("company").get("id"), "context.traits.company.id"}
        });
        first(row, fields, "user_id", new Object[][] {
            {call.get("userId"), "userId"}, {call.get("anonymousId"), "anonymousId"}
        });
        first(row, fields, "occurred_at", new Object[][] {
            {call.get("timestamp"), "timestamp"}, {call.get("originalTimestamp"), "originalTimestamp"}
        });
        first(row, fields, "event", new Object[][] {{call.get("event"), "event"}});
        for (String column : List.of("session_id", "duration_seconds", "feature", "prompted_by")) {
            first(row, fields, column, new Object[][] {{properties.get(column), "properties." + column}});
        }
        first(row, fields, "channel", new Object[][] {
            {properties.get("channel"), "properties.channel"}, {call.get("channel"), "channel"}
        });
        // A call sent twice (a retry) is one event: the key of events decides, as it does between batches.
        String key = String.join(
                "\u001f",
                String.valueOf(row.get("customer_id")),
                String.valueOf(row.get("user_id")),
                String.valueOf(row.get("occurred_at")),
                String.valueOf(row.get("event")));
        events.remove(key);
        events.put(key, new Mapped(row, new Origin(index, fields)));
    }

    private void identify(long index, JsonNode call, JsonNode context) {
        JsonNode company = call.path("traits").path("company");
        if (company.isObject() && company.hasNonNull("id")) {
            customer(index, company.get("id"), "traits.company.id", company, "traits.company");
        } else if (context != null && context.hasNonNull("groupId") && company.isObject()) {
            customer(index, context.get("groupId"), "context.groupId", company, "traits.company");
        } else {
            ignored++;
        }
    }

    /** A customer row from a company's id and traits; a customer already named in the batch takes them over. */
    private void customer(long index, JsonNode id, String idField, JsonNode traits, String traitsField) {
        String customerId = text(id);
        Map<String, Object> row = new LinkedHashMap<>();
        Map<String, String> fields = new LinkedHashMap<>();
        Mapped earlier = customerId == null ? null : customers.get(customerId);
        if (earlier != null) {
            row.putAll(earlier.row());
            fields.putAll(earlier.origin().fields());
        }
        row.put("customer_id", customerId);
        fields.put("customer_id", idField);
        if (traits != null && traits.isObject()) {
            for (String column : CUSTOMER_COLUMNS) {
                set(row, fields, column, traits.get(column), traitsField + "." + column);
            }
            set(row, fields, "signup_date", date(traits.get("createdAt")), traitsField + ".createdAt");
            set(row, fields, "signup_date", date(traits.get("created_at")), traitsField + ".created_at");
            set(row, fields, "company_size", traits.get("employees"), traitsField + ".employees");
            set(row, fields, "company_size", traits.get("employee_count"), traitsField + ".employee_count");
            set(row, fields, "country", traits.path("address").get("country"), traitsField + ".address.country");
        }
        // A new customer needs a signup date: name the trait that gives one.
        fields.putIfAbsent("signup_date", traitsField + ".createdAt");
        String key = customerId == null ? "\u0000item " + index : customerId;
        customers.remove(key);
        customers.put(key, new Mapped(row, new Origin(index, fields)));
    }

    /** Sets the column from the first of the candidates ({value, field} pairs) that holds a value. */
    private static void first(Map<String, Object> row, Map<String, String> fields, String column, Object[][] from) {
        for (Object[] candidate : from) {
            JsonNode value = (JsonNode) candidate[0];
            if (value != null && !value.isNull() && !value.isMissingNode()) {
                set(row, fields, column, value, (String) candidate[1]);
                return;
            }
        }
        // Absent: the store names the column's first field when the column is required.
        fields.put(column, (String) from[0][1]);
    }

    private static void set(
            Map<String, Object> row, Map<String, String> fields, String column, Object value, String field) {
        if (value == null || (value instanceof JsonNode node && (node.isNull() || node.isMissingNode()))) {
            return;
        }
        row.put(column, value instanceof JsonNode node ? plain(node) : value);
        fields.put(column, field);
    }

    /** A JSON value as the importer takes it: text, decimal or boolean; objects and lists as they are. */
    private static Object plain(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return JsonBody.JSON.convertValue(node, Object.class);
    }

    /**
     * Segment's {@code createdAt} is a timestamp; the data format's signup date is the customer's calendar
     * day in the workspace's time zone. Text that is not a timestamp is passed on for the checks to judge.
     */
    private JsonNode date(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return value;
        }
        String text = value.textValue().strip();
        try {
            LocalDate day = OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate();
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(day.toString());
        } catch (DateTimeParseException notATimestamp) {
            return value;
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.isContainerNode() ? null : node.asText();
    }
}
