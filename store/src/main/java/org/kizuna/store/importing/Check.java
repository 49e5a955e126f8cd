package org.kizuna.store.importing;

/**
 * One rule a staged row must satisfy, as SQL over the row alias {@code r} (and any joins its table adds).
 *
 * @param column the column a violation is reported at
 * @param violated SQL that is true when the row breaks the rule
 * @param reason SQL text expression that says why, in words
 */
record Check(String column, String violated, String reason) {}
