package org.kizuna.store.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.store.importing.StoreFixture.importFails;
import static org.kizuna.store.importing.StoreFixture.importFrom;
import static org.kizuna.store.importing.StoreFixture.newWorkspace;
import static org.kizuna.store.importing.StoreFixture.rows;
import static org.kizuna.store.importing.StoreFixture.write;
import static org.kizuna.testkit.CsvDataSet.aDataSet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.kizuna.store.Workspace;

/** The same data set as CSV, JSON Lines, Parquet and an Excel workbook is stored as the same rows. */
@Execution(ExecutionMode.CONCURRENT)
class ImporterFormatsTest {

    /** What the small data set below must be stored as, whatever its format. */
    private static final List<String> EXPECTED = List.of(
            "customers: c1|青木|2024-01-05|10",
            "customers: c2|Baba|2024-02-01|NULL",
            "customer_attributes: c1|tier|gold",
            "customer_attributes: c2|tier|silver",
            "surveys: s1|csat|1.000000|5.000000|4.500000",
            // 09:00 JST is 00:00 UTC; 09:30 JST the next day is 00:30 UTC
            "tickets: t1|c1|2024-03-02T00:00:00Z|2024-03-03T00:30:00Z|false",
            "tickets: t2|c2|2024-03-04T10:00:00Z|NULL|true");

    @TempDir
    Path dir;

    private ImportReport report;

    private List<String> importAndReadBack(String name, Path input) {
        Workspace workspace = newWorkspace(dir.resolve("workspace-" + name));
        report = importFrom(workspace, input);
        List<String> stored = new ArrayList<>();
        rows(workspace, "SELECT customer_id, name, signup_date, seats FROM customers ORDER BY 1").stream()
                .map(row -> "customers: " + row)
                .forEach(stored::add);
        rows(workspace, "SELECT customer_id, attribute, value FROM customer_attributes ORDER BY 1, 2").stream()
                .map(row -> "customer_attributes: " + row)
                .forEach(stored::add);
        rows(
                        workspace,
                        "SELECT survey_id, type, scale_min::VARCHAR, scale_max::VARCHAR, satisfied_threshold::VARCHAR"
                                + " FROM surveys ORDER BY 1")
                .stream()
                .map(row -> "surveys: " + row)
                .forEach(stored::add);
        rows(
                        workspace,
                        "SELECT ticket_id, customer_id,"
                                + " strftime(opened_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ'),"
                                + " strftime(resolved_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ'), reopened"
                                + " FROM tickets ORDER BY 1")
                .stream()
                .map(row -> "tickets: " + row)
                .forEach(stored::add);
        return stored;
    }

    private Path csvDataSet() {
        return aDataSet()
                .table("customers", "customer_id", "name", "signup_date", "seats", "tier")
                .row("c1", "青木", "2024-01-05", "10", "gold")
                .row("c2", "Baba", "2024-02-01", null, "silver")
                .table("surveys", "survey_id", "type", "scale_min", "scale_max", "satisfied_threshold")
                .row("s1", "csat", "1", "5", "4.5")
                .table("tickets", "ticket_id", "customer_id", "opened_at", "resolved_at", "reopened")
                .row("t1", "c1", "2024-03-02T09:00:00+09:00", "2024-03-03T09:30:00+09:00", "false")
                .row("t2", "c2", "2024-03-04T10:00:00Z", null, "true")
                .writeTo(dir.resolve("csv"));
    }

    @Test
    void storesTheCsvDataSetAsWritten() {
        assertThat(importAndReadBack("csv", csvDataSet())).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void storesTheJsonLinesDataSetLikeTheCsvOne() {
        Path input = dir.resolve("jsonl");
        write(input.resolve("customers.jsonl"), """
                {"customer_id": "c1", "name": "青木", "signup_date": "2024-01-05", "seats": 10, "tier": "gold"}
                {"customer_id": "c2", "name": "Baba", "signup_date": "2024-02-01", "seats": null, "tier": "silver"}
                """);
        write(input.resolve("surveys.jsonl"), """
                {"survey_id": "s1", "type": "csat", "scale_min": 1, "scale_max": 5, "satisfied_threshold": 4.5}
                """);
        write(input.resolve("tickets.ndjson"), """
                {"ticket_id": "t1", "customer_id": "c1", "opened_at": "2024-03-02T09:00:00+09:00", \
                "resolved_at": "2024-03-03T09:30:00+09:00", "reopened": false}

                {"ticket_id": "t2", "customer_id": "c2", "opened_at": "2024-03-04T10:00:00Z", "reopened": true}
                """);

        assertThat(importAndReadBack("jsonl", input))
                .containsExactlyElementsOf(EXPECTED)
                .containsExactlyElementsOf(importAndReadBack("csv", csvDataSet()));
    }

    @Test
    void storesTheParquetDataSetLikeTheCsvOne() throws SQLException {
        Path input = dir.resolve("parquet");
        writeParquet(
                input.resolve("customers.parquet"),
                "SELECT * FROM (VALUES ('c1', '青木', DATE '2024-01-05', 10, 'gold'),"
                        + " ('c2', 'Baba', DATE '2024-02-01', NULL, 'silver'))"
                        + " t(customer_id, name, signup_date, seats, tier)");
        writeParquet(
                input.resolve("surveys.parquet"),
                "SELECT 's1' AS survey_id, 'csat' AS type, 1 AS scale_min, 5 AS scale_max,"
                        + " CAST(4.5 AS DECIMAL(3, 1)) AS satisfied_threshold");
        writeParquet(
                input.resolve("tickets.parquet"),
                "SELECT * FROM (VALUES"
                        + " ('t1', 'c1', TIMESTAMPTZ '2024-03-02 09:00:00+09:00', TIMESTAMPTZ '2024-03-03 09:30:00+09:00',"
                        + " false), ('t2', 'c2', TIMESTAMPTZ '2024-03-04 10:00:00+00:00', NULL, true))"
                        + " t(ticket_id, customer_id, opened_at, resolved_at, reopened)");

        assertThat(importAndReadBack("parquet", input))
                .containsExactlyElementsOf(EXPECTED)
                .containsExactlyElementsOf(importAndReadBack("csv", csvDataSet()));
    }

    @Test
    void storesTheWorkbookDataSetLikeTheCsvOne() throws IOException {
        Path input = dir.resolve("xlsx");
        writeWorkbookDataSet(input.resolve("book.xlsx"));

        List<String> stored = importAndReadBack("xlsx", input);

        assertThat(stored)
                .containsExactlyElementsOf(EXPECTED)
                .containsExactlyElementsOf(importAndReadBack("csv", csvDataSet()));
    }

    @Test
    void reportsTheSheetsOfAWorkbookAsSources() throws IOException {
        Path input = dir.resolve("xlsx");
        writeWorkbookDataSet(input.resolve("book.xlsx"));

        importAndReadBack("xlsx", input);

        assertThat(report.notices())
                .containsExactly(
                        "book.xlsx[notes]: ignored, not a table of the data contract",
                        "book.xlsx[customers]: kept as custom attributes: tier");
        assertThat(report.tables())
                .containsExactly(
                        new ImportReport.TableSummary("customers", "book.xlsx[customers]", 2, 0),
                        new ImportReport.TableSummary("surveys", "book.xlsx[Surveys]", 1, 0),
                        new ImportReport.TableSummary("tickets", "book.xlsx[tickets]", 2, 0));
    }

    @Test
    void readsTimestampsWithoutOffsetInTheWorkspaceTimeZone() {
        Workspace workspace = newWorkspace(dir.resolve("workspace"));

        importFrom(
                workspace,
                aDataSet()
                        .table("customers", "customer_id", "signup_date")
                        .row("c1", "2024-01-05")
                        .table("tickets", "ticket_id", "customer_id", "opened_at")
                        .row("t1", "c1", "2024-04-01T09:30:00")
                        .row("t2", "c1", "2024-04-01 09:30:00")
                        .row("t3", "c1", "2024-04-01")
                        .row("t4", "c1", "2024-04-01T09:30:00+02:00")
                        .writeTo(dir.resolve("input")));

        assertThat(rows(
                        workspace,
                        "SELECT ticket_id, strftime(opened_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') FROM tickets"
                                + " ORDER BY 1"))
                .containsExactly(
                        // 09:30 in Tokyo (UTC+9) is 00:30 UTC
                        "t1|2024-04-01T00:30:00Z",
                        "t2|2024-04-01T00:30:00Z",
                        // a date alone is midnight in Tokyo, 15:00 UTC the day before
                        "t3|2024-03-31T15:00:00Z",
                        // an offset given wins: 09:30 at UTC+2 is 07:30 UTC
                        "t4|2024-04-01T07:30:00Z");
    }

    @Test
    void reportsABadValueInJsonLinesByFileAndLine() {
        Path input = dir.resolve("jsonl");
        write(input.resolve("customers.jsonl"), "{\"customer_id\": \"c1\", \"signup_date\": \"2024-01-05\"}\n");
        write(input.resolve("orders.jsonl"), """
                {"order_id": "o1", "customer_id": "c1", "ordered_at": "2024-03-01T10:00:00+09:00", "amount": 100}

                {"order_id": "o2", "customer_id": "c1", "ordered_at": "2024-03-02T10:00:00+09:00", "amount": "12,5"}
                """);

        ImportFailedException failure = importFails(newWorkspace(dir.resolve("workspace")), input);

        // line 2 is blank; JSON Lines has no columns to count, so the location ends at the line
        assertThat(failure.problems())
                .containsExactly(new Problem("orders.jsonl:3", "column amount: \"12,5\" is not a number"));
    }

    @Test
    void reportsALineOfJsonLinesThatIsNoObject() {
        Path input = dir.resolve("jsonl");
        write(
                input.resolve("customers.jsonl"),
                "{\"customer_id\": \"c1\", \"signup_date\": \"2024-01-05\"}\n[\"c2\", \"2024-01-06\"]\n");

        ImportFailedException failure = importFails(newWorkspace(dir.resolve("workspace")), input);

        assertThat(failure.problems()).containsExactly(new Problem("customers.jsonl:2", "not a JSON object"));
    }

    @Test
    void reportsABadValueInAWorkbookBySheetRowAndColumnLetter() throws IOException {
        Path input = dir.resolve("xlsx");
        Files.createDirectories(input);
        try (OutputStream out = Files.newOutputStream(input.resolve("book.xlsx"))) {
            Workbook workbook = new Workbook(out, "Kizuna tests", "1.0");
            Worksheet customers = workbook.newWorksheet("customers");
            header(customers, "customer_id", "signup_date");
            customers.value(1, 0, "c1");
            customers.value(1, 1, "2024-01-05");
            Worksheet orders = workbook.newWorksheet("orders");
            header(orders, "order_id", "customer_id", "ordered_at", "amount");
            orders.value(1, 0, "o1");
            orders.value(1, 1, "c1");
            orders.value(1, 2, "2024-03-01T10:00:00+09:00");
            orders.value(1, 3, 100);
            orders.value(2, 0, "o2");
            orders.value(2, 1, "c1");
            orders.value(2, 2, "2024-03-02T10:00:00+09:00");
            orders.value(2, 3, "12,5");
            workbook.finish();
        }

        ImportFailedException failure = importFails(newWorkspace(dir.resolve("workspace")), input);

        // Excel row 3 (row 1 is the header), column D (the fourth)
        assertThat(failure.problems())
                .containsExactly(new Problem("book.xlsx[orders]:3:D", "column amount: \"12,5\" is not a number"));
    }

    @Test
    void reportsABadValueInParquetByRowAndColumn() throws SQLException {
        Path input = dir.resolve("parquet");
        writeParquet(
                input.resolve("customers.parquet"), "SELECT 'c1' AS customer_id, DATE '2024-01-05' AS signup_date");
        writeParquet(
                input.resolve("orders.parquet"),
                "SELECT * FROM (VALUES ('o1', 'c1', '2024-03-01T10:00:00+09:00', '100'),"
                        + " ('o2', 'c1', '2024-03-02T10:00:00+09:00', '12,5'))"
                        + " t(order_id, customer_id, ordered_at, amount)");

        ImportFailedException failure = importFails(newWorkspace(dir.resolve("workspace")), input);

        // Parquet has no lines: the second row of the file, fourth column
        assertThat(failure.problems())
                .containsExactly(new Problem("orders.parquet:row 2:4", "column amount: \"12,5\" is not a number"));
    }

    /** The data set as one workbook: a sheet per table, an Excel date cell, number cells, a sheet of notes. */
    private static void writeWorkbookDataSet(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Kizuna tests", "1.0");
            Worksheet customers = workbook.newWorksheet("customers");
            header(customers, "customer_id", "name", "signup_date", "seats", "tier");
            customers.value(1, 0, "c1");
            customers.value(1, 1, "青木");
            customers.value(1, 2, LocalDate.of(2024, 1, 5));
            customers.style(1, 2).format("yyyy-mm-dd").set();
            customers.value(1, 3, 10);
            customers.value(1, 4, "gold");
            customers.value(2, 0, "c2");
            customers.value(2, 1, "Baba");
            customers.value(2, 2, LocalDate.of(2024, 2, 1));
            customers.style(2, 2).format("yyyy/m/d").set();
            customers.value(2, 4, "silver");
            Worksheet surveys = workbook.newWorksheet("Surveys");
            header(surveys, "survey_id", "type", "scale_min", "scale_max", "satisfied_threshold");
            surveys.value(1, 0, "s1");
            surveys.value(1, 1, "csat");
            surveys.value(1, 2, 1);
            surveys.value(1, 3, 5);
            surveys.value(1, 4, 4.5);
            Worksheet tickets = workbook.newWorksheet("tickets");
            header(tickets, "ticket_id", "customer_id", "opened_at", "resolved_at", "reopened");
            tickets.value(1, 0, "t1");
            tickets.value(1, 1, "c1");
            // a date-time cell has no offset: it is read in the workspace's time zone, Asia/Tokyo
            tickets.value(1, 2, LocalDateTime.of(2024, 3, 2, 9, 0));
            tickets.style(1, 2).format("yyyy-mm-dd hh:mm").set();
            tickets.value(1, 3, "2024-03-03T09:30:00+09:00");
            tickets.value(1, 4, false);
            tickets.value(2, 0, "t2");
            tickets.value(2, 1, "c2");
            tickets.value(2, 2, "2024-03-04T10:00:00Z");
            tickets.value(2, 4, true);
            Worksheet notes = workbook.newWorksheet("notes");
            notes.value(0, 0, "exported from the CRM");
            workbook.finish();
        }
    }

    private static void header(Worksheet sheet, String... names) {
        for (int i = 0; i < names.length; i++) {
            sheet.value(0, i, names[i]);
        }
    }

    private static void writeParquet(Path file, String select) throws SQLException {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("COPY (" + select + ") TO '" + file.toString().replace("'", "''") + "' (FORMAT parquet)");
        }
    }
}
