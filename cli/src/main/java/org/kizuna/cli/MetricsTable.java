package org.kizuna.cli;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricResult;

/**
 * Metric results as a text table for people: names in the chosen language, values with their unit, the
 * inputs behind each ratio, and "no data" where a denominator was empty. Aligned for wide (Japanese)
 * characters too.
 */
public final class MetricsTable {

    private MetricsTable() {}

    static String write(List<MetricResult> results, Language language) {
        boolean ja = language == Language.JA;
        List<String[]> rows = new ArrayList<>();
        rows.add(
                ja
                        ? new String[] {"指標", "期間", "セグメント", "値", "目標", "内訳"}
                        : new String[] {"Metric", "Period", "Segment", "Value", "Target", "Inputs"});
        for (MetricResult result : results) {
            MetricDefinition definition =
                    MetricCatalog.find(result.metric()).orElseThrow().definition();
            rows.add(new String[] {
                definition.name(language),
                result.period(),
                segment(result, ja),
                value(result.value(), result.unit(), ja),
                target(result, definition),
                inputs(result)
            });
        }
        return render(rows, java.util.Set.of(3));
    }

    public static String segment(MetricResult result, boolean ja) {
        if (result.segment().isAll()) {
            return ja ? "全体" : "all";
        }
        List<String> parts = new ArrayList<>();
        result.segment()
                .attributes()
                .forEach((attribute, value) ->
                        parts.add(attribute + "=" + (value == null ? (ja ? "(なし)" : "(none)") : value)));
        return String.join(", ", parts);
    }

    public static String value(BigDecimal value, String unit, boolean ja) {
        if (value == null) {
            return ja ? "データなし" : "no data";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(value.scale());
        format.setMaximumFractionDigits(value.scale());
        String number = format.format(value);
        return switch (unit) {
            case "percent" -> number + " %";
            case "points" -> number + " pt";
            case "score", "ratio" -> number;
            case "customers" -> number + (ja ? " 社" : " customers");
            case "users" -> number + (ja ? " 人" : " users");
            case "hours" -> number + (ja ? " 時間" : " h");
            case "days" -> number + (ja ? " 日" : " days");
            case "months" -> number + (ja ? " か月" : " months");
            case "minutes" -> number + (ja ? " 分" : " min");
            case "count" -> number;
            case "per_customer" -> number + (ja ? " / 社" : " per customer");
            default -> number + " " + unit;
        };
    }

    /** The target with the direction that meets it, and whether it is met: {@code ≥ 30 ✓}. */
    public static String target(MetricResult result, MetricDefinition definition) {
        if (result.target() == null) {
            return "";
        }
        String mark = result.targetMet() == null ? "" : result.targetMet() ? " ✓" : " ✗";
        return (definition.higherIsBetter() ? "≥ " : "≤ ") + plain(result.target()) + mark;
    }

    private static String inputs(MetricResult result) {
        if (result.numerator() != null && result.denominator() != null) {
            return plain(result.numerator()) + " / " + plain(result.denominator());
        }
        if (result.denominator() != null) {
            return "n = " + plain(result.denominator());
        }
        return "";
    }

    private static String plain(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    /** Renders rows as aligned columns; the columns named by index are right-aligned (figures). */
    public static String render(List<String[]> rows, java.util.Set<Integer> rightAligned) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int i = 0; i < columns; i++) {
                boolean numeric = rightAligned.contains(i) && r > 0;
                String pad = " ".repeat(widths[i] - width(row[i]));
                text.append(numeric ? pad + row[i] : row[i] + (i == columns - 1 ? "" : pad));
                if (i < columns - 1) {
                    text.append("  ");
                }
            }
            text.append(System.lineSeparator());
            if (r == 0) {
                for (int i = 0; i < columns; i++) {
                    text.append("─".repeat(widths[i])).append(i < columns - 1 ? "  " : "");
                }
                text.append(System.lineSeparator());
            }
        }
        return text.toString();
    }

    /** Terminal columns the text takes: East Asian wide and full-width characters take two. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean wide = (c >= 0x1100 && c <= 0x115F)
                    || (c >= 0x2E80 && c <= 0xA4CF)
                    || (c >= 0xAC00 && c <= 0xD7A3)
                    || (c >= 0xF900 && c <= 0xFAFF)
                    || (c >= 0xFE30 && c <= 0xFE4F)
                    || (c >= 0xFF00 && c <= 0xFF60)
                    || (c >= 0xFFE0 && c <= 0xFFE6)
                    || (c >= 0x20000 && c <= 0x3FFFD);
            width += wide ? 2 : 1;
        }
        return width;
    }
}
