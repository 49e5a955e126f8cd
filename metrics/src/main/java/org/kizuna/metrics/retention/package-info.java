/**
 * Retention and churn: metrics computed from customers' activity at the period's start (the day before its first day) and on its last day. The
 * store decides who is active on a day; who counts as lost or retained is decided here.
 */
package org.kizuna.metrics.retention;
