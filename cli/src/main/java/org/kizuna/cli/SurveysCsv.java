package org.kizuna.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kizuna.metrics.MetricResult;
import org.kizuna.store.CsvCells;
import org.kizuna.store.survey.Survey;
import org.kizuna.store.survey.SurveyType;

/**
 * The survey list as CSV, one row per survey with the fields of the JSON contract's {@code surveys} array in
 * the same order and under the same names; the {@code score} object's fields become {@code score_metric},
 * {@code score_value}, {@code score_unit} and {@code score_denominator}, empty for a survey without a score.
 * What {@code kizuna survey list --format csv} prints and the surveys page downloads.
 */
public final class SurveysCsv {

    private SurveysCsv() {}

    public static String write(List<Survey> surveys, Map<String, MetricResult> scores, String currency) {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            // The JSON's field names, read off an empty survey so that an empty list has its header too.
            Survey blank = new Survey(
                    "",
                    SurveyType.NPS,
                    BigDecimal.ZERO,
                    BigDecimal.TEN,
                    Optional.empty(),
                    Optional.empty(),
                    "",
                    "",
                    false,
                    0,
                    0);
            List<String> header = new ArrayList<>();
            SurveysJson.survey(blank, null, currency).fieldNames().forEachRemaining(name -> {
                if (name.equals("score")) {
                    SurveysJson.SCORE_FIELDS.forEach(field -> header.add("score_" + field));
                } else {
                    header.add(name);
                }
            });
            csv.writeRecord(header);
            for (Survey survey : surveys) {
                ObjectNode node = SurveysJson.survey(survey, scores.get(survey.id()), currency);
                List<String> row = new ArrayList<>();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    if (field.getKey().equals("score")) {
                        for (String part : SurveysJson.SCORE_FIELDS) {
                            row.add(cell(field.getValue().path(part)));
                        }
                    } else {
                        row.add(cell(field.getValue()));
                    }
                }
                CsvCells.write(csv, row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** A JSON value as a cell: numbers written out in full, null (or missing) as an empty cell. */
    private static String cell(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return "";
        }
        return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
    }
}
