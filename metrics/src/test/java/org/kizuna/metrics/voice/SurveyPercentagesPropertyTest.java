package org.kizuna.metrics.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.kizuna.metrics.InMemoryInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.ScoreCount;

class SurveyPercentagesPropertyTest {

    private static final MetricRequest JUNE_BY_REGION = Requests.brokenDownBy("region", "2024-06");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Property
    void keepsPercentagesBetweenZeroAndHundred(@ForAll("responses") List<ScoreCount> responses) {
        InMemoryInputs inputs = inputs().withSurvey("nps", responses)
                .withSurvey("csat", responses)
                .withSurvey("ces", responses);

        for (MetricResult nps : new NetPromoterScore().compute(JUNE_BY_REGION, inputs)) {
            assertThat(nps.value()).isBetween(HUNDRED.negate(), HUNDRED);
            for (String share : List.of("promoters_pct", "passives_pct", "detractors_pct")) {
                assertThat((BigDecimal) nps.parts().get(share)).isBetween(BigDecimal.ZERO, HUNDRED);
            }
        }
        for (MetricResult csat : new CustomerSatisfaction().compute(JUNE_BY_REGION, inputs)) {
            assertThat(csat.value()).isBetween(BigDecimal.ZERO, HUNDRED);
        }
        for (MetricResult ces : new CustomerEffortScore().compute(JUNE_BY_REGION, inputs)) {
            assertThat((BigDecimal) ces.parts().get("normalised_mean")).isBetween(BigDecimal.ZERO, HUNDRED);
        }
    }

    @Provide
    Arbitrary<List<ScoreCount>> responses() {
        Arbitrary<ScoreCount> row = Arbitraries.of(Tuple.of(0, 10), Tuple.of(1, 10), Tuple.of(1, 5), Tuple.of(1, 7))
                .flatMap(scale -> Combinators.combine(
                                Arbitraries.integers().between(0, (scale.get2() - scale.get1()) * 10),
                                Arbitraries.longs().between(1, 1_000),
                                Arbitraries.of("support", "purchase").injectNull(0.3),
                                Arbitraries.of("kanto", "kansai").injectNull(0.3))
                        .as((tenths, count, touchpoint, region) -> new ScoreCount(
                                region,
                                "survey " + scale.get1() + "-" + scale.get2(),
                                touchpoint,
                                BigDecimal.valueOf(scale.get1()),
                                BigDecimal.valueOf(scale.get2()),
                                null,
                                BigDecimal.valueOf(scale.get1()).add(BigDecimal.valueOf(tenths, 1)),
                                count)));
        return row.list().ofMinSize(1).ofMaxSize(20);
    }
}
