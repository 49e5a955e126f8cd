package org.kizuna.metrics.cohort;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A cohort table: one row per signup month, one cell per month since signup, each the chosen measure. Built
 * from the store's tallies; the measure's rule is {@link CohortMeasure}'s.
 *
 * @param measure what each cell shows
 * @param unit the cells' unit (a currency code for MRR)
 * @param rows the cohorts, oldest first
 */
public record CohortTable(CohortMeasure measure, String unit, List<Row> rows) {

    public CohortTable {
        rows = List.copyOf(rows);
    }

    /**
     * One cohort.
     *
     * @param cohort the signup month
     * @param customers customers who signed up in it
     * @param cells the measure for month 0 (the signup month), 1, 2 …; null where there is no data
     */
    public record Row(String cohort, long customers, List<BigDecimal> cells) {

        public Row {
            cells = Collections.unmodifiableList(new ArrayList<>(cells));
        }
    }

    public static CohortTable of(CohortMeasure measure, String reportingCurrency, List<CohortTally> tallies) {
        Map<String, Map<Integer, CohortTally>> byCohort = new TreeMap<>();
        for (CohortTally tally : tallies) {
            byCohort.computeIfAbsent(tally.cohort(), c -> new TreeMap<>()).put(tally.monthsSinceSignup(), tally);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, CohortTally>> cohort : byCohort.entrySet()) {
            CohortTally first = cohort.getValue().get(0);
            if (first == null) {
                continue;
            }
            List<BigDecimal> cells = new ArrayList<>();
            for (CohortTally cell : cohort.getValue().values()) {
                cells.add(measure.value(cell, first));
            }
            rows.add(new Row(cohort.getKey(), first.customers(), cells));
        }
        return new CohortTable(measure, measure.unit(reportingCurrency), rows);
    }
}
