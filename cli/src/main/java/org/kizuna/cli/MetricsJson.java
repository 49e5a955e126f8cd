package org.kizuna.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.kizuna.metrics.MetricResult;

/**
 * Metric results as the output contract's JSON: an array with one object per metric, period and segment.
 * The same text the API serves.
 */
public final class MetricsJson {

    /** The one JSON configuration of the command line's output: plain decimals, indented. */
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private MetricsJson() {}

    public static String write(List<MetricResult> results) {
        ArrayNode array = JSON.createArrayNode();
        for (MetricResult result : results) {
            array.add(node(result));
        }
        return print(array);
    }

    /** A JSON document as the command line prints it, ending with a line break. */
    public static String print(JsonNode node) {
        try {
            return JSON.writeValueAsString(node) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A figure as JSON: a number, text or boolean as it is, null as null. */
    static JsonNode figure(Object value) {
        return JSON.valueToTree(value);
    }

    public static ObjectNode node(MetricResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("metric", result.metric());
        node.put("period", result.period());
        if (result.segment().isAll()) {
            node.putNull("segment");
        } else {
            ObjectNode segment = node.putObject("segment");
            result.segment().attributes().forEach(segment::put);
        }
        node.put("value", result.value());
        node.put("unit", result.unit());
        if (result.parts().isEmpty()) {
            node.putNull("parts");
        } else {
            ObjectNode parts = node.putObject("parts");
            result.parts().forEach((name, value) -> parts.set(name, figure(value)));
        }
        node.put("numerator", result.numerator());
        node.put("denominator", result.denominator());
        node.put("target", result.target());
        if (result.targetMet() == null) {
            node.putNull("target_met");
        } else {
            node.put("target_met", result.targetMet());
        }
        node.put("convention", result.convention());
        return node;
    }
}
