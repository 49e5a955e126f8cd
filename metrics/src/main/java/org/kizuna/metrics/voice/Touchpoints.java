package org.kizuna.metrics.voice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kizuna.metrics.ScoreCount;

/**
 * Survey score counts grouped by the touchpoint their survey belongs to, named as output parts name them:
 * in natural order, with responses to surveys without a touchpoint last under {@code none}.
 */
final class Touchpoints {

    static final String NONE = "none";

    private Touchpoints() {}

    static Map<String, List<ScoreCount>> group(List<ScoreCount> rows) {
        Map<String, List<ScoreCount>> named = rows.stream()
                .filter(row -> row.touchpoint() != null && !row.touchpoint().equals(NONE))
                .collect(Collectors.groupingBy(ScoreCount::touchpoint, TreeMap::new, Collectors.toList()));
        // A touchpoint literally called "none" and no touchpoint at all would otherwise produce one part name
        // twice; both mean "not tied to a touchpoint", so they are reported together.
        List<ScoreCount> none = rows.stream()
                .filter(row -> row.touchpoint() == null || row.touchpoint().equals(NONE))
                .toList();
        Map<String, List<ScoreCount>> grouped = new LinkedHashMap<>(named);
        if (!none.isEmpty()) {
            grouped.put(NONE, none);
        }
        return grouped;
    }
}
