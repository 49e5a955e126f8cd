package org.kizuna.metrics.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.ValueCount;

class TimeOnSiteTest {

    private final TimeOnSite timeOnSite = new TimeOnSite();

    private static ValueCount sessions(String segment, String seconds, long count) {
        return new ValueCount(segment, new BigDecimal(seconds), count);
    }

    @Test
    void givesTheMeanInMinutesWithTheMedianBeside() {
        MetricResult result = timeOnSite
                .compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withEngagement(new InMemoryEngagementInputs()
                                .withDurations(
                                        sessions(null, "120", 3), sessions(null, "300", 1), sessions(null, "600", 2))))
                .get(0);

        // 3 × 120 + 300 + 2 × 600 = 1860 s over 6 sessions = 310 s = 5.166… min → 5.17
        assertThat(result.value()).isEqualByComparingTo("5.17");
        assertThat(result.unit()).isEqualTo("minutes");
        assertThat(result.numerator()).isEqualByComparingTo("31.00"); // 1860 s
        assertThat(result.denominator()).isEqualByComparingTo("6");
        // sorted 120 120 120 300 600 600: rank 0.5 × 5 = 2.5, halfway from 120 to 300 = 210 s = 3.5 min
        assertThat(result.parts())
                .containsEntry("median_minutes", new BigDecimal("3.50"))
                .containsEntry("sessions", 6L);
    }

    @Test
    void reportsNoDataWithoutMeasuredSessions() {
        MetricResult result =
                timeOnSite.compute(Requests.wholeBase("2024-06"), inputs()).get(0);

        assertThat(result.value()).isNull();
        assertThat(result.numerator()).isNull();
        assertThat(result.parts()).containsEntry("median_minutes", null).containsEntry("sessions", 0L);
    }

    @Test
    void mergesTheChannelsDurationsForTheWholeBasesMedian() {
        List<MetricResult> results = timeOnSite.compute(
                Requests.brokenDownBy("channel", "2024-06"),
                inputs().withEngagement(new InMemoryEngagementInputs()
                        .withDurations(
                                sessions("web", "120", 3),
                                sessions("web", "600", 1),
                                sessions("mobile", "300", 1),
                                sessions("mobile", "600", 1))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("channel", "mobile"), Segment.of("channel", "web"));
        // all: 120 120 120 300 600 600 → 210 s; mobile: 300 600 → 450 s; web: 120 120 120 600 → rank 1.5 → 120 s
        assertThat(results)
                .extracting(result -> result.parts().get("median_minutes"))
                .containsExactly(new BigDecimal("3.50"), new BigDecimal("7.50"), new BigDecimal("2.00"));
        // mobile (300 + 600) / 2 = 450 s = 7.5 min; web (360 + 600) / 4 = 240 s = 4 min
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(new BigDecimal("5.17"), new BigDecimal("7.50"), new BigDecimal("4.00"));
    }
}
