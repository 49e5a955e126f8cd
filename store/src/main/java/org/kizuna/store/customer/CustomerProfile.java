package org.kizuna.store.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One customer on a day: its key figures, its attributes, its weekly usage and everything that happened,
 * newest first.
 *
 * @param asOf the day
 * @param currency the reporting currency of amounts
 * @param summary the key figures
 * @param attributes every attribute with a value: the columns of customers.csv, then custom ones by name
 * @param usage product events per ISO week, from the first week with an event (at most 52 weeks back) to the
 *     day's week, weeks without events included; empty without events
 * @param timeline what happened up to the day, newest first
 */
public record CustomerProfile(
        LocalDate asOf,
        String currency,
        CustomerSummary summary,
        Map<String, String> attributes,
        List<UsageWeek> usage,
        List<TimelineEntry> timeline) {

    public CustomerProfile {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        usage = List.copyOf(usage);
        timeline = List.copyOf(timeline);
    }
}
