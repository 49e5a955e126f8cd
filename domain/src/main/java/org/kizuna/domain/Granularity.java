package org.kizuna.domain;

/** The kinds of period a metric can be computed for. */
public enum Granularity {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR,
    RANGE
}
