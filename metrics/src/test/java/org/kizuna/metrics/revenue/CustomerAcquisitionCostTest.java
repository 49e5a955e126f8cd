package org.kizuna.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;
import static org.kizuna.metrics.revenue.ValueRows.audience;
import static org.kizuna.metrics.revenue.ValueRows.cost;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class CustomerAcquisitionCostTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");
    private static final MetricRequest BY_CHANNEL = Requests.brokenDownBy("acquisition_channel", "2024-06");

    private final CustomerAcquisitionCost cac = new CustomerAcquisitionCost();

    @Test
    void dividesMarketingAndSalesCostsByTheCustomersAcquired() {
        InMemoryValueInputs value = new InMemoryValueInputs()
                .withCosts(
                        cost("marketing", "900.00"),
                        cost("marketing", "300.00").taggedWith("acquisition_channel", "ads"),
                        cost("sales", "600.00"),
                        cost("retention", "500.00"));

        MetricResult result = cac.compute(
                        JUNE,
                        inputs().withActivity(
                                        customers(6).acquired().activeAtEnd(),
                                        customers(10).activeAtStart().activeAtEnd())
                                .withValue(value))
                .get(0);

        // (900 + 300 + 600) / 6 acquired = 300; the retention cost is no acquisition cost
        assertThat(result.value()).isEqualByComparingTo("300.00");
        assertThat(result.numerator()).isEqualByComparingTo("1800.00");
        assertThat(result.denominator()).isEqualByComparingTo("6");
        assertThat(result.parts())
                .containsEntry("marketing", new BigDecimal("1200.00"))
                .containsEntry("sales", new BigDecimal("600.00"))
                .containsEntry("acquired", 6L);
        assertThat(value.queries("costs")).isEqualTo(1);
        assertThat(value.queries("customerValues")).isZero();
    }

    @Test
    void reportsNoDataWithoutARecordedCost() {
        MetricResult result = cac.compute(
                        JUNE,
                        inputs().withActivity(customers(6).acquired().activeAtEnd())
                                .withValue(new InMemoryValueInputs().withCosts(cost("success", "400.00"))))
                .get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts())
                .containsEntry("marketing", null)
                .containsEntry("sales", null)
                .containsEntry("acquired", 6L);
    }

    @Test
    void reportsNoDataWithoutAcquisitions() {
        MetricResult result = cac.compute(
                        JUNE,
                        inputs().withActivity(customers(4).activeAtStart().activeAtEnd())
                                .withValue(new InMemoryValueInputs().withCosts(cost("marketing", "400.00"))))
                .get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts()).containsEntry("marketing", new BigDecimal("400.00"));
    }

    @Test
    void givesTaggedCostsToTheirChannelAndSharesTheRestByAcquisitions() {
        List<MetricResult> results = cac.compute(
                BY_CHANNEL,
                inputs().withActivity(
                                customers(2).acquired().in("ads"),
                                customers(4).acquired().in("organic"),
                                customers(3).activeAtStart().activeAtEnd().in("organic"))
                        .withValue(new InMemoryValueInputs()
                                .withCosts(
                                        cost("marketing", "300.00").taggedWith("acquisition_channel", "ads"),
                                        cost("marketing", "900.00"),
                                        cost("sales", "600.00").taggedWith("region", "kanto"))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL,
                        Segment.of("acquisition_channel", "ads"),
                        Segment.of("acquisition_channel", "organic"));
        // whole base: (300 + 900 + 600) / 6 = 300
        assertThat(results.get(0).value()).isEqualByComparingTo("300.00");
        // ads: marketing 300 + 900 × 2/6 = 600, sales (tagged with another attribute) 600 × 2/6 = 200; 800 / 2
        assertThat(results.get(1).value()).isEqualByComparingTo("400.00");
        assertThat(results.get(1).parts())
                .containsEntry("marketing", new BigDecimal("600.00"))
                .containsEntry("sales", new BigDecimal("200.00"));
        // organic: marketing 900 × 4/6 = 600, sales 600 × 4/6 = 400; 1000 / 4
        assertThat(results.get(2).value()).isEqualByComparingTo("250.00");
        assertThat(results.get(2).parts())
                .containsEntry("marketing", new BigDecimal("600.00"))
                .containsEntry("sales", new BigDecimal("400.00"))
                .containsEntry("acquired", 4L);
    }

    @Test
    void showsTheSpendOfAChannelThatAcquiredNobody() {
        List<MetricResult> results = cac.compute(
                BY_CHANNEL,
                inputs().withActivity(customers(2).acquired().in("ads"))
                        .withValue(new InMemoryValueInputs()
                                .withCosts(
                                        cost("marketing", "200.00").taggedWith("acquisition_channel", "ads"),
                                        cost("marketing", "100.00").taggedWith("acquisition_channel", "tv"))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL, Segment.of("acquisition_channel", "ads"), Segment.of("acquisition_channel", "tv"));
        assertThat(results.get(0).value()).isEqualByComparingTo("150.00"); // (200 + 100) / 2
        assertThat(results.get(1).value()).isEqualByComparingTo("100.00"); // 200 / 2
        assertThat(results.get(2).value()).isNull();
        assertThat(results.get(2).parts())
                .containsEntry("marketing", new BigDecimal("100.00"))
                .containsEntry("acquired", 0L);
    }

    /**
     * As under {@code --where acquisition_channel=ads}: the filter keeps the 2 ads customers of the 6 acquired
     * (and, among region tags, 1 of the 3 acquired in kanto).
     */
    @Test
    void chargesAFilteredBaseTheShareOfEachCostsAudienceItKeeps() {
        MetricResult result = cac.compute(
                        JUNE,
                        inputs().withActivity(customers(2).acquired().activeAtEnd())
                                .withValue(new InMemoryValueInputs()
                                        .withCosts(
                                                cost("marketing", "300.00").taggedWith("acquisition_channel", "ads"),
                                                cost("marketing", "600.00")
                                                        .taggedWith("acquisition_channel", "organic"),
                                                cost("marketing", "900.00"),
                                                cost("sales", "600.00").taggedWith("region", "kanto"))
                                        .withAudience(
                                                null,
                                                audience(2).acquired().kept(),
                                                audience(4).acquired(),
                                                audience(20).active())
                                        .withAudience(
                                                "acquisition_channel",
                                                audience(2)
                                                        .with("ads")
                                                        .acquired()
                                                        .kept(),
                                                audience(4).with("organic").acquired())
                                        .withAudience(
                                                "region",
                                                audience(1)
                                                        .with("kanto")
                                                        .acquired()
                                                        .kept(),
                                                audience(2).with("kanto").acquired(),
                                                audience(1)
                                                        .with("kansai")
                                                        .acquired()
                                                        .kept())))
                .get(0);

        // marketing: ads 300 × 2/2 + organic 600 × 0/4 + untagged 900 × 2/6 = 300 + 0 + 300 = 600;
        // sales: 600 × 1/3 of kanto's acquisitions = 200; (600 + 200) / 2 acquired
        assertThat(result.parts())
                .containsEntry("marketing", new BigDecimal("600.00"))
                .containsEntry("sales", new BigDecimal("200.00"));
        assertThat(result.value()).isEqualByComparingTo("400.00");
        assertThat(result.convention()).contains("under a --where filter");
    }

    @Test
    void fallsBackOnAllCustomersWhenACostsAudienceAcquiredNobody() {
        MetricResult result = cac.compute(
                        JUNE,
                        inputs().withValue(new InMemoryValueInputs()
                                .withCosts(
                                        cost("marketing", "400.00").taggedWith("acquisition_channel", "tv"),
                                        cost("sales", "100.00"))
                                .withAudience(null, audience(5).kept(), audience(5))
                                .withAudience(
                                        "acquisition_channel",
                                        audience(3).with("tv").kept(),
                                        audience(1).with("tv"))))
                .get(0);

        // nobody acquired anywhere: tv's 400 × 3/4 of its customers = 300; the untagged 100 × 5/10 = 50
        assertThat(result.parts())
                .containsEntry("marketing", new BigDecimal("300.00"))
                .containsEntry("sales", new BigDecimal("50.00"));
        assertThat(result.value()).isNull();
    }
}
