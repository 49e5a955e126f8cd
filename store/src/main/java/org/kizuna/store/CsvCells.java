package org.kizuna.store;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells of the CSV files Kizuna writes for people (metrics, customers, surveys, responses, links, timelines,
 * import history), made safe to open in a spreadsheet. Excel and LibreOffice read a cell starting with {@code
 * =}, {@code +}, {@code -} or {@code @} (or with a tab or carriage return before one) as a formula, so a survey
 * comment or a customer attribute written as {@code =HYPERLINK(…)} would become a live formula in the file of
 * whoever opens it. Such text is written behind an apostrophe, the spreadsheets' mark for "text follows";
 * numbers, negative ones included, are written as they are. Files written for the importer itself are not
 * changed.
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private CsvCells() {}

    /** The text as a spreadsheet shows it, not as a formula; null stays null. */
    public static String cell(String text) {
        if (text == null
                || text.isEmpty()
                || !formulaLike(text)
                || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** Writes a record of the texts, each as {@link #cell} gives it. */
    public static void write(CsvWriter csv, String... texts) {
        csv.writeRecord(cells(texts));
    }

    /** Writes a record of the texts, each as {@link #cell} gives it. */
    public static void write(CsvWriter csv, List<String> texts) {
        csv.writeRecord(cells(texts));
    }

    /** {@link #cell} of each text, in order. */
    public static String[] cells(String... texts) {
        String[] cells = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            cells[i] = cell(texts[i]);
        }
        return cells;
    }

    /** {@link #cell} of each text, in order. */
    public static List<String> cells(List<String> texts) {
        List<String> cells = new ArrayList<>(texts.size());
        for (String text : texts) {
            cells.add(cell(text));
        }
        return cells;
    }

    private static boolean formulaLike(String text) {
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
