/**
 * Voice of the customer: metrics computed from survey responses and invitations (NPS, CSAT, CES, feedback
 * rate, advocacy index, emotional loyalty). The store supplies score counts per survey and score, and per
 * customer where a metric weighs customers alike; which score counts as a promoter, a satisfied or an easy
 * answer, and how answers on different scales are combined, is decided here.
 */
package org.kizuna.metrics.voice;
