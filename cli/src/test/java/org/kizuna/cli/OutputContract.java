package org.kizuna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.kizuna.testkit.CatalogueIds;

/**
 * The machine-readable output contract of {@code metrics.md} and {@code metrics-output.schema.json}, checked by
 * hand, and the comparisons of its figures with expected ones.
 */
final class OutputContract {

    /** The catalogue ids the command line computes. */
    static final List<String> METRIC_IDS = CatalogueIds.SECTIONS_A_TO_F;

    /** Two decimals, rounded: the printed figure is within half a hundredth of the exact one. */
    static final BigDecimal HUNDREDTHS = new BigDecimal("0.005");

    /** Whole yen, rounded: the printed amount is within half a yen of the exact one. */
    static final BigDecimal WHOLE_YEN = new BigDecimal("0.5");

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final Pattern METRIC_ID = Pattern.compile("^[a-z][a-z0-9_]*$");

    private OutputContract() {}

    static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + e.getOriginalMessage() + "\n" + text, e);
        }
    }

    /** Parses the output and checks every element against the schema's rules. */
    static ArrayNode parse(String text) {
        JsonNode root = readTree(text);
        assertThat(root.isArray()).as("the output is a JSON array").isTrue();
        ArrayNode array = (ArrayNode) root;
        assertFollowsSchema(array);
        return array;
    }

    static void assertFollowsSchema(ArrayNode array) {
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String where = "element " + i + " " + element;
            assertThat(element.isObject()).as(where).isTrue();
            for (String required : List.of("metric", "period", "segment", "value", "unit")) {
                assertThat(element.has(required))
                        .as("%s has required key %s", where, required)
                        .isTrue();
            }
            assertThat(element.get("metric").isTextual()).as(where).isTrue();
            assertThat(element.get("metric").asText()).as(where).matches(METRIC_ID);
            assertThat(element.get("period").isTextual()).as(where).isTrue();
            JsonNode segment = element.get("segment");
            assertThat(segment.isNull() || segment.isObject())
                    .as("%s: segment is null or an object", where)
                    .isTrue();
            if (segment.isObject()) {
                segment.fields()
                        .forEachRemaining(field -> assertThat(field.getValue().isTextual()
                                        || field.getValue().isNull())
                                .as("%s: segment value is a string or null", where)
                                .isTrue());
            }
            assertThat(isNumberOrNull(element.get("value")))
                    .as("%s: value is a number or null", where)
                    .isTrue();
            assertThat(element.get("unit").isTextual())
                    .as("%s: unit is a string", where)
                    .isTrue();
            assertThat(element.get("unit").asText()).as(where).isNotBlank();
            JsonNode parts = element.get("parts");
            if (parts != null) {
                assertThat(parts.isNull() || parts.isObject())
                        .as("%s: parts is null or an object", where)
                        .isTrue();
                if (parts.isObject()) {
                    parts.fields()
                            .forEachRemaining(field -> assertThat(isNumberOrNull(field.getValue())
                                            || field.getValue().isTextual())
                                    .as("%s: part %s is a number, string or null", where, field.getKey())
                                    .isTrue());
                }
            }
            for (String numeric : List.of("numerator", "denominator", "target")) {
                if (element.has(numeric)) {
                    assertThat(isNumberOrNull(element.get(numeric)))
                            .as("%s: %s is a number or null", where, numeric)
                            .isTrue();
                }
            }
            if (element.has("target_met")) {
                JsonNode met = element.get("target_met");
                assertThat(met.isNull() || met.isBoolean())
                        .as("%s: target_met", where)
                        .isTrue();
            }
            if (element.has("convention")) {
                JsonNode convention = element.get("convention");
                assertThat(convention.isNull() || convention.isTextual())
                        .as("%s: convention", where)
                        .isTrue();
            }
        }
    }

    private static boolean isNumberOrNull(JsonNode node) {
        return node != null && (node.isNull() || node.isNumber());
    }

    /** The elements of one metric, in output order. */
    static List<JsonNode> elementsOf(ArrayNode array, String metric) {
        List<JsonNode> found = new ArrayList<>();
        array.forEach(element -> {
            if (element.get("metric").asText().equals(metric)) {
                found.add(element);
            }
        });
        return found;
    }

    /** The one element of a metric for the whole customer base. */
    static JsonNode wholeBase(ArrayNode array, String metric) {
        List<JsonNode> whole = elementsOf(array, metric).stream()
                .filter(element -> element.get("segment").isNull())
                .toList();
        assertThat(whole).as("elements of %s for the whole base", metric).hasSize(1);
        return whole.get(0);
    }

    /** The element of a metric for the customers whose attribute has the value (null: customers without it). */
    static Optional<JsonNode> segment(ArrayNode array, String metric, String attribute, String value) {
        List<JsonNode> found = elementsOf(array, metric).stream()
                .filter(element -> element.get("segment").isObject())
                .filter(element -> {
                    JsonNode segment = element.get("segment");
                    return segment.size() == 1
                            && segment.has(attribute)
                            && Objects.equals(
                                    value,
                                    segment.get(attribute).isNull()
                                            ? null
                                            : segment.get(attribute).asText());
                })
                .toList();
        assertThat(found)
                .as("elements of %s for %s=%s", metric, attribute, value)
                .hasSizeLessThanOrEqualTo(1);
        return found.stream().findFirst();
    }

    /** The segment value of an element broken down by one attribute. */
    static String segmentValue(JsonNode element, String attribute) {
        JsonNode segment = element.get("segment");
        assertThat(segment.isObject() && segment.size() == 1 && segment.has(attribute))
                .as("segment of %s", element)
                .isTrue();
        return segment.get(attribute).isNull() ? null : segment.get(attribute).asText();
    }

    // ---- comparing figures ----

    /** A figure that must be the exact one rounded: within the tolerance of it, or null where it is null. */
    static void assertFigure(String what, JsonNode actual, BigDecimal exact, BigDecimal tolerance) {
        assertThat(actual).as("%s is present", what).isNotNull();
        if (exact == null) {
            assertThat(actual.isNull())
                    .as("%s is null (no data), was %s", what, actual)
                    .isTrue();
            return;
        }
        assertThat(actual.isNumber()).as("%s is a number, was %s", what, actual).isTrue();
        BigDecimal difference = actual.decimalValue().subtract(exact).abs();
        assertThat(difference)
                .as("%s: printed %s, independent tally %s", what, actual.decimalValue(), exact.toPlainString())
                .isLessThanOrEqualTo(tolerance);
    }

    /** A count, which must be exact. */
    static void assertCount(String what, JsonNode actual, long expected) {
        assertThat(actual).as("%s is present", what).isNotNull();
        assertThat(actual.isNumber()
                        && actual.decimalValue().stripTrailingZeros().scale() <= 0)
                .as("%s is a whole number, was %s", what, actual)
                .isTrue();
        assertThat(actual.decimalValue().longValueExact())
                .as("%s: printed %s, independent tally %s", what, actual, expected)
                .isEqualTo(expected);
    }

    /** Runs the check on a part the product reports beyond what the contract requires, when it reports it. */
    static void whenReported(JsonNode element, String part, Consumer<JsonNode> check) {
        JsonNode parts = element.get("parts");
        if (parts != null && parts.isObject() && parts.has(part)) {
            check.accept(parts.get(part));
        }
    }

    /** A part the contract requires. */
    static JsonNode requiredPart(JsonNode element, String part) {
        JsonNode parts = element.get("parts");
        assertThat(parts != null && parts.isObject() && parts.has(part))
                .as("%s %s has part %s", element.get("metric").asText(), element.get("segment"), part)
                .isTrue();
        return parts.get(part);
    }

    /** The names of the parts, for checks over every reported part. */
    static List<String> partNames(JsonNode element) {
        List<String> names = new ArrayList<>();
        JsonNode parts = element.get("parts");
        if (parts != null && parts.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = parts.fields();
            fields.forEachRemaining(field -> names.add(field.getKey()));
        }
        return names;
    }
}
