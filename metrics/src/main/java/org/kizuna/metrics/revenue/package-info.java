/**
 * Revenue and value: metrics computed from monthly recurring revenue, orders and costs. The store sums each
 * customer's MRR on two days, orders per customer and kind, and costs per category and tag; how a change is
 * classified (new, expansion, churned …), what CLV adds up and how costs are apportioned to segments are
 * decided here. A workspace without subscriptions has no MRR, and the MRR metrics report "no data" for it.
 */
package org.kizuna.metrics.revenue;
