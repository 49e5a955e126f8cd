package org.kizuna.metrics.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kizuna.domain.MetricConventions;
import org.kizuna.domain.Period;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class CustomerAdvocacyIndexTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final CustomerAdvocacyIndex cai = new CustomerAdvocacyIndex();

    private static CustomerScores answers(
            String customer, String type, String min, String max, String scoreSum, long responses) {
        return answers(null, customer, type, min, max, scoreSum, responses);
    }

    private static CustomerScores answers(
            String segment, String customer, String type, String min, String max, String scoreSum, long responses) {
        return new CustomerScores(
                segment,
                customer,
                type,
                new BigDecimal(min),
                new BigDecimal(max),
                new BigDecimal(scoreSum),
                responses,
                1);
    }

    /**
     * c1 answered every component: trust 4 on 1–5 → 75; csat 5 and 4 on 1–5 → 100 and 75, mean 87.5;
     * recommend 8 on 0–10 → 80. c2 answered only the NPS question: 6 on 0–10 → recommend 60. c3: trust 7 on
     * 1–7 → 100; recommend 2 on 1–5 → 25 and nps 10 → 100, so recommend = (25 + 100) / 2 = 62.5.
     */
    private static InMemoryVoiceInputs threeCustomers() {
        return new InMemoryVoiceInputs()
                .withCustomerScores(
                        answers("c1", "trust", "1", "5", "4", 1),
                        answers("c1", "csat", "1", "5", "9", 2),
                        answers("c1", "recommend", "0", "10", "8", 1),
                        answers("c2", "nps", "0", "10", "6", 1),
                        answers("c3", "trust", "1", "7", "7", 1),
                        answers("c3", "recommend", "1", "5", "2", 1),
                        answers("c3", "nps", "0", "10", "10", 1));
    }

    @Test
    void averagesEachCustomersAnsweredComponentsThenAveragesCustomers() {
        MetricResult result =
                cai.compute(JUNE, inputs().withVoice(threeCustomers())).get(0);

        // c1 (75 + 87.5 + 80) / 3 = 80.833…; c2 60; c3 (100 + 62.5) / 2 = 81.25
        // (80.833… + 60 + 81.25) / 3 = 74.027… → 74.03
        assertThat(result.value()).isEqualByComparingTo("74.03");
        assertThat(result.unit()).isEqualTo("score");
        assertThat(result.numerator()).isNull();
        assertThat(result.denominator()).isEqualByComparingTo("3");
        assertThat(result.parts().keySet()).containsExactly("customers", "trust", "satisfaction", "recommend");
        assertThat(result.parts())
                .containsEntry("customers", 3L)
                .containsEntry("trust", new BigDecimal("87.50")) // (75 + 100) / 2, c1 and c3
                .containsEntry("satisfaction", new BigDecimal("87.50")) // c1 alone
                .containsEntry("recommend", new BigDecimal("67.50")); // (80 + 60 + 62.5) / 3
    }

    /**
     * Three customers who each answered trust 4 on 1–5 (75) and nps 8 on 0–10 (80), given as one profile of
     * three, and one customer who answered csat 5 on 1–5 (100): each of the four counts once. Index (75 + 80) / 2
     * = 77.5 three times and 100 once: (3 × 77.5 + 100) / 4 = 83.125 → 83.13; trust 75 over the three; recommend
     * 80 over the three; satisfaction 100 over the one.
     */
    @Test
    void aProfileCountsEachOfItsCustomers() {
        MetricResult result = cai.compute(
                        JUNE,
                        inputs().withVoice(new InMemoryVoiceInputs()
                                .withCustomerScores(
                                        alike(3, "trust", "1", "5", "4"),
                                        alike(3, "nps", "0", "10", "8"),
                                        answers("c4", "csat", "1", "5", "5", 1))))
                .get(0);

        assertThat(result.value()).isEqualByComparingTo("83.13");
        assertThat(result.denominator()).isEqualByComparingTo("4");
        assertThat(result.parts())
                .containsEntry("customers", 4L)
                .containsEntry("trust", new BigDecimal("75.00"))
                .containsEntry("satisfaction", new BigDecimal("100.00"))
                .containsEntry("recommend", new BigDecimal("80.00"));
    }

    // One answer of a profile that the given number of customers share.
    private static CustomerScores alike(long customers, String type, String min, String max, String score) {
        return new CustomerScores(
                null,
                "trust 4, nps 8",
                type,
                new BigDecimal(min),
                new BigDecimal(max),
                new BigDecimal(score),
                1,
                customers);
    }

    @Test
    void renormalisesTheWorkspacesWeightsOverTheComponentsACustomerAnswered() {
        MetricConventions weighted = MetricConventions.defaults()
                .withCaiWeights(Map.of(
                        "trust", BigDecimal.valueOf(2), "satisfaction", BigDecimal.ONE, "recommend", BigDecimal.ZERO));
        MetricRequest request = new MetricRequest(
                Period.parse("2024-06"), Optional.empty(), Requests.SETTINGS.withConventions(weighted));

        MetricResult result =
                cai.compute(request, inputs().withVoice(threeCustomers())).get(0);

        // c1 (2 × 75 + 1 × 87.5 + 0 × 80) / 3 = 79.166…; c2 answered only a zero-weight component: no index;
        // c3 (2 × 100 + 0 × 62.5) / 2 = 100; (79.166… + 100) / 2 = 89.583… → 89.58
        assertThat(result.value()).isEqualByComparingTo("89.58");
        assertThat(result.parts())
                .containsEntry("customers", 2L)
                .containsEntry("recommend", new BigDecimal("67.50")); // components still cover every customer
        assertThat(result.convention()).contains("trust 2, satisfaction 1, recommend 0");
    }

    @Test
    void asksOnlyForTrustCsatRecommendAndNpsAnswers() {
        assertThat(CustomerAdvocacyIndex.SURVEY_TYPES).containsExactly("trust", "csat", "recommend", "nps");
        MetricResult result = cai.compute(
                        JUNE,
                        inputs().withVoice(new InMemoryVoiceInputs()
                                .withCustomerScores(
                                        answers("c1", "csat", "1", "5", "3", 1),
                                        answers("c2", "ces", "1", "7", "7", 1))))
                .get(0);

        // c1's csat 3 on 1–5 → 50; c2 answered only a CES survey, which is no component
        assertThat(result.value()).isEqualByComparingTo("50.00");
        assertThat(result.parts()).containsEntry("customers", 1L).containsEntry("trust", null);
    }

    @Test
    void reportsNoDataWithoutAnswers() {
        List<MetricResult> results = cai.compute(Requests.brokenDownBy("plan", "2024-06"), inputs());

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.segment()).isEqualTo(Segment.ALL);
            assertThat(result.value()).isNull();
            assertThat(result.parts())
                    .containsEntry("customers", 0L)
                    .containsEntry("trust", null)
                    .containsEntry("satisfaction", null)
                    .containsEntry("recommend", null);
        });
    }

    @Test
    void breaksDownBySegmentWeighingEachCustomerOnce() {
        List<MetricResult> results = cai.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withVoice(new InMemoryVoiceInputs()
                        .withCustomerScores(
                                answers("pro", "c1", "trust", "1", "5", "5", 1),
                                answers("pro", "c2", "csat", "1", "5", "6", 2),
                                answers("basic", "c3", "nps", "0", "10", "7", 1))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        // c1 trust 5 on 1–5 → 100; c2 two csat answers adding to 6 on 1–5 → (6 − 2) × 100 / 4 / 2 = 50; c3 70
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("73.33"), // (100 + 50 + 70) / 3 = 73.333…
                        new BigDecimal("70.00"),
                        new BigDecimal("75.00")); // (100 + 50) / 2
    }
}
