package org.kizuna.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Expected metric figures worked out straight from a data set's CSV files by the definitions of
 * {@code metrics.md} and {@code data-format.md}: one customer, subscription row or survey response at a time,
 * with exact decimal arithmetic. It shares no code with the product.
 */
final class DataSetTally {

    static final MathContext EXACT = MathContext.DECIMAL128;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    record Customer(String id, LocalDate signup, LocalDate churnedAt, String plan) {}

    record Subscription(String id, String customerId, LocalDate start, LocalDate end, BigDecimal mrr, String currency) {

        /** Covered from the start day, up to but not including the end day (data-format.md). */
        boolean covers(LocalDate day) {
            return !day.isBefore(start) && (end == null || day.isBefore(end));
        }
    }

    record Survey(String id, String type, BigDecimal min, BigDecimal max, BigDecimal threshold, String touchpoint) {}

    record Response(String id, Survey survey, String customerId, LocalDate day, BigDecimal score) {}

    /** A closed range of days, labelled as the command line names it. */
    record Span(String label, LocalDate first, LocalDate last) {

        boolean contains(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
    }

    private final String reportingCurrency;
    private final Map<String, Customer> customers = new LinkedHashMap<>();
    private final Map<String, List<Subscription>> subscriptions = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, BigDecimal>> rates = new HashMap<>();
    private final Map<String, Survey> surveys = new LinkedHashMap<>();
    private final List<Response> responses = new ArrayList<>();

    private DataSetTally(String reportingCurrency) {
        this.reportingCurrency = reportingCurrency;
    }

    /** Reads the customers, subscriptions, exchange rates, surveys and responses of a data set folder. */
    static DataSetTally read(Path folder, String reportingCurrency, ZoneId zone) {
        DataSetTally tally = new DataSetTally(reportingCurrency);
        each(folder.resolve("customers.csv"), r -> {
            Customer customer = new Customer(
                    r.getField("customer_id"), date(r, "signup_date"), date(r, "churned_at"), text(r, "plan"));
            tally.customers.put(customer.id(), customer);
        });
        each(
                folder.resolve("fx_rates.csv"),
                r -> tally.rates
                        .computeIfAbsent(r.getField("currency").toUpperCase(Locale.ROOT), c -> new TreeMap<>())
                        .put(date(r, "date"), new BigDecimal(r.getField("rate"))));
        each(folder.resolve("subscriptions.csv"), r -> {
            Subscription subscription = new Subscription(
                    r.getField("subscription_id"),
                    r.getField("customer_id"),
                    date(r, "start_date"),
                    date(r, "end_date"),
                    new BigDecimal(r.getField("mrr")),
                    text(r, "currency"));
            tally.subscriptions
                    .computeIfAbsent(subscription.customerId(), c -> new ArrayList<>())
                    .add(subscription);
        });
        each(folder.resolve("surveys.csv"), r -> {
            Survey survey = new Survey(
                    r.getField("survey_id"),
                    r.getField("type").toLowerCase(Locale.ROOT),
                    new BigDecimal(r.getField("scale_min")),
                    new BigDecimal(r.getField("scale_max")),
                    number(r, "satisfied_threshold"),
                    text(r, "touchpoint"));
            tally.surveys.put(survey.id(), survey);
        });
        each(
                folder.resolve("survey_responses.csv"),
                r -> tally.responses.add(new Response(
                        r.getField("response_id"),
                        Objects.requireNonNull(tally.surveys.get(r.getField("survey_id")), "survey of a response"),
                        r.getField("customer_id"),
                        OffsetDateTime.parse(r.getField("answered_at"))
                                .atZoneSameInstant(zone)
                                .toLocalDate(),
                        new BigDecimal(r.getField("score")))));
        return tally;
    }

    Collection<Customer> customers() {
        return customers.values();
    }

    List<Subscription> subscriptionsOf(Customer customer) {
        return subscriptions.getOrDefault(customer.id(), List.of());
    }

    /** Every distinct plan of the customers file, without the customers that have none. */
    TreeSet<String> plans() {
        TreeSet<String> plans = new TreeSet<>();
        customers.values().stream().map(Customer::plan).filter(Objects::nonNull).forEach(plans::add);
        return plans;
    }

    static Predicate<Customer> everyone() {
        return customer -> true;
    }

    static Predicate<Customer> onPlan(String plan) {
        return customer -> Objects.equals(plan, customer.plan());
    }

    // ---- activity and money, per customer ----

    /** Active on a day: a subscription row covers it, and churned_at (which overrides) is not on or before it. */
    boolean active(Customer customer, LocalDate day) {
        if (churnedBy(customer, day)) {
            return false;
        }
        return subscriptionsOf(customer).stream().anyMatch(s -> s.covers(day));
    }

    /**
     * The customer's MRR on a day, in the reporting currency: the rows covering the day, nothing after churn,
     * rounded half up to whole yen as the catalogue rounds each customer's MRR before adding it up.
     */
    BigDecimal mrrOn(Customer customer, LocalDate day) {
        if (churnedBy(customer, day)) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Subscription s : subscriptionsOf(customer)) {
            if (s.covers(day)) {
                sum = sum.add(inReportingCurrency(s));
            }
        }
        return sum.setScale(0, java.math.RoundingMode.HALF_UP);
    }

    /** Whether the customer had positive MRR on any day up to and including the given one. */
    boolean hadMrrBy(Customer customer, LocalDate day) {
        for (Subscription s : subscriptionsOf(customer)) {
            boolean startedInTime = !s.start().isAfter(day);
            boolean beforeChurn = customer.churnedAt() == null || s.start().isBefore(customer.churnedAt());
            if (startedInTime && beforeChurn && s.mrr().signum() > 0) {
                return true;
            }
        }
        return false;
    }

    /** A row's amount times the latest rate on or before its start date, unless it is in the reporting currency. */
    BigDecimal inReportingCurrency(Subscription s) {
        if (s.currency() == null || s.currency().equalsIgnoreCase(reportingCurrency)) {
            return s.mrr();
        }
        TreeMap<LocalDate, BigDecimal> byDate = rates.get(s.currency().toUpperCase(Locale.ROOT));
        Map.Entry<LocalDate, BigDecimal> rate = byDate == null ? null : byDate.floorEntry(s.start());
        if (rate == null) {
            throw new IllegalStateException("no rate for " + s.currency() + " on or before " + s.start());
        }
        return s.mrr().multiply(rate.getValue());
    }

    boolean isForeign(Subscription s) {
        return s.currency() != null && !s.currency().equalsIgnoreCase(reportingCurrency);
    }

    private static boolean churnedBy(Customer customer, LocalDate day) {
        return customer.churnedAt() != null && !day.isBefore(customer.churnedAt());
    }

    // ---- B. retention and churn ----

    /**
     * Who was active when a period opened and on its last day.
     *
     * @param atStart active at the start: the churn and retention denominator
     * @param atEnd active on the last day
     * @param lost active at the start and not on the last day
     * @param retained active at the start and on the last day
     * @param acquired signed up within the period
     */
    record Activity(long atStart, long atEnd, long lost, long retained, long acquired) {

        BigDecimal churnPercent() {
            return percent(lost, atStart);
        }

        BigDecimal retentionPercent() {
            return percent(retained, atStart);
        }

        /** The textbook form (end − acquired) / start, shown beside the exact one. */
        BigDecimal textbookPercent() {
            return percent(atEnd - acquired, atStart);
        }
    }

    /**
     * The day whose state a period opens with: the day before its first day. The shared catalogue words it as
     * "active on the period's first day"; the product documents (docs/metrics.md) and implements the close of
     * the day before, the same start day its MRR movements use, so that a subscription ending on the 1st is
     * lost in the month it ends and a customer acquired on the first day counts as acquired only.
     */
    static LocalDate startDay(Span period) {
        return period.first().minusDays(1);
    }

    Activity activity(Span period, Predicate<Customer> segment) {
        long atStart = 0;
        long atEnd = 0;
        long lost = 0;
        long retained = 0;
        long acquired = 0;
        for (Customer customer : customers.values()) {
            if (!segment.test(customer)) {
                continue;
            }
            boolean first = active(customer, startDay(period));
            boolean last = active(customer, period.last());
            atStart += first ? 1 : 0;
            atEnd += last ? 1 : 0;
            lost += first && !last ? 1 : 0;
            retained += first && last ? 1 : 0;
            acquired += period.contains(customer.signup()) ? 1 : 0;
        }
        return new Activity(atStart, atEnd, lost, retained, acquired);
    }

    // ---- C. revenue ----

    /**
     * MRR on a period's last day and the customers it is spread over.
     *
     * @param mrr summed MRR on the last day
     * @param activeCustomers customers active on the last day (ARPU's denominator)
     * @param payingCustomers customers with positive MRR on the last day
     */
    record Revenue(BigDecimal mrr, long activeCustomers, long payingCustomers) {

        BigDecimal arpu() {
            return activeCustomers == 0 ? null : mrr.divide(BigDecimal.valueOf(activeCustomers), EXACT);
        }
    }

    Revenue revenue(Span period, Predicate<Customer> segment) {
        BigDecimal mrr = BigDecimal.ZERO;
        long active = 0;
        long paying = 0;
        for (Customer customer : customers.values()) {
            if (!segment.test(customer)) {
                continue;
            }
            BigDecimal own = mrrOn(customer, period.last());
            mrr = mrr.add(own);
            active += active(customer, period.last()) ? 1 : 0;
            paying += own.signum() > 0 ? 1 : 0;
        }
        return new Revenue(mrr, active, paying);
    }

    /** One kind of MRR movement: the amount moved and how many customers moved that way. */
    static final class Movement {
        BigDecimal amount = BigDecimal.ZERO;
        long customers;

        void add(BigDecimal moved) {
            amount = amount.add(moved);
            customers++;
        }
    }

    /**
     * MRR movements between the day before a period and its last day (metrics.md, "Precise conventions").
     *
     * @param start MRR on the day before the period
     * @param end MRR on the period's last day
     */
    record Movements(
            BigDecimal start,
            BigDecimal end,
            Movement newMrr,
            Movement expansion,
            Movement contraction,
            Movement churned,
            Movement reactivation) {

        BigDecimal net() {
            return newMrr.amount
                    .add(expansion.amount)
                    .add(reactivation.amount)
                    .subtract(contraction.amount)
                    .subtract(churned.amount);
        }

        Movement part(String name) {
            return switch (name) {
                case "new" -> newMrr;
                case "expansion" -> expansion;
                case "contraction" -> contraction;
                case "churned" -> churned;
                case "reactivation" -> reactivation;
                default -> throw new IllegalArgumentException(name);
            };
        }
    }

    Movements movements(Span period, Predicate<Customer> segment) {
        LocalDate before = startDay(period);
        BigDecimal start = BigDecimal.ZERO;
        BigDecimal end = BigDecimal.ZERO;
        Movement fresh = new Movement();
        Movement expansion = new Movement();
        Movement contraction = new Movement();
        Movement churned = new Movement();
        Movement reactivation = new Movement();
        for (Customer customer : customers.values()) {
            if (!segment.test(customer)) {
                continue;
            }
            BigDecimal was = mrrOn(customer, before);
            BigDecimal now = mrrOn(customer, period.last());
            start = start.add(was);
            end = end.add(now);
            boolean paidBefore = was.signum() > 0;
            boolean paysNow = now.signum() > 0;
            if (paidBefore && paysNow) {
                int change = now.compareTo(was);
                if (change > 0) {
                    expansion.add(now.subtract(was));
                } else if (change < 0) {
                    contraction.add(was.subtract(now));
                }
            } else if (paidBefore) {
                churned.add(was);
            } else if (paysNow) {
                (hadMrrBy(customer, before) ? reactivation : fresh).add(now);
            }
        }
        return new Movements(start, end, fresh, expansion, contraction, churned, reactivation);
    }

    // ---- A. voice of the customer ----

    /** The period's responses, of one survey type, from customers in the segment. */
    List<Response> responses(Span period, Predicate<Customer> segment, String type) {
        List<Response> found = new ArrayList<>();
        for (Response response : responses) {
            Customer customer = customers.get(response.customerId());
            if (response.survey().type().equals(type)
                    && period.contains(response.day())
                    && customer != null
                    && segment.test(customer)) {
                found.add(response);
            }
        }
        return found;
    }

    /** NPS bands: 9–10 promoters, 7–8 passives, 0–6 detractors. */
    record Nps(long promoters, long passives, long detractors) {

        long responses() {
            return promoters + passives + detractors;
        }

        BigDecimal score() {
            return percent(promoters - detractors, responses());
        }
    }

    Nps nps(Span period, Predicate<Customer> segment) {
        long promoters = 0;
        long passives = 0;
        long detractors = 0;
        for (Response response : responses(period, segment, "nps")) {
            BigDecimal score = response.score();
            if (score.compareTo(BigDecimal.valueOf(9)) >= 0) {
                promoters++;
            } else if (score.compareTo(BigDecimal.valueOf(7)) >= 0) {
                passives++;
            } else {
                detractors++;
            }
        }
        return new Nps(promoters, passives, detractors);
    }

    /** CSAT responses and satisfied responses, pooled and per touchpoint. */
    record Csat(long responses, long satisfied, Map<String, long[]> byTouchpoint) {

        BigDecimal percent() {
            return DataSetTally.percent(satisfied, responses);
        }
    }

    Csat csat(Span period, Predicate<Customer> segment) {
        long responses = 0;
        long satisfied = 0;
        Map<String, long[]> byTouchpoint = new TreeMap<>();
        for (Response response : responses(period, segment, "csat")) {
            boolean happy = response.score().compareTo(threshold(response.survey())) >= 0;
            responses++;
            satisfied += happy ? 1 : 0;
            long[] counts = byTouchpoint.computeIfAbsent(touchpoint(response.survey()), t -> new long[2]);
            counts[0]++;
            counts[1] += happy ? 1 : 0;
        }
        return new Csat(responses, satisfied, byTouchpoint);
    }

    /** The survey's own threshold, else metrics.md's defaults: 6 on a 1–10 scale, 4 on a 1–5 scale. */
    static BigDecimal threshold(Survey survey) {
        if (survey.threshold() != null) {
            return survey.threshold();
        }
        if (survey.min().compareTo(BigDecimal.ONE) == 0 && survey.max().compareTo(BigDecimal.TEN) == 0) {
            return BigDecimal.valueOf(6);
        }
        if (survey.min().compareTo(BigDecimal.ONE) == 0 && survey.max().compareTo(BigDecimal.valueOf(5)) == 0) {
            return BigDecimal.valueOf(4);
        }
        throw new IllegalStateException("metrics.md gives no default CSAT threshold for survey " + survey.id());
    }

    static String touchpoint(Survey survey) {
        return survey.touchpoint() == null ? "none" : survey.touchpoint();
    }

    /** CES answers: their sum on their own scale, their sum normalised to 0–100, and the scales seen. */
    record Ces(long responses, BigDecimal sum, BigDecimal normalisedSum, TreeSet<String> scales) {

        BigDecimal mean() {
            return responses == 0 ? null : sum.divide(BigDecimal.valueOf(responses), EXACT);
        }

        BigDecimal normalisedMean() {
            return responses == 0 ? null : normalisedSum.divide(BigDecimal.valueOf(responses), EXACT);
        }
    }

    Ces ces(Span period, Predicate<Customer> segment, Predicate<Survey> surveys) {
        long count = 0;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal normalised = BigDecimal.ZERO;
        TreeSet<String> scales = new TreeSet<>();
        for (Response response : responses(period, segment, "ces")) {
            Survey survey = response.survey();
            if (!surveys.test(survey)) {
                continue;
            }
            count++;
            sum = sum.add(response.score());
            normalised = normalised.add(response.score()
                    .subtract(survey.min())
                    .multiply(HUNDRED)
                    .divide(survey.max().subtract(survey.min()), EXACT));
            scales.add(survey.min().stripTrailingZeros().toPlainString() + "–"
                    + survey.max().stripTrailingZeros().toPlainString());
        }
        return new Ces(count, sum, normalised, scales);
    }

    /** 100 × part / whole, or null ("no data") for an empty whole. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), EXACT);
    }

    // ---- reading ----

    private static void each(Path file, Consumer<NamedCsvRecord> action) {
        if (!Files.exists(file)) {
            return;
        }
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord record : csv) {
                action.accept(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(NamedCsvRecord record, String column) {
        String value = record.findField(column).orElse("");
        return value.isEmpty() ? null : value;
    }

    private static LocalDate date(NamedCsvRecord record, String column) {
        String value = text(record, column);
        return value == null ? null : LocalDate.parse(value);
    }

    private static BigDecimal number(NamedCsvRecord record, String column) {
        String value = text(record, column);
        return value == null ? null : new BigDecimal(value);
    }
}
