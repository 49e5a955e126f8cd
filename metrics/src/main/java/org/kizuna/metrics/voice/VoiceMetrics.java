package org.kizuna.metrics.voice;

import java.util.List;
import org.kizuna.metrics.Metric;

/** The voice-of-the-customer metrics beyond NPS, CSAT and CES, in the catalogue's order. */
public final class VoiceMetrics {

    public static final List<Metric> ALL =
            List.of(new FeedbackRate(), new CustomerAdvocacyIndex(), new EmotionalLoyalty());

    private VoiceMetrics() {}
}
