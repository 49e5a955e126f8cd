/**
 * Retention and churn: metrics computed from customers' activity on the period's first and last day. The
 * store decides who is active on a day; who counts as lost or retained is decided here.
 */
package org.kizuna.metrics.retention;
