package org.kizuna.store.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.store.importing.StoreFixture.copyOf;
import static org.kizuna.store.importing.StoreFixture.fingerprint;
import static org.kizuna.store.importing.StoreFixture.importFails;
import static org.kizuna.store.importing.StoreFixture.importFrom;
import static org.kizuna.store.importing.StoreFixture.rows;
import static org.kizuna.store.importing.StoreFixture.workspaceWithBaseline;
import static org.kizuna.store.importing.StoreFixture.write;
import static org.kizuna.testkit.CsvDataSet.aDataSet;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.kizuna.store.Workspace;
import org.kizuna.testkit.CsvDataSet;

/**
 * One test per kind of bad input: the exact problem (file:line:column, column name, reason) and a store left
 * exactly as it was. Every test starts from a workspace that already holds the baseline data set, so that an
 * unchanged store is not trivially an empty one.
 */
@Execution(ExecutionMode.CONCURRENT)
class ImporterValidationTest {

    @TempDir
    static Path shared;

    private static Workspace template;
    private static Map<String, String> before;

    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeAll
    static void storeBaselineOnce() {
        template = workspaceWithBaseline(shared);
        before = fingerprint(template);
        assertThat(before.get("customers")).startsWith("2 rows,");
        assertThat(before.get("orders")).startsWith("1 rows,");
        assertThat(before.get("fx_rates")).startsWith("1 rows,");
    }

    /** Each test works on its own byte-for-byte copy of the baseline workspace, so its fingerprint is the same. */
    @BeforeEach
    void copyBaseline() {
        workspace = copyOf(template, dir.resolve("workspace"));
    }

    private Path input(CsvDataSet data) {
        return data.writeTo(dir.resolve("input"));
    }

    private ImportFailedException importFailsLeavingStoreUnchanged(CsvDataSet data) {
        ImportFailedException failure = importFails(workspace, input(data));
        assertThat(fingerprint(workspace)).as("store after the failed import").isEqualTo(before);
        return failure;
    }

    private static Problem problem(String location, String reason) {
        return new Problem(location, reason);
    }

    // Wrong type, one test per contract type

    @Test
    void reportsSignupDateThatIsNoCalendarDayAsNotADate() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("customers", "customer_id", "name", "signup_date")
                .row("c3", "Chiba", "2024-02-30"));

        assertThat(failure.problems())
                .containsExactly(
                        problem("customers.csv:2:3", "column signup_date: \"2024-02-30\" is not a date (YYYY-MM-DD)"));
        assertThat(failure.total()).isEqualTo(1);
    }

    @Test
    void reportsOrderedAtWithHourTwentyFiveAsNotATimestamp() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("orders", "order_id", "customer_id", "ordered_at", "amount")
                .row("o2", "c1", "2024-04-01 25:00", "100"));

        assertThat(failure.problems())
                .containsExactly(problem(
                        "orders.csv:2:3",
                        "column ordered_at: \"2024-04-01 25:00\" is not a timestamp (ISO-8601, e.g."
                                + " 2024-04-01T09:30:00+09:00)"));
    }

    @Test
    void reportsAmountWithCommaAsNotANumber() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("orders", "order_id", "customer_id", "ordered_at", "amount")
                .row("o2", "c1", "2024-04-01T09:00:00+09:00", "100")
                .row("o3", "c1", "2024-04-02T09:00:00+09:00", "12,5"));

        assertThat(failure.problems())
                .containsExactly(problem("orders.csv:3:4", "column amount: \"12,5\" is not a number"));
        assertThat(failure.getMessage())
                .isEqualTo("orders.csv:3:4: column amount: \"12,5\" is not a number\n"
                        + "Nothing was imported: 1 problem to fix first.");
    }

    @Test
    void reportsDurationWithUnitsAsNotANumber() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("events", "customer_id", "user_id", "occurred_at", "event", "duration_seconds")
                .row("c1", "u1", "2024-04-01T09:00:00+09:00", "session_start", "1m30s"));

        assertThat(failure.problems())
                .containsExactly(problem("events.csv:2:5", "column duration_seconds: \"1m30s\" is not a number"));
    }

    @Test
    void reportsSeatsWrittenInWordsAsNotAWholeNumber() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("customers", "customer_id", "signup_date", "seats")
                .row("c3", "2024-03-01", "ten"));

        assertThat(failure.problems())
                .containsExactly(problem("customers.csv:2:3", "column seats: \"ten\" is not a whole number"));
    }

    @Test
    void reportsFractionalSeatsAsNotAWholeNumber() {
        // 3.5 licensed users is not a count; rounding it to 4 would store a number nobody wrote.
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("customers", "customer_id", "signup_date", "seats")
                .row("c3", "2024-03-01", "3.5"));

        assertThat(failure.problems())
                .containsExactly(problem("customers.csv:2:3", "column seats: \"3.5\" is not a whole number"));
    }

    @Test
    void reportsRecurringThatIsNeitherTrueNorFalseAsNotABool() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("orders", "order_id", "customer_id", "ordered_at", "amount", "recurring")
                .row("o2", "c1", "2024-04-01T09:00:00+09:00", "100", "maybe"));

        assertThat(failure.problems())
                .containsExactly(problem("orders.csv:2:5", "column recurring: \"maybe\" is not true/false/1/0/yes/no"));
    }

    // Required values and columns

    @Test
    void reportsEmptySignupDateAsRequiredValueMissing() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("customers", "customer_id", "name", "signup_date")
                .row("c3", "Chiba", "2024-03-01")
                .row("c4", "Doi", null));

        assertThat(failure.problems())
                .containsExactly(problem("customers.csv:3:3", "column signup_date: a value is required"));
    }

    @Test
    void reportsHeaderWithoutSignupDateAsRequiredColumnMissing() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(
                aDataSet().table("customers", "customer_id", "name").row("c3", "Chiba"));

        assertThat(failure.problems())
                .containsExactly(problem("customers.csv:1", "required column signup_date is missing"));
    }

    // Closed value sets

    @Test
    void reportsSurveyTypeOutsideTheContractsTypes() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("surveys", "survey_id", "type", "scale_min", "scale_max")
                .row("s3", "pulse", "1", "5"));

        assertThat(failure.problems())
                .containsExactly(problem(
                        "surveys.csv:2:2",
                        "column type: \"pulse\" is not one of nps, csat, ces, trust, recommend, emotional, custom"));
    }

    @Test
    void reportsOrderKindOutsideTheContractsKindsButAcceptsAnyCase() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("orders", "order_id", "customer_id", "ordered_at", "amount", "kind")
                .row("o2", "c1", "2024-04-01T09:00:00+09:00", "100", "Renewal")
                .row("o3", "c1", "2024-04-02T09:00:00+09:00", "-100", "refund"));

        assertThat(failure.problems())
                .containsExactly(problem(
                        "orders.csv:3:5",
                        "column kind: \"refund\" is not one of new, renewal, upsell, cross_sell, add_on, other"));
    }

    // References

    @Test
    void reportsOrderOfACustomerNeitherStoredNorImported() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("orders", "order_id", "customer_id", "ordered_at", "amount")
                .row("o2", "c9", "2024-04-01T09:00:00+09:00", "100"));

        assertThat(failure.problems())
                .containsExactly(
                        problem("orders.csv:2:2", "column customer_id: \"c9\" is not a customer_id in customers"));
    }

    @Test
    void acceptsTicketOfACustomerImportedTogetherWithIt() {
        importFrom(
                workspace,
                input(aDataSet()
                        .table("tickets", "ticket_id", "customer_id", "opened_at")
                        .row("t2", "c3", "2024-04-01T09:00:00+09:00")
                        .table("customers", "customer_id", "signup_date")
                        .row("c3", "2024-03-01")));

        assertThat(rows(workspace, "SELECT ticket_id, customer_id FROM tickets ORDER BY ticket_id"))
                .containsExactly("t1|c1", "t2|c3");
    }

    @Test
    void acceptsTicketOfACustomerStoredByAnEarlierImport() {
        importFrom(
                workspace,
                input(aDataSet()
                        .table("tickets", "ticket_id", "customer_id", "opened_at")
                        .row("t2", "c2", "2024-04-01T09:00:00+09:00")));

        assertThat(rows(workspace, "SELECT ticket_id, customer_id FROM tickets ORDER BY ticket_id"))
                .containsExactly("t1|c1", "t2|c2");
    }

    @Test
    void reportsReferrerWhoIsNoCustomerOnTheCustomersOwnRow() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("customers", "customer_id", "signup_date", "referred_by")
                .row("c3", "2024-03-01", "c2")
                .row("c4", "2024-03-02", "c3")
                .row("c5", "2024-03-03", "c8"));

        // c2 is stored, c3 comes in the same file; only c8 is nowhere.
        assertThat(failure.problems())
                .containsExactly(
                        problem("customers.csv:4:3", "column referred_by: \"c8\" is not a customer_id in customers"));
    }

    // Survey scales and invitations

    @Test
    void reportsScoreOffTheScaleOfASurveyInTheSameImport() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("surveys", "survey_id", "type", "scale_min", "scale_max")
                .row("s3", "csat", "1", "5")
                .table("survey_responses", "response_id", "survey_id", "customer_id", "answered_at", "score")
                .row("r2", "s3", "c1", "2024-04-01T09:00:00+09:00", "5")
                .row("r3", "s3", "c1", "2024-04-01T10:00:00+09:00", "6"));

        assertThat(failure.problems())
                .containsExactly(problem(
                        "survey_responses.csv:3:5", "column score: score 6 is outside the scale 1–5 of survey s3"));
    }

    @Test
    void reportsScoreOffTheScaleOfASurveyStoredEarlier() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("survey_responses", "response_id", "survey_id", "customer_id", "answered_at", "score")
                .row("r2", "s1", "c2", "2024-04-01T09:00:00+09:00", "11")
                .row("r3", "s2", "c2", "2024-04-01T09:00:00+09:00", "0.5"));

        assertThat(failure.problems())
                .containsExactly(
                        problem(
                                "survey_responses.csv:2:5",
                                "column score: score 11 is outside the scale 0–10 of survey s1"),
                        problem(
                                "survey_responses.csv:3:5",
                                "column score: score 0.5 is outside the scale 1–5 of survey s2"));
    }

    @Test
    void checksScoresAgainstTheScaleOfASurveyReimportedWithANewScale() {
        // s2 is stored on 1–5; this import widens it to 1–7, so 6 is within its scale.
        importFrom(
                workspace,
                input(aDataSet()
                        .table("surveys", "survey_id", "type", "scale_min", "scale_max")
                        .row("s2", "csat", "1", "7")
                        .table("survey_responses", "response_id", "survey_id", "customer_id", "answered_at", "score")
                        .row("r2", "s2", "c2", "2024-04-01T09:00:00+09:00", "6")));

        assertThat(rows(workspace, "SELECT response_id, CAST(score AS INTEGER) FROM survey_responses ORDER BY 1"))
                .containsExactly("r1|9", "r2|6");
    }

    @Test
    void reportsResponseAnsweredBeforeItsInvitationWasSent() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table(
                        "survey_responses",
                        "response_id",
                        "survey_id",
                        "customer_id",
                        "invitation_id",
                        "answered_at",
                        "score")
                .row("r2", "s1", "c1", "i1", "2024-03-01T01:00:00Z", "8")
                .row("r3", "s1", "c1", "i1", "2024-03-01T00:59:59Z", "8"));

        // i1 was sent 2024-03-01 10:00 JST = 01:00 UTC: r2 answers at that very instant, r3 a second before.
        assertThat(failure.problems())
                .containsExactly(problem(
                        "survey_responses.csv:3:5",
                        "column answered_at: answered before its invitation was sent (2024-03-01 10:00:00 +09)"));
    }

    @Test
    void reportsNpsSurveyOnAOneToFiveScale() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("surveys", "survey_id", "type", "scale_min", "scale_max")
                .row("s3", "nps", "0", "10")
                .row("s4", "NPS", "1", "10")
                .row("s5", "nps", "1", "5"));

        assertThat(failure.problems())
                .containsExactly(
                        problem("surveys.csv:4:3", "column scale_min: an NPS survey is scored 0–10 (or 1–10)"));
    }

    // Dates in order

    @Test
    void reportsTicketAnsweredAndResolvedBeforeItWasOpened() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("tickets", "ticket_id", "customer_id", "opened_at", "first_response_at", "resolved_at")
                // 01:00 UTC is 10:00 JST, an hour after opening: compared as instants, not as text.
                .row("t2", "c1", "2024-03-05T09:00:00+09:00", "2024-03-05T01:00:00Z", "2024-03-05T01:30:00Z")
                .row(
                        "t3",
                        "c1",
                        "2024-03-05T09:00:00+09:00",
                        "2024-03-05T08:00:00+09:00",
                        "2024-03-04T09:00:00+09:00"));

        assertThat(failure.problems())
                .containsExactly(
                        problem(
                                "tickets.csv:3:4",
                                "column first_response_at: first_response_at is before opened_at"
                                        + " (2024-03-05T09:00:00+09:00)"),
                        problem(
                                "tickets.csv:3:5",
                                "column resolved_at: resolved_at is before opened_at (2024-03-05T09:00:00+09:00)"));
        assertThat(failure.total()).isEqualTo(2);
    }

    @Test
    void reportsSubscriptionEndingOnOrBeforeTheDayItStarts() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("subscriptions", "subscription_id", "customer_id", "start_date", "end_date", "mrr")
                .row("sub2", "c1", "2024-03-01", "2024-03-02", "5000")
                .row("sub3", "c1", "2024-03-01", "2024-03-01", "5000")
                .row("sub4", "c1", "2024-03-01", "2024-02-29", "5000"));

        assertThat(failure.problems())
                .containsExactly(
                        problem(
                                "subscriptions.csv:3:4",
                                "column end_date: end_date 2024-03-01 is not after start_date 2024-03-01"
                                        + " (end_date is the first day no longer covered)"),
                        problem(
                                "subscriptions.csv:4:4",
                                "column end_date: end_date 2024-02-29 is not after start_date 2024-03-01"
                                        + " (end_date is the first day no longer covered)"));
    }

    // Duplicates and malformed rows

    @Test
    void reportsDuplicateIdNamingItsFirstOccurrence() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("customers", "customer_id", "signup_date")
                .row("c3", "2024-03-01")
                .row("c4", "2024-03-02")
                .row("c3", "2024-03-03")
                .row("c3", "2024-03-04"));

        assertThat(failure.problems())
                .containsExactly(
                        problem(
                                "customers.csv:4:1",
                                "column customer_id: duplicate id \"c3\" (first at customers.csv:2)"),
                        problem(
                                "customers.csv:5:1",
                                "column customer_id: duplicate id \"c3\" (first at customers.csv:2)"));
        assertThat(failure.total()).isEqualTo(2);
    }

    @Test
    void acceptsIdAlreadyStoredAsAReplacementNotADuplicate() {
        importFrom(
                workspace,
                input(aDataSet()
                        .table("customers", "customer_id", "signup_date")
                        .row("c1", "2024-01-06")));

        assertThat(rows(workspace, "SELECT customer_id, signup_date FROM customers ORDER BY 1"))
                .containsExactly("c1|2024-01-06", "c2|2024-02-01");
    }

    @Test
    void reportsRowWithMoreFieldsThanTheHeader() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("customers", "customer_id", "name", "signup_date")
                .row("c3", "Chiba", "2024-03-01")
                .row("c4", "Doi", "2024-03-02", "extra"));

        assertThat(failure.problems())
                .containsExactly(problem("customers.csv:3", "more fields than the 3 columns of the header"));
    }

    @Test
    void reportsRowWithFewerFieldsThanTheHeader() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("customers", "customer_id", "name", "signup_date")
                .row("c3", "Chiba")
                .row("c4", "Doi", "2024-03-02"));

        assertThat(failure.problems())
                .containsExactly(problem("customers.csv:2", "fewer fields than the 3 columns of the header"));
    }

    // Money

    @Test
    void reportsForeignAmountWithoutARateOnOrBeforeItsDate() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("fx_rates", "date", "currency", "rate")
                .row("2024-03-05", "USD", "150")
                .table("orders", "order_id", "customer_id", "ordered_at", "amount", "currency")
                .row("o2", "c1", "2024-03-05T00:00:00+09:00", "10", "USD")
                .row("o3", "c1", "2024-03-04T23:59:59+09:00", "10", "usd")
                .row("o4", "c1", "2024-03-01T00:00:00+09:00", "10", "EUR")
                .row("o5", "c1", "2024-02-29T23:00:00+09:00", "10", "EUR")
                .row("o6", "c1", "2024-03-04T12:00:00+09:00", "10", "GBP"));

        // USD has a rate from 2024-03-05 in this import, EUR one from 2024-03-01 in the store, GBP none at all.
        // o2 and o4 fall on those days; o3 and o5 are a moment before them in Tokyo.
        assertThat(failure.problems())
                .containsExactly(
                        problem(
                                "orders.csv:3:5",
                                "column currency: no exchange rate for USD on or before 2024-03-04 in fx_rates"),
                        problem(
                                "orders.csv:5:5",
                                "column currency: no exchange rate for EUR on or before 2024-02-29 in fx_rates"),
                        problem(
                                "orders.csv:6:5",
                                "column currency: no exchange rate for GBP on or before 2024-03-04 in fx_rates"));
    }

    @Test
    void reportsCurrencyThatIsNoIsoCode() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("orders", "order_id", "customer_id", "ordered_at", "amount", "currency")
                .row("o2", "c1", "2024-03-05T00:00:00+09:00", "10", "円"));

        // Only the first problem is this rule's: a currency that is not yen has no rate either.
        assertThat(failure.problems())
                .first()
                .isEqualTo(problem(
                        "orders.csv:2:5", "column currency: \"円\" is not an ISO 4217 currency code (e.g. JPY, USD)"));
    }

    // Problems of the files themselves

    @Test
    void reportsTwoColumnsWithTheSameNameInAnyCase() {
        ImportFailedException failure = importFailsLeavingStoreUnchanged(aDataSet()
                .table("customers", "customer_id", "name", "Name", "signup_date")
                .row("c3", "Chiba", "千葉", "2024-03-01"));

        assertThat(failure.problems())
                .containsExactly(problem("customers.csv:1", "column 3 is named Name like column 2; names must differ"));
    }

    @Test
    void reportsATableGivenByTwoFiles() {
        Path input = input(
                aDataSet().table("customers", "customer_id", "signup_date").row("c3", "2024-03-01"));
        write(input.resolve("customers.jsonl"), "{\"customer_id\": \"c4\", \"signup_date\": \"2024-03-02\"}\n");

        ImportFailedException failure = importFails(workspace, input);

        assertThat(failure.problems())
                .containsExactly(
                        problem("customers.jsonl", "table customers is also given by customers.csv; keep one of them"));
        assertThat(fingerprint(workspace)).isEqualTo(before);
    }

    @Test
    void reportsAnEmptyFile() {
        Path input = input(aDataSet().table("surveys", "survey_id", "type", "scale_min", "scale_max"));
        write(input.resolve("customers.csv"), "");

        ImportFailedException failure = importFails(workspace, input);

        assertThat(failure.problems())
                .containsExactly(problem("customers.csv:1", "the file is empty; a header row is required"));
        assertThat(fingerprint(workspace)).isEqualTo(before);
    }

    // What is not a problem

    @Test
    void reportsUnknownFilesAsNoticesAndImportsTheRest() {
        Path input = input(
                aDataSet().table("customers", "customer_id", "signup_date").row("c3", "2024-03-01"));
        write(input.resolve("notes.txt"), "not data\n");
        write(input.resolve("products.csv"), "product_id\np1\n");

        ImportReport report = importFrom(workspace, input);

        assertThat(report.notices())
                .containsExactly(
                        "notes.txt: ignored, not a CSV, JSON Lines, Parquet or XLSX file",
                        "products.csv: ignored, \"products\" is not a table of the data contract (fx_rates,"
                                + " customers, subscriptions, orders, events, surveys, survey_invitations,"
                                + " survey_responses, tickets, onboarding, education, community, referrals,"
                                + " loyalty, social, costs)");
        assertThat(report.tables()).containsExactly(new ImportReport.TableSummary("customers", "customers.csv", 1, 0));
    }

    @Test
    void matchesColumnNamesInAnyOrderAndCase() {
        importFrom(
                workspace,
                input(aDataSet()
                        .table("tickets", "Opened_At", "CUSTOMER_ID", " ticket_id ")
                        .row("2024-04-01T09:00:00+09:00", "c2", "t2")));

        assertThat(rows(workspace, "SELECT ticket_id, customer_id, opened_at IS NOT NULL FROM tickets ORDER BY 1"))
                .containsExactly("t1|c1|true", "t2|c2|true");
    }

    @Test
    void ignoresUnknownColumnOfTicketsWithANotice() {
        ImportReport report = importFrom(
                workspace,
                input(aDataSet()
                        .table("tickets", "ticket_id", "customer_id", "opened_at", "Agent_Mood")
                        .row("t2", "c1", "2024-04-01T09:00:00+09:00", "calm")));

        assertThat(report.notices()).containsExactly("tickets.csv: ignored, not in the data contract: agent_mood");
        assertThat(rows(workspace, "SELECT ticket_id, customer_id FROM tickets ORDER BY 1"))
                .containsExactly("t1|c1", "t2|c1");
    }

    @Test
    void keepsUnknownColumnsOfCustomersAsCustomAttributes() {
        ImportReport report = importFrom(
                workspace,
                input(aDataSet()
                        .table("customers", "customer_id", "signup_date", "Tier", "account_manager")
                        .row("c2", "2024-02-01", "gold", "Sato")
                        .row("c3", "2024-03-01", null, "Ito")));

        assertThat(report.notices()).containsExactly("customers.csv: kept as custom attributes: tier, account_manager");
        // c1's attribute from the baseline stays; c2's are replaced by the ones of this import; an empty cell is null.
        assertThat(rows(workspace, "SELECT customer_id, attribute, value FROM customer_attributes ORDER BY 1, 2"))
                .containsExactly(
                        "c1|tier|gold",
                        "c2|account_manager|Sato",
                        "c2|tier|gold",
                        "c3|account_manager|Ito",
                        "c3|tier|NULL");
    }
}
