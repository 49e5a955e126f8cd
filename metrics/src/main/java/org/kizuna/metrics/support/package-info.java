/** Support, onboarding and education: response and resolution times, onboarding success, courses completed. */
package org.kizuna.metrics.support;
