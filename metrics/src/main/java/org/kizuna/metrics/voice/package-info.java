/**
 * Voice of the customer: metrics computed from survey responses (NPS, CSAT, CES). The store supplies score
 * counts per survey and score; which score counts as a promoter, a satisfied or an easy answer is decided
 * here.
 */
package org.kizuna.metrics.voice;
