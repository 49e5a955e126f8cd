package org.kizuna.metrics.engagement;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Feature names as part names spell them, in snake_case: a lower-case letter or digit followed by an upper-case
 * letter is split with {@code _} ({@code aiAssistant} → {@code ai_assistant}), everything is lower-cased, each run
 * of characters other than letters, marks and digits becomes one {@code _} and none is left at either end; a
 * name left empty is {@code unnamed}. Letters of any script are kept, so that {@code レポート作成} stays
 * readable. Names that would collide take {@code _2}, {@code _3} … in the natural order of the original names.
 */
final class FeatureNames {

    static final String UNNAMED = "unnamed";

    private FeatureNames() {}

    /** Each feature's part name, in the natural order of the features. */
    static Map<String, String> of(Collection<String> features) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String feature : new TreeSet<>(features)) {
            String base = snakeCase(feature);
            String name = base;
            for (int n = 2; taken.contains(name); n++) {
                name = base + "_" + n;
            }
            taken.add(name);
            names.put(feature, name);
        }
        return names;
    }

    static String snakeCase(String feature) {
        String words =
                feature.replaceAll("([\\p{Ll}\\p{Nd}])(\\p{Lu})", "$1_$2").toLowerCase(Locale.ROOT);
        String snake = words.replaceAll("[^\\p{L}\\p{M}\\p{Nd}]+", "_").replaceAll("^_+|_+$", "");
        return snake.isEmpty() ? UNNAMED : snake;
    }
}
