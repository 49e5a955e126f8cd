/**
 * Retention and churn: metrics computed from customers' activity at the period's start (the day before its
 * first day) and on its last day, from MRR movements, customer lifetimes, repeat purchases and churn-risk
 * signals. The store decides who is active on a day and tallies the rest; who counts as lost, retained,
 * at risk or a repeat buyer is decided here.
 */
package org.kizuna.metrics.retention;
