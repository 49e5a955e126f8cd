/**
 * Engagement and adoption: active users, sessions, features and interactions per channel, computed from
 * product-usage tallies the store aggregates.
 */
package org.kizuna.metrics.engagement;
