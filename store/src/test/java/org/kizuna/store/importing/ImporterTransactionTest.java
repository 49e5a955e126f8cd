package org.kizuna.store.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kizuna.store.importing.StoreFixture.count;
import static org.kizuna.store.importing.StoreFixture.fingerprint;
import static org.kizuna.store.importing.StoreFixture.importFails;
import static org.kizuna.store.importing.StoreFixture.importFrom;
import static org.kizuna.store.importing.StoreFixture.newWorkspace;
import static org.kizuna.store.importing.StoreFixture.rows;
import static org.kizuna.testkit.CsvDataSet.aDataSet;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;
import org.kizuna.testkit.CsvDataSet;

/** An import is one transaction: all of it is written, or none of it; importing again replaces rows by key. */
@Execution(ExecutionMode.CONCURRENT)
class ImporterTransactionTest {

    private static final ImportOptions DRY_RUN = new ImportOptions(true, Optional.empty(), ImportProgress.SILENT);

    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeEach
    void emptyWorkspace() {
        workspace = newWorkspace(dir.resolve("workspace"));
    }

    /**
     * Tables keyed by an id (customers, orders, surveys, tickets) and by a natural key (fx_rates, events,
     * onboarding, and costs, whose key includes the empty segment columns).
     */
    private static CsvDataSet dataSet() {
        return aDataSet()
                .table("fx_rates", "date", "currency", "rate")
                .row("2024-03-01", "USD", "150")
                .table("customers", "customer_id", "name", "signup_date", "tier")
                .row("c1", "Aoki", "2024-01-05", "gold")
                .row("c2", "Baba", "2024-02-01", "silver")
                .table("orders", "order_id", "customer_id", "ordered_at", "amount", "currency")
                .row("o1", "c1", "2024-03-10T12:00:00+09:00", "10", "USD")
                .row("o2", "c2", "2024-03-11T12:00:00+09:00", "5000", "JPY")
                .table(
                        "costs",
                        "period_start",
                        "period_end",
                        "category",
                        "amount",
                        "segment_attribute",
                        "segment_value")
                .row("2024-03-01", "2024-03-31", "marketing", "300000", null, null)
                .row("2024-03-01", "2024-03-31", "sales", "100000", "acquisition_channel", "ads")
                .table("events", "customer_id", "user_id", "occurred_at", "event")
                .row("c1", "u1", "2024-03-01T09:00:00+09:00", "login")
                .row("c1", "u1", "2024-03-01T09:05:00+09:00", "report_created")
                .row("c2", "u2", "2024-03-02T10:00:00+09:00", "login")
                .table("onboarding", "customer_id", "milestone", "required", "completed_at")
                .row("c1", "kickoff", null, "2024-01-10T10:00:00+09:00")
                .row("c1", "training", "false", null)
                .table("surveys", "survey_id", "type", "scale_min", "scale_max")
                .row("s1", "nps", "0", "10")
                .table("tickets", "ticket_id", "customer_id", "opened_at")
                .row("t1", "c1", "2024-03-02T09:00:00+09:00");
    }

    private Path write(CsvDataSet data, String folder) {
        return data.writeTo(dir.resolve(folder));
    }

    private static Map<String, String> withoutImportHistory(Map<String, String> fingerprint) {
        Map<String, String> tables = new TreeMap<>(fingerprint);
        tables.remove("imports");
        return tables;
    }

    @Test
    void reimportingTheSameFilesReplacesEveryRowAndAddsNone() {
        Path input = write(dataSet(), "input");
        ImportReport first = importFrom(workspace, input);
        Map<String, String> afterFirst = fingerprint(workspace);

        ImportReport second = importFrom(workspace, input);

        // in the contract's order, which puts referenced tables first
        assertThat(first.tables())
                .containsExactly(
                        new ImportReport.TableSummary("fx_rates", "fx_rates.csv", 1, 0),
                        new ImportReport.TableSummary("customers", "customers.csv", 2, 0),
                        new ImportReport.TableSummary("orders", "orders.csv", 2, 0),
                        new ImportReport.TableSummary("events", "events.csv", 3, 0),
                        new ImportReport.TableSummary("surveys", "surveys.csv", 1, 0),
                        new ImportReport.TableSummary("tickets", "tickets.csv", 1, 0),
                        new ImportReport.TableSummary("onboarding", "onboarding.csv", 2, 0),
                        new ImportReport.TableSummary("costs", "costs.csv", 2, 0));
        assertThat(second.tables())
                .allSatisfy(table -> assertThat(table.replaced()).isEqualTo(table.rows()))
                .extracting(ImportReport.TableSummary::table)
                .containsExactly(
                        "fx_rates", "customers", "orders", "events", "surveys", "tickets", "onboarding", "costs");
        assertThat(withoutImportHistory(fingerprint(workspace))).isEqualTo(withoutImportHistory(afterFirst));
        assertThat(count(workspace, "fx_rates")).isEqualTo(1);
        assertThat(count(workspace, "customers")).isEqualTo(2);
        assertThat(count(workspace, "orders")).isEqualTo(2);
        assertThat(count(workspace, "events")).isEqualTo(3);
        assertThat(count(workspace, "costs")).isEqualTo(2);
        assertThat(count(workspace, "customer_attributes")).isEqualTo(2);
        // required is empty for kickoff: the contract's default, true
        assertThat(rows(workspace, "SELECT customer_id, milestone, required FROM onboarding ORDER BY 2"))
                .containsExactly("c1|kickoff|true", "c1|training|false");
        assertThat(rows(
                        workspace,
                        "SELECT import_id, table_name, file_name, rows_read, rows_replaced FROM imports"
                                + " WHERE table_name IN ('customers', 'events') ORDER BY 1, 2"))
                .containsExactly(
                        "1|customers|customers.csv|2|0",
                        "1|events|events.csv|3|0",
                        "2|customers|customers.csv|2|2",
                        "2|events|events.csv|3|3");
    }

    @Test
    void replacesAStoredRowByAChangedRowWithTheSameId() {
        importFrom(workspace, write(dataSet(), "first"));

        ImportReport report = importFrom(
                workspace,
                write(
                        aDataSet()
                                .table("customers", "customer_id", "name", "signup_date", "tier")
                                .row("c1", "Aoki Taro", "2024-01-06", "platinum"),
                        "second"));

        assertThat(report.tables()).containsExactly(new ImportReport.TableSummary("customers", "customers.csv", 1, 1));
        assertThat(rows(workspace, "SELECT customer_id, name, signup_date FROM customers ORDER BY 1"))
                .containsExactly("c1|Aoki Taro|2024-01-06", "c2|Baba|2024-02-01");
        assertThat(rows(workspace, "SELECT customer_id, value FROM customer_attributes ORDER BY 1"))
                .containsExactly("c1|platinum", "c2|silver");
    }

    @Test
    void replacesAnEventByItsNaturalKey() {
        importFrom(workspace, write(dataSet(), "first"));

        ImportReport report = importFrom(
                workspace,
                write(
                        aDataSet()
                                .table("events", "customer_id", "user_id", "occurred_at", "event", "feature")
                                // the same instant as 2024-03-01T09:00:00+09:00, written in UTC
                                .row("c1", "u1", "2024-03-01T00:00:00Z", "login", "sso"),
                        "second"));

        assertThat(report.tables()).containsExactly(new ImportReport.TableSummary("events", "events.csv", 1, 1));
        assertThat(rows(workspace, "SELECT user_id, event, feature FROM events ORDER BY occurred_at"))
                .containsExactly("u1|login|sso", "u1|report_created|NULL", "u2|login|NULL");
    }

    @Test
    void dryRunReportsWhatItWouldDoButWritesNothing() {
        importFrom(workspace, write(dataSet(), "first"));
        Map<String, String> before = fingerprint(workspace);

        ImportReport report = new Importer(workspace)
                .importFrom(
                        write(
                                aDataSet()
                                        .table("customers", "customer_id", "signup_date", "region")
                                        .row("c1", "2024-01-06", "Kanto")
                                        .row("c3", "2024-03-01", "Kansai"),
                                "second"),
                        DRY_RUN);

        assertThat(report.dryRun()).isTrue();
        assertThat(report.tables()).containsExactly(new ImportReport.TableSummary("customers", "customers.csv", 2, 1));
        assertThat(fingerprint(workspace)).isEqualTo(before);
    }

    @Test
    void dryRunReportsTheProblemsOfBadInput() {
        importFrom(workspace, write(dataSet(), "first"));
        Map<String, String> before = fingerprint(workspace);

        ImportFailedException failure = importFails(
                workspace,
                write(
                        aDataSet()
                                .table("customers", "customer_id", "signup_date")
                                .row("c3", "soon"),
                        "second"),
                DRY_RUN);

        assertThat(failure.problems())
                .containsExactly(
                        new Problem("customers.csv:2:2", "column signup_date: \"soon\" is not a date (YYYY-MM-DD)"));
        assertThat(fingerprint(workspace)).isEqualTo(before);
    }

    @Test
    void leavesEarlierTablesOfTheImportUnwrittenWhenALaterTableIsBad() {
        importFrom(workspace, write(dataSet(), "first"));
        Map<String, String> before = fingerprint(workspace);

        ImportFailedException failure = importFails(
                workspace,
                write(
                        aDataSet()
                                .table("customers", "customer_id", "signup_date")
                                .row("c3", "2024-03-01")
                                .table("tickets", "ticket_id", "customer_id", "opened_at")
                                .row("t2", "c3", "2024-03-05T09:00:00+09:00")
                                .row("t3", "c3", "tomorrow"),
                        "second"));

        assertThat(failure.problems())
                .containsExactly(
                        new Problem(
                                "tickets.csv:3:3",
                                "column opened_at: \"tomorrow\" is not a timestamp (ISO-8601, e.g. 2024-04-01T09:30:00+09:00)"));
        assertThat(fingerprint(workspace)).isEqualTo(before);
        assertThat(rows(workspace, "SELECT customer_id FROM customers ORDER BY 1"))
                .containsExactly("c1", "c2");
    }

    @Test
    void rollsBackEarlierTablesWhenWritingALaterTableFails() {
        importFrom(workspace, write(dataSet(), "first"));
        Map<String, String> before = fingerprint(workspace);

        // 10^12 dollars is a valid amount, but 10^12 × 150 = 1.5 × 10^14 yen does not fit the store's
        // DECIMAL(18, 4) (below 10^14). The rate and customer c3 are written before the orders, and the stored
        // order o1 is deleted to be replaced: all of it must be taken back.
        WorkspaceException failure = catchThrowableOfType(
                WorkspaceException.class,
                () -> importFrom(
                        workspace,
                        write(
                                aDataSet()
                                        .table("fx_rates", "date", "currency", "rate")
                                        .row("2024-03-01", "USD", "150")
                                        .table("customers", "customer_id", "signup_date")
                                        .row("c3", "2024-03-01")
                                        .table("orders", "order_id", "customer_id", "ordered_at", "amount", "currency")
                                        .row("o1", "c3", "2024-03-10T12:00:00+09:00", "1000000000000", "USD"),
                                "second")));

        assertThat(failure).isNotNull();
        assertThat(fingerprint(workspace)).isEqualTo(before);
    }

    @Test
    void reportsAConvertedAmountTooLargeToStoreAsAProblemOfItsCell() {
        ImportFailedException failure = importFails(
                workspace,
                write(
                        aDataSet()
                                .table("fx_rates", "date", "currency", "rate")
                                .row("2024-03-01", "USD", "150")
                                .table("customers", "customer_id", "signup_date")
                                .row("c1", "2024-03-01")
                                .table("orders", "order_id", "customer_id", "ordered_at", "amount", "currency")
                                .row("o1", "c1", "2024-03-10T12:00:00+09:00", "1000000000000", "USD"),
                        "input"));

        // 10^12 × 150 = 1.5 × 10^14 yen, more than the store keeps
        assertThat(failure.problems()).hasSize(1);
        assertThat(failure.problems().get(0).location()).isEqualTo("orders.csv:2:4");
        assertThat(failure.problems().get(0).reason()).startsWith("column amount: ");
    }

    @Test
    void reportsANumberTooLargeToStoreAsAProblemOfItsCell() {
        ImportFailedException failure = importFails(
                workspace,
                write(
                        aDataSet()
                                .table("surveys", "survey_id", "type", "scale_min", "scale_max")
                                .row("s2", "custom", "0", "10000000000000"),
                        "input"));

        assertThat(failure.problems()).hasSize(1);
        assertThat(failure.problems().get(0).location()).isEqualTo("surveys.csv:2:4");
        assertThat(failure.problems().get(0).reason()).startsWith("column scale_max: \"10000000000000\" ");
    }
}
