package org.kizuna.generator;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kizuna.domain.contract.Column;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.domain.contract.Table;

/**
 * Reads a generated data set back and lists every way it breaks the input data contract or the rules a real
 * importer and the metrics rely on. It knows the contract and the files only, not how the generator works.
 */
final class ContractViolations {

    private static final ZoneOffset JAPAN = ZoneOffset.ofHours(9);

    private final Path directory;
    private final LocalDate until;
    private final Map<String, WrittenTable> tables = new HashMap<>();
    private final List<String> violations = new ArrayList<>();

    private ContractViolations(Path directory, LocalDate until) {
        this.directory = directory;
        this.until = until;
    }

    static List<String> of(Path directory, LocalDate until) {
        ContractViolations check = new ContractViolations(directory, until);
        check.run();
        return check.violations;
    }

    private WrittenTable table(String name) {
        return tables.computeIfAbsent(name, n -> WrittenTable.read(directory, n));
    }

    private void violation(String message) {
        if (violations.size() < 50) {
            violations.add(message);
        }
    }

    private void run() {
        for (Table table : DataContract.TABLES) {
            checkCells(table);
            checkKeyIsUnique(table);
            checkReferences(table);
        }
        checkMoneyHasExchangeRates();
        checkScoresAndResponseOrder();
        checkTickets();
        checkSubscriptions();
        checkRecurringOrdersMatchSubscriptions();
        checkReferrals();
        checkLoyaltyBalances();
        checkOnboardingAfterSignup();
        checkSessions();
    }

    private void checkCells(Table table) {
        WrittenTable written = table(table.name());
        for (int r = 0; r < written.rows().size(); r++) {
            String[] row = written.rows().get(r);
            String where = table.name() + ".csv row " + (r + 1);
            if (row.length != written.header().size()) {
                violation(where + ": " + row.length + " cells for "
                        + written.header().size() + " columns");
                continue;
            }
            for (Column column : table.columns()) {
                String value = row[written.column(column.name())];
                String cell = where + " column " + column.name() + ": \"" + value + "\"";
                if (value.isEmpty()) {
                    if (column.required()) {
                        violation(cell + " is required");
                    }
                    continue;
                }
                if (!column.allowed().isEmpty() && !column.allowed().contains(value)) {
                    violation(cell + " is not one of " + column.allowed());
                }
                checkType(column, value, cell);
            }
        }
    }

    private void checkType(Column column, String value, String cell) {
        try {
            switch (column.type()) {
                case DATE -> {
                    if (LocalDate.parse(value).isAfter(until)) {
                        violation(cell + " is after " + until);
                    }
                }
                case TIMESTAMP -> {
                    OffsetDateTime moment = OffsetDateTime.parse(value);
                    if (!moment.getOffset().equals(JAPAN)) {
                        violation(cell + " is not at +09:00");
                    }
                    if (moment.toLocalDate().isAfter(until)) {
                        violation(cell + " is after " + until);
                    }
                }
                case MONEY, NUMBER -> {
                    if (value.contains("e") || value.contains("E") || value.contains(",")) {
                        violation(cell + " is not a plain decimal");
                    }
                    new BigDecimal(value);
                }
                case INTEGER -> Long.parseLong(value);
                case BOOL -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        violation(cell + " is not true or false");
                    }
                }
                case ID -> {
                    if (!value.strip().equals(value)) {
                        violation(cell + " has surrounding blanks");
                    }
                }
                case TEXT -> {}
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            violation(cell + " is not " + column.type().expectation());
        }
    }

    private void checkKeyIsUnique(Table table) {
        WrittenTable written = table(table.name());
        int[] key = table.key().stream().mapToInt(written::column).toArray();
        Set<String> seen = new HashSet<>();
        for (String[] row : written.rows()) {
            StringBuilder value = new StringBuilder();
            for (int column : key) {
                value.append(row[column]).append('\u0001');
            }
            if (!seen.add(value.toString())) {
                violation(table.name() + ": key " + table.key() + " repeats: "
                        + value.toString().replace('\u0001', '|'));
            }
        }
    }

    private void checkReferences(Table table) {
        WrittenTable written = table(table.name());
        for (Column column : table.columns()) {
            if (column.references().isEmpty()) {
                continue;
            }
            Table target = DataContract.table(column.references().get()).orElseThrow();
            Set<String> ids =
                    new HashSet<>(table(target.name()).values(target.key().get(0)));
            for (String value : written.values(column.name())) {
                if (!value.isEmpty() && !ids.contains(value)) {
                    violation(table.name() + "." + column.name() + " names unknown " + target.name() + " " + value);
                }
            }
        }
    }

    /** Every row in a currency other than JPY needs a rate on or before the row's date. */
    private void checkMoneyHasExchangeRates() {
        Map<String, TreeMap<LocalDate, BigDecimal>> rates = new HashMap<>();
        WrittenTable fx = table("fx_rates");
        for (String[] row : fx.rows()) {
            rates.computeIfAbsent(row[fx.column("currency")], c -> new TreeMap<>())
                    .put(LocalDate.parse(row[fx.column("date")]), new BigDecimal(row[fx.column("rate")]));
        }
        for (Table table : DataContract.TABLES) {
            if (!table.hasMoney() || table.column("currency").isEmpty()) {
                continue;
            }
            WrittenTable written = table(table.name());
            int currency = written.column("currency");
            int date = written.column(table.moneyDate().orElseThrow());
            List<Integer> moneyColumns = table.columns().stream()
                    .filter(c -> c.type() == org.kizuna.domain.contract.ColumnType.MONEY)
                    .map(c -> written.column(c.name()))
                    .toList();
            for (String[] row : written.rows()) {
                String code = row[currency].isEmpty() ? "JPY" : row[currency];
                for (int money : moneyColumns) {
                    int digits = row[money].isEmpty() ? 0 : new BigDecimal(row[money]).scale();
                    if (digits != (code.equals("JPY") ? 0 : 2) && !row[money].isEmpty()) {
                        violation(table.name() + ": " + row[money] + " " + code + " has " + digits + " decimals");
                    }
                }
                if (code.equals("JPY")) {
                    continue;
                }
                LocalDate day = LocalDate.parse(row[date].substring(0, 10));
                TreeMap<LocalDate, BigDecimal> ofCurrency = rates.get(code);
                if (ofCurrency == null || ofCurrency.floorKey(day) == null) {
                    violation(table.name() + ": no " + code + " rate on or before " + day);
                }
            }
        }
    }

    private void checkScoresAndResponseOrder() {
        WrittenTable surveys = table("surveys");
        Map<String, BigDecimal[]> scales = new HashMap<>();
        for (String[] row : surveys.rows()) {
            scales.put(row[surveys.column("survey_id")], new BigDecimal[] {
                new BigDecimal(row[surveys.column("scale_min")]), new BigDecimal(row[surveys.column("scale_max")])
            });
        }
        WrittenTable invitations = table("survey_invitations");
        Map<String, String[]> invitationById = new HashMap<>();
        for (String[] row : invitations.rows()) {
            invitationById.put(row[invitations.column("invitation_id")], row);
        }
        WrittenTable responses = table("survey_responses");
        for (String[] row : responses.rows()) {
            String survey = row[responses.column("survey_id")];
            BigDecimal score = new BigDecimal(row[responses.column("score")]);
            BigDecimal[] scale = scales.get(survey);
            if (scale != null && (score.compareTo(scale[0]) < 0 || score.compareTo(scale[1]) > 0)) {
                violation("survey_responses: score " + score + " outside " + survey + "'s scale");
            }
            String invitationId = row[responses.column("invitation_id")];
            String[] invitation = invitationById.get(invitationId);
            if (invitation == null) {
                continue;
            }
            if (!invitation[invitations.column("survey_id")].equals(survey)
                    || !invitation[invitations.column("customer_id")].equals(row[responses.column("customer_id")])) {
                violation("survey_responses: " + row[0] + " answers another survey or customer's invitation");
            }
            if (OffsetDateTime.parse(row[responses.column("answered_at")])
                    .isBefore(OffsetDateTime.parse(invitation[invitations.column("sent_at")]))) {
                violation("survey_responses: " + row[0] + " answered before its invitation was sent");
            }
        }
    }

    private void checkTickets() {
        WrittenTable tickets = table("tickets");
        for (String[] row : tickets.rows()) {
            OffsetDateTime opened = OffsetDateTime.parse(row[tickets.column("opened_at")]);
            for (String column : List.of("first_response_at", "resolved_at")) {
                String value = row[tickets.column(column)];
                if (!value.isEmpty() && OffsetDateTime.parse(value).isBefore(opened)) {
                    violation("tickets: " + row[0] + " " + column + " before opened_at");
                }
            }
            boolean resolved = !row[tickets.column("resolved_at")].isEmpty();
            if (resolved == row[tickets.column("resolution")].isEmpty()) {
                violation("tickets: " + row[0] + " has a resolution without a resolved_at or the other way round");
            }
        }
    }

    private Map<String, LocalDate> signupDates() {
        WrittenTable customers = table("customers");
        Map<String, LocalDate> signups = new HashMap<>();
        for (String[] row : customers.rows()) {
            signups.put(row[customers.column("customer_id")], LocalDate.parse(row[customers.column("signup_date")]));
        }
        return signups;
    }

    /** Rows of one customer's subscriptions as [start, end or null]; a price change starts the day the old row ends. */
    private void checkSubscriptions() {
        WrittenTable subscriptions = table("subscriptions");
        Map<String, LocalDate> signups = signupDates();
        Map<String, List<LocalDate[]>> periods = new HashMap<>();
        for (String[] row : subscriptions.rows()) {
            LocalDate start = LocalDate.parse(row[subscriptions.column("start_date")]);
            String endText = row[subscriptions.column("end_date")];
            LocalDate end = endText.isEmpty() ? null : LocalDate.parse(endText);
            if (end != null && !end.isAfter(start)) {
                violation("subscriptions: " + row[0] + " ends on or before it starts");
            }
            String customer = row[subscriptions.column("customer_id")];
            LocalDate signup = signups.get(customer);
            if (signup != null && start.isBefore(signup)) {
                violation("subscriptions: " + row[0] + " starts before its customer signed up");
            }
            periods.computeIfAbsent(customer, c -> new ArrayList<>()).add(new LocalDate[] {start, end});
        }
        periods.forEach((customer, list) -> {
            list.sort((a, b) -> a[0].compareTo(b[0]));
            if (signups.containsKey(customer) && !list.get(0)[0].equals(signups.get(customer))) {
                violation("subscriptions: " + customer + "'s first subscription does not start at signup");
            }
            for (int i = 1; i < list.size(); i++) {
                LocalDate previousEnd = list.get(i - 1)[1];
                if (previousEnd == null || list.get(i)[0].isBefore(previousEnd)) {
                    violation("subscriptions: " + customer + " has overlapping subscriptions");
                }
            }
        });
        WrittenTable customers = table("customers");
        for (String customer : customers.values("customer_id")) {
            if (!periods.containsKey(customer)) {
                violation("customers: " + customer + " has no subscription");
            }
        }
    }

    /** A recurring charge bills the subscription in force that day: one month's MRR, or twelve for a yearly invoice. */
    private void checkRecurringOrdersMatchSubscriptions() {
        WrittenTable subscriptions = table("subscriptions");
        Map<String, List<String[]>> byCustomer = new HashMap<>();
        for (String[] row : subscriptions.rows()) {
            byCustomer
                    .computeIfAbsent(row[subscriptions.column("customer_id")], c -> new ArrayList<>())
                    .add(row);
        }
        WrittenTable orders = table("orders");
        for (String[] order : orders.rows()) {
            if (!order[orders.column("recurring")].equals("true")) {
                continue;
            }
            LocalDate day =
                    OffsetDateTime.parse(order[orders.column("ordered_at")]).toLocalDate();
            BigDecimal amount = new BigDecimal(order[orders.column("amount")]);
            boolean matches = false;
            for (String[] subscription : byCustomer.getOrDefault(order[orders.column("customer_id")], List.of())) {
                LocalDate start = LocalDate.parse(subscription[subscriptions.column("start_date")]);
                String end = subscription[subscriptions.column("end_date")];
                boolean covers = !day.isBefore(start) && (end.isEmpty() || day.isBefore(LocalDate.parse(end)));
                BigDecimal mrr = new BigDecimal(subscription[subscriptions.column("mrr")]);
                boolean sameCurrency =
                        subscription[subscriptions.column("currency")].equals(order[orders.column("currency")]);
                if (covers
                        && sameCurrency
                        && (amount.compareTo(mrr) == 0
                                || amount.compareTo(mrr.multiply(BigDecimal.valueOf(12))) == 0)) {
                    matches = true;
                }
            }
            if (!matches) {
                violation("orders: recurring " + order[0] + " matches no subscription in force");
            }
        }
    }

    /**
     * A converted referral names a customer acquired by referral from the same referrer; a referred customer's
     * referrer signed up before it.
     */
    private void checkReferrals() {
        WrittenTable customers = table("customers");
        Map<String, String[]> customerById = new HashMap<>();
        for (String[] row : customers.rows()) {
            customerById.put(row[customers.column("customer_id")], row);
        }
        Map<String, LocalDate> signups = signupDates();
        for (String[] row : customers.rows()) {
            String referrer = row[customers.column("referred_by")];
            if (referrer.isEmpty()) {
                continue;
            }
            if (!row[customers.column("acquisition_channel")].equals("referral")) {
                violation("customers: " + row[0] + " has a referrer but was not acquired by referral");
            }
            if (signups.containsKey(referrer) && !signups.get(referrer).isBefore(signups.get(row[0]))) {
                violation("customers: " + row[0] + " was referred by a later customer");
            }
        }
        WrittenTable referrals = table("referrals");
        for (String[] row : referrals.rows()) {
            String converted = row[referrals.column("converted_customer_id")];
            String convertedAt = row[referrals.column("converted_at")];
            if (converted.isEmpty()) {
                if (!convertedAt.isEmpty()) {
                    violation("referrals: " + row[0] + " has a conversion time but no converted customer");
                }
                continue;
            }
            String[] customer = customerById.get(converted);
            if (customer == null) {
                continue;
            }
            if (!customer[customers.column("acquisition_channel")].equals("referral")
                    || !customer[customers.column("referred_by")].equals(
                            row[referrals.column("referrer_customer_id")])) {
                violation(
                        "referrals: " + row[0] + " converted " + converted + ", who was not referred by its referrer");
            }
            if (convertedAt.isEmpty()
                    || !OffsetDateTime.parse(convertedAt)
                            .isAfter(OffsetDateTime.parse(row[referrals.column("referred_at")]))) {
                violation("referrals: " + row[0] + " converted before it was made");
            }
        }
    }

    /** Points redeemed or expired never exceed the points earned before. */
    private void checkLoyaltyBalances() {
        WrittenTable loyalty = table("loyalty");
        Map<String, TreeMap<OffsetDateTime, String[]>> byCustomer = new HashMap<>();
        for (String[] row : loyalty.rows()) {
            byCustomer
                    .computeIfAbsent(row[loyalty.column("customer_id")], c -> new TreeMap<>())
                    .put(OffsetDateTime.parse(row[loyalty.column("occurred_at")]), row);
        }
        byCustomer.forEach((customer, rows) -> {
            long balance = 0;
            for (String[] row : rows.values()) {
                String points = row[loyalty.column("points")];
                long value = points.isEmpty() ? 0 : Long.parseLong(points);
                if (value < 0) {
                    violation("loyalty: " + customer + " has negative points " + value);
                }
                balance += switch (row[loyalty.column("type")]) {
                    case "earn" -> value;
                    case "redeem", "expire" -> -value;
                    default -> 0;
                };
                if (balance < 0) {
                    violation("loyalty: " + customer + "'s balance goes below zero");
                }
            }
        });
    }

    private void checkOnboardingAfterSignup() {
        WrittenTable onboarding = table("onboarding");
        Map<String, LocalDate> signups = signupDates();
        for (String[] row : onboarding.rows()) {
            String completed = row[onboarding.column("completed_at")];
            if (!completed.isEmpty()
                    && signups.containsKey(row[0])
                    && OffsetDateTime.parse(completed).toLocalDate().isBefore(signups.get(row[0]))) {
                violation("onboarding: " + row[0] + " completed " + row[1] + " before signing up");
            }
        }
    }

    /** Durations sit on session starts only, and session events carry their session. */
    private void checkSessions() {
        WrittenTable events = table("events");
        int event = events.column("event");
        int duration = events.column("duration_seconds");
        int session = events.column("session_id");
        int channel = events.column("channel");
        for (String[] row : events.rows()) {
            boolean start = row[event].equals("session_start");
            if (start == row[duration].isEmpty()) {
                violation("events: duration_seconds on a non-session event or missing on a session start: "
                        + String.join(",", row));
            }
            if (!row[channel].equals("api") && row[session].isEmpty()) {
                violation("events: a user event outside a session: " + String.join(",", row));
            }
        }
    }
}
