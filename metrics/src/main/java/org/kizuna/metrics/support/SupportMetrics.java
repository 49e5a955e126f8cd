package org.kizuna.metrics.support;

import java.util.List;
import org.kizuna.metrics.Metric;

/** The support, onboarding and education metrics, in the catalogue's order, for the catalogue to list. */
public final class SupportMetrics {

    public static final List<Metric> ALL = List.of(
            new FirstResponseTime(),
            new ResolutionTime(),
            new ProblemResolutionRate(),
            new SupportRequestFrequency(),
            new OnboardingSuccessRate(),
            new EducationLevel());

    private SupportMetrics() {}
}
