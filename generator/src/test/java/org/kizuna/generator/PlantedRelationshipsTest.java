package org.kizuna.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relationships that docs/demo-data.md promises, measured in the written files the way an analyst would,
 * without looking inside the generator. Each threshold sits well below the planted effect, so a test fails when a
 * mechanism is broken or removed rather than by chance.
 */
class PlantedRelationshipsTest {

    private static final LocalDate UNTIL = LocalDate.of(2025, 5, 31);
    private static final LocalDate HISTORY_START = LocalDate.of(2023, 6, 1);
    private static final int CUSTOMERS = 4_000;

    @TempDir
    static Path out;

    private static Map<String, String[]> customers;
    private static WrittenTable customerTable;
    private static Map<String, List<LocalDate[]>> coverage;
    private static Set<String> churned;
    private static Map<String, Double> meanNps;
    private static Map<String, Integer> sessionsPerCustomer;
    private static Map<LocalDate, Integer> eventsPerDay;
    private static long events;

    @BeforeAll
    static void generate() throws IOException {
        new DemoCompanyGenerator().generate(new GeneratorOptions(CUSTOMERS, 24, 42, UNTIL), out);
        customerTable = WrittenTable.read(out, "customers");
        customers = new HashMap<>();
        for (String[] row : customerTable.rows()) {
            customers.put(row[0], row);
        }
        WrittenTable subscriptions = WrittenTable.read(out, "subscriptions");
        coverage = new HashMap<>();
        Set<String> ongoing = new HashSet<>();
        for (String[] row : subscriptions.rows()) {
            String customer = row[subscriptions.column("customer_id")];
            String end = row[subscriptions.column("end_date")];
            coverage.computeIfAbsent(customer, c -> new ArrayList<>()).add(new LocalDate[] {
                LocalDate.parse(row[subscriptions.column("start_date")]), end.isEmpty() ? null : LocalDate.parse(end)
            });
            if (end.isEmpty()) {
                ongoing.add(customer);
            }
        }
        churned = new HashSet<>(customers.keySet());
        churned.removeAll(ongoing);
        meanNps = meanNpsPerCustomer();
        sessionsPerCustomer = new HashMap<>();
        eventsPerDay = new HashMap<>();
        List<String> header = WrittenTable.stream(out, "events", row -> {
            events++;
            eventsPerDay.merge(LocalDate.parse(row[2].substring(0, 10)), 1, Integer::sum);
            if (row[3].equals("session_start")) {
                sessionsPerCustomer.merge(row[0], 1, Integer::sum);
            }
        });
        assertThat(header.subList(0, 4)).containsExactly("customer_id", "user_id", "occurred_at", "event");
    }

    private static Map<String, Double> meanNpsPerCustomer() {
        WrittenTable surveys = WrittenTable.read(out, "surveys");
        Set<String> npsSurveys = new HashSet<>();
        for (String[] row : surveys.rows()) {
            if (row[surveys.column("type")].equals("nps")) {
                npsSurveys.add(row[surveys.column("survey_id")]);
            }
        }
        WrittenTable responses = WrittenTable.read(out, "survey_responses");
        Map<String, double[]> sums = new HashMap<>();
        for (String[] row : responses.rows()) {
            if (npsSurveys.contains(row[responses.column("survey_id")])) {
                double[] sum = sums.computeIfAbsent(row[responses.column("customer_id")], c -> new double[2]);
                sum[0] += Double.parseDouble(row[responses.column("score")]);
                sum[1]++;
            }
        }
        Map<String, Double> means = new HashMap<>();
        sums.forEach((customer, sum) -> means.put(customer, sum[0] / sum[1]));
        return means;
    }

    private static LocalDate signup(String customer) {
        return LocalDate.parse(customers.get(customer)[customerTable.column("signup_date")]);
    }

    private static String attribute(String customer, String column) {
        return customers.get(customer)[customerTable.column(column)];
    }

    private static boolean activeOn(String customer, LocalDate day) {
        for (LocalDate[] period : coverage.getOrDefault(customer, List.of())) {
            if (!day.isBefore(period[0]) && (period[1] == null || day.isBefore(period[1]))) {
                return true;
            }
        }
        return false;
    }

    /** Churned customers (no subscription in force at the end) / customers in the group. */
    private static double churnShare(Set<String> group) {
        assertThat(group).hasSizeGreaterThan(100);
        return (double) group.stream().filter(churned::contains).count() / group.size();
    }

    @Test
    void detractorsChurnMoreThanPromoters() {
        Set<String> detractors = new HashSet<>();
        Set<String> promoters = new HashSet<>();
        meanNps.forEach((customer, mean) -> {
            if (mean <= 6) {
                detractors.add(customer);
            } else if (mean >= 9) {
                promoters.add(customer);
            }
        });

        // planted: a detractor answer multiplies the renewal hazard by 1.8, a promoter answer by 0.6, so a
        // detractor's hazard is 1.8 / 0.6 = 3 times a promoter's; the shares must differ by more than 2 times
        assertThat(churnShare(detractors)).isGreaterThan(2 * churnShare(promoters));
    }

    @Test
    void promotersReferMore() {
        Map<String, Integer> referralsMade = new HashMap<>();
        for (String referrer : WrittenTable.read(out, "referrals").values("referrer_customer_id")) {
            referralsMade.merge(referrer, 1, Integer::sum);
        }
        double[] promoters = new double[2];
        double[] detractors = new double[2];
        meanNps.forEach((customer, mean) -> {
            double[] group = mean >= 9 ? promoters : mean <= 6 ? detractors : null;
            if (group != null) {
                group[0] += referralsMade.getOrDefault(customer, 0);
                group[1]++;
            }
        });

        // referrals made / customers in the group; planted willingness to refer after a promoter answer 1.0,
        // after a detractor answer 0.05 (0.2 before any answer), so promoters must make over twice as many
        assertThat(promoters[0] / promoters[1]).isGreaterThan(2 * detractors[0] / detractors[1]);
    }

    @Test
    void customersUsingTheProductLittleChurnMore() {
        // one plan, so that plan-level churn rates do not mix in; six months observed, so that a few days of
        // activity do not decide the quartile
        List<String> observed = new ArrayList<>();
        Map<String, Double> sessionsPerThirtyDays = new HashMap<>();
        for (String customer : customers.keySet()) {
            if (!attribute(customer, "plan").equals("starter")
                    || signup(customer).isAfter(UNTIL.minusDays(180))) {
                continue;
            }
            long activeDays = 0;
            for (LocalDate[] period : coverage.get(customer)) {
                activeDays += ChronoUnit.DAYS.between(period[0], period[1] == null ? UNTIL.plusDays(1) : period[1]);
            }
            observed.add(customer);
            sessionsPerThirtyDays.put(customer, sessionsPerCustomer.getOrDefault(customer, 0) * 30.0 / activeDays);
        }
        observed.sort((a, b) -> Double.compare(sessionsPerThirtyDays.get(a), sessionsPerThirtyDays.get(b)));
        int quarter = observed.size() / 4;
        Set<String> lowestQuarter = new HashSet<>(observed.subList(0, quarter));
        Set<String> highestQuarter = new HashSet<>(observed.subList(observed.size() - quarter, observed.size()));

        // planted: a month with under half the typical sessions doubles the hazard at the next renewal
        assertThat(churnShare(lowestQuarter)).isGreaterThan(1.5 * churnShare(highestQuarter));
    }

    @Test
    void slowFirstResponsesAreFollowedByMoreChurn() {
        WrittenTable tickets = WrittenTable.read(out, "tickets");
        int[] slow = new int[2];
        int[] fast = new int[2];
        for (String[] row : tickets.rows()) {
            String customer = row[tickets.column("customer_id")];
            String firstResponse = row[tickets.column("first_response_at")];
            OffsetDateTime opened = OffsetDateTime.parse(row[tickets.column("opened_at")]);
            String plan = attribute(customer, "plan");
            // starter and standard customers mostly renew monthly, so a renewal falls within the 90 days after
            boolean monthlyPlans = plan.equals("starter") || plan.equals("standard");
            if (firstResponse.isEmpty() || opened.toLocalDate().isAfter(UNTIL.minusDays(90)) || !monthlyPlans) {
                continue;
            }
            boolean waitedADay = Duration.between(opened, OffsetDateTime.parse(firstResponse))
                            .toHours()
                    >= 24;
            int[] group = waitedADay ? slow : fast;
            group[0] += activeOn(customer, opened.toLocalDate().plusDays(90)) ? 0 : 1;
            group[1]++;
        }

        // lost within 90 days = tickets whose customer has no subscription 90 days after opening / tickets;
        // planted: a first response over 24 hours doubles the hazard of the renewals in the following 90 days
        assertThat(slow[1]).isGreaterThan(100);
        assertThat((double) slow[0] / slow[1]).isGreaterThan(1.3 * fast[0] / fast[1]);
    }

    @Test
    void customersOnboardedOnTimeChurnLess() {
        WrittenTable onboarding = WrittenTable.read(out, "onboarding");
        Set<String> observed = new HashSet<>();
        Set<String> late = new HashSet<>();
        for (String[] row : onboarding.rows()) {
            String customer = row[0];
            LocalDate signup = signup(customer);
            if (signup.isAfter(UNTIL.minusDays(120))) {
                continue;
            }
            observed.add(customer);
            String completed = row[onboarding.column("completed_at")];
            boolean onTime = !completed.isEmpty()
                    && !OffsetDateTime.parse(completed).toLocalDate().isAfter(signup.plusDays(30));
            if (row[onboarding.column("required")].equals("true") && !onTime) {
                late.add(customer);
            }
        }
        Set<String> onTime = new HashSet<>(observed);
        onTime.removeAll(late);

        // planted: every required milestone within 30 days multiplies the hazard by 0.7, otherwise by 1.3, a
        // ratio of 1.3 / 0.7 = 1.86; the late customers' share must be over 1.5 times the punctual ones'
        assertThat(churnShare(late)).isGreaterThan(1.5 * churnShare(onTime));
    }

    @Test
    void marchBringsMoreSignupsPerDay() {
        Map<Month, Integer> signups = new HashMap<>();
        Map<Month, Integer> days = new HashMap<>();
        customers.keySet().forEach(customer -> signups.merge(signup(customer).getMonth(), 1, Integer::sum));
        HISTORY_START.datesUntil(UNTIL.plusDays(1)).forEach(day -> days.merge(day.getMonth(), 1, Integer::sum));
        double march = perDay(signups, days, Month.MARCH);
        double neighbours = (perDay(signups, days, Month.FEBRUARY) + perDay(signups, days, Month.APRIL)) / 2;

        // signups per calendar day; planted month weights March 1.8, February 1.0, April 1.2, so March should
        // be 1.8 / 1.1 = 1.6 times its neighbours' mean; asserted over 1.3 times
        assertThat(march).isGreaterThan(1.3 * neighbours);
    }

    private static double perDay(Map<Month, Integer> counts, Map<Month, Integer> days, Month month) {
        return (double) counts.getOrDefault(month, 0) / days.get(month);
    }

    @Test
    void marchBringsMoreChurn() {
        Map<Month, Integer> lost = new HashMap<>();
        Map<Month, Integer> activeAtStart = new HashMap<>();
        for (String customer : coverage.keySet()) {
            for (LocalDate[] period : coverage.get(customer)) {
                if (period[1] != null && !activeOn(customer, period[1])) {
                    lost.merge(period[1].getMonth(), 1, Integer::sum);
                }
            }
            for (LocalDate first = HISTORY_START; first.isBefore(UNTIL); first = first.plusMonths(1)) {
                if (activeOn(customer, first)) {
                    activeAtStart.merge(first.getMonth(), 1, Integer::sum);
                }
            }
        }
        double march = (double) lost.get(Month.MARCH) / activeAtStart.get(Month.MARCH);
        double february = (double) lost.get(Month.FEBRUARY) / activeAtStart.get(Month.FEBRUARY);
        double april = (double) lost.get(Month.APRIL) / activeAtStart.get(Month.APRIL);

        // churn rate = customers whose coverage ends in the month / customers active on its first day, summed
        // over both years; planted: renewals in March carry 1.8 times the hazard
        assertThat(march).isGreaterThan(1.3 * (february + april) / 2);
    }

    @Test
    void usageQuietensInObonAndAtNewYear() {
        List<LocalDate> obon = List.of(LocalDate.of(2023, 8, 13), LocalDate.of(2024, 8, 13));
        List<LocalDate> newYear = List.of(LocalDate.of(2023, 12, 30), LocalDate.of(2024, 12, 30));

        // events on the holiday days / events on the same weekdays one week later; planted usage per day:
        // Obon 0.30 and New Year 0.12 of an ordinary day of the same weekday
        assertThat(ratioToAWeekLater(obon, 4)).isLessThan(0.6);
        assertThat(ratioToAWeekLater(newYear, 5)).isLessThan(0.4);
    }

    private static double ratioToAWeekLater(List<LocalDate> firstDays, int days) {
        double holiday = 0;
        double weekLater = 0;
        for (LocalDate first : firstDays) {
            for (int d = 0; d < days; d++) {
                holiday += eventsPerDay.getOrDefault(first.plusDays(d), 0);
                weekLater += eventsPerDay.getOrDefault(first.plusDays(d + 7), 0);
            }
        }
        return holiday / weekLater;
    }

    @Test
    void logsAboutAHundredEventsPerCustomer() {
        // the volume the product is sized for: 100 k customers give about 10 M events
        assertThat((double) events / CUSTOMERS).isBetween(70.0, 130.0);
    }
}
