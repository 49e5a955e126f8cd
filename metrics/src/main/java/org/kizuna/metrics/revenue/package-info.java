/**
 * Revenue and value: metrics computed from monthly recurring revenue. The store sums each customer's MRR on
 * two days; how a change is classified (new, expansion, churned …) is decided here. A workspace without
 * subscriptions has no MRR, and these metrics report "no data" for it.
 */
package org.kizuna.metrics.revenue;
