package org.kizuna.metrics;

import java.util.Optional;
import org.kizuna.domain.Period;
import org.kizuna.domain.WorkspaceSettings;

/**
 * What a user asked for: a period, optionally broken down by one customer attribute, under a workspace's
 * settings.
 */
public record MetricRequest(Period period, Optional<String> by, WorkspaceSettings settings) {}
