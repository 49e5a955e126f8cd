package org.kizuna.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.kizuna.metrics.MetricResult;

/**
 * Metric results as the output contract's JSON: an array with one object per metric, period and segment.
 * The same text the API serves.
 */
final class MetricsJson {

    /** The one JSON configuration of the command line's output: plain decimals, indented. */
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private MetricsJson() {}

    static String write(List<MetricResult> results) {
        ArrayNode array = JSON.createArrayNode();
        for (MetricResult result : results) {
            array.add(node(result));
        }
        return print(array);
    }

    /** A JSON document as the command line prints it, ending with a line break. */
    static String print(JsonNode node) {
        try {
            return JSON.writeValueAsString(node) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode node(MetricResult result) {
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
            for (Map.Entry<String, Object> part : result.parts().entrySet()) {
                Object value = part.getValue();
                if (value == null) {
                    parts.putNull(part.getKey());
                } else if (value instanceof BigDecimal decimal) {
                    parts.put(part.getKey(), decimal);
                } else if (value instanceof Long count) {
                    parts.put(part.getKey(), count);
                } else if (value instanceof Integer count) {
                    parts.put(part.getKey(), count);
                } else {
                    parts.put(part.getKey(), value.toString());
                }
            }
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
