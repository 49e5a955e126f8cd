/** Advocacy, community, social and loyalty: referrals and their conversion, community, mentions, points. */
package org.kizuna.metrics.advocacy;
