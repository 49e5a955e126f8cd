package org.kizuna.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which customers a result covers: the whole base, or those whose attribute has a value. A customer without
 * the attribute falls in the segment whose value is null.
 */
public record Segment(Map<String, String> attributes) {

    public static final Segment ALL = new Segment(Map.of());

    public Segment {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public static Segment of(String attribute, String value) {
        Map<String, String> one = new LinkedHashMap<>();
        one.put(attribute, value);
        return new Segment(one);
    }

    public boolean isAll() {
        return attributes.isEmpty();
    }
}
