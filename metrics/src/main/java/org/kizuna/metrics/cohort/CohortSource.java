package org.kizuna.metrics.cohort;

import java.time.YearMonth;
import java.util.List;

/** The store's side of cohort tables: one tally per signup cohort and month end, from the cohort on. */
public interface CohortSource {

    /** Tallies of the cohorts signed up from {@code first} to {@code last}, up to {@code last}'s end. */
    List<CohortTally> cohorts(YearMonth first, YearMonth last);
}
