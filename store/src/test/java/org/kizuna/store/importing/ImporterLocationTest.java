package org.kizuna.store.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.store.importing.StoreFixture.count;
import static org.kizuna.store.importing.StoreFixture.fingerprint;
import static org.kizuna.store.importing.StoreFixture.importFails;
import static org.kizuna.store.importing.StoreFixture.importFrom;
import static org.kizuna.store.importing.StoreFixture.newWorkspace;
import static org.kizuna.store.importing.StoreFixture.rows;
import static org.kizuna.store.importing.StoreFixture.write;
import static org.kizuna.testkit.CsvDataSet.aDataSet;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.kizuna.store.Workspace;
import org.kizuna.testkit.CsvDataSet;

/** Where problems are reported: physical lines of the file, how many are listed, in which order. */
@Execution(ExecutionMode.CONCURRENT)
class ImporterLocationTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private Path input;

    @BeforeEach
    void workspaceWithOneCustomer() {
        workspace = newWorkspace(dir.resolve("workspace"));
        importFrom(
                workspace,
                aDataSet()
                        .table("customers", "customer_id", "signup_date")
                        .row("c1", "2024-01-05")
                        .writeTo(dir.resolve("first")));
        input = dir.resolve("input");
    }

    private static Problem badSignupDate(int line, String value) {
        return new Problem(
                "customers.csv:" + line + ":3", "column signup_date: \"" + value + "\" is not a date (YYYY-MM-DD)");
    }

    @Test
    void countsTheLinesOfAQuotedNewlineBeforeABadRow() {
        ImportFailedException failure = importFails(
                workspace,
                aDataSet()
                        .table("customers", "customer_id", "name", "signup_date")
                        // this record spans lines 2 and 3
                        .row("c2", "Aoki\nAccounts payable", "2024-03-01")
                        .row("c3", "Baba", "2024-13-01")
                        .writeTo(input));

        assertThat(failure.problems()).containsExactly(badSignupDate(4, "2024-13-01"));
    }

    @Test
    void countsTheLinesOfAQuotedNewlineBeforeARowWithTooManyFields() {
        write(input.resolve("customers.csv"), """
                customer_id,name,signup_date
                c2,"Aoki
                Accounts payable",2024-03-01
                c3,Baba,2024-03-02,extra
                """);

        ImportFailedException failure = importFails(workspace, input);

        assertThat(failure.problems())
                .containsExactly(new Problem("customers.csv:4", "more fields than the 3 columns of the header"));
    }

    @Test
    void countsLinesOfAFileWithWindowsLineEnds() {
        write(
                input.resolve("customers.csv"),
                "customer_id,name,signup_date\r\nc2,Aoki,2024-03-01\r\nc3,\"Baba\r\nSales\",2024-03-02\r\n"
                        + "c4,Chiba,2024-02-30\r\n");

        ImportFailedException failure = importFails(workspace, input);

        // header 1, c2 on 2, c3 on 3–4, c4 on 5
        assertThat(failure.problems()).containsExactly(badSignupDate(5, "2024-02-30"));
    }

    @Test
    void importsAFileThatStartsWithAUtf8ByteOrderMark() {
        write(
                input.resolve("customers.csv"),
                ("\uFEFFcustomer_id,name,signup_date\nc2,青木,2024-03-01\n").getBytes(StandardCharsets.UTF_8));

        ImportReport report = importFrom(workspace, input);

        assertThat(report.notices()).isEmpty();
        assertThat(rows(workspace, "SELECT customer_id, name, signup_date FROM customers ORDER BY 1"))
                .containsExactly("c1|NULL|2024-01-05", "c2|青木|2024-03-01");
    }

    @Test
    void locatesABadValueInAFileThatStartsWithAByteOrderMark() {
        write(
                input.resolve("customers.csv"),
                ("\uFEFFcustomer_id,name,signup_date\nc2,Aoki,2024-03-01\nc3,Baba,01/03/2024\n")
                        .getBytes(StandardCharsets.UTF_8));

        ImportFailedException failure = importFails(workspace, input);

        assertThat(failure.problems()).containsExactly(badSignupDate(3, "01/03/2024"));
    }

    @Test
    void listsTheFirstHundredProblemsAndCountsTheRest() {
        CsvDataSet data = aDataSet().table("customers", "customer_id", "name", "signup_date");
        for (int i = 1; i <= 150; i++) {
            data.row("n" + i, "Customer " + i, "day " + i);
        }
        Map<String, String> before = fingerprint(workspace);

        ImportFailedException failure = importFails(workspace, data.writeTo(input));

        List<Problem> expected = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            // customer n<i> is on line i + 1
            expected.add(badSignupDate(i + 1, "day " + i));
        }
        assertThat(failure.problems()).containsExactlyElementsOf(expected);
        assertThat(failure.total()).isEqualTo(150);
        assertThat(failure.getMessage())
                .startsWith("customers.csv:2:3: column signup_date: \"day 1\" is not a date (YYYY-MM-DD)\n")
                .endsWith("customers.csv:101:3: column signup_date: \"day 100\" is not a date (YYYY-MM-DD)\n"
                        + "… and 50 more problems\n"
                        + "Nothing was imported: 150 problems to fix first.");
        assertThat(fingerprint(workspace)).isEqualTo(before);
    }

    @Test
    void countsProblemsOfEveryTableOnceTheListIsFull() {
        CsvDataSet data = aDataSet().table("customers", "customer_id", "signup_date");
        for (int i = 1; i <= 60; i++) {
            data.row("n" + i, "never");
        }
        data.table("tickets", "ticket_id", "customer_id", "opened_at");
        for (int i = 1; i <= 70; i++) {
            data.row("t" + i, "c1", "soon");
        }

        ImportFailedException failure = importFails(workspace, data.writeTo(input));

        // 60 customers fill the list up to 60; tickets add 40 more to reach 100; 60 + 70 = 130 in all.
        assertThat(failure.problems()).hasSize(100);
        assertThat(failure.problems().get(59))
                .isEqualTo(
                        new Problem("customers.csv:61:2", "column signup_date: \"never\" is not a date (YYYY-MM-DD)"));
        assertThat(failure.problems().get(99))
                .isEqualTo(new Problem(
                        "tickets.csv:41:3",
                        "column opened_at: \"soon\" is not a timestamp (ISO-8601, e.g. 2024-04-01T09:30:00+09:00)"));
        assertThat(failure.total()).isEqualTo(130);
        assertThat(failure.getMessage())
                .endsWith("… and 30 more problems\nNothing was imported: 130 problems to fix first.");
        assertThat(count(workspace, "customers")).isEqualTo(1);
    }

    @Test
    void listsTwoProblemsOfOneRowInTheOrderOfTheirColumns() {
        ImportFailedException failure = importFails(
                workspace,
                aDataSet()
                        .table("customers", "customer_id", "seats", "signup_date")
                        .row("c2", "many", "someday")
                        .writeTo(input));

        assertThat(failure.problems())
                .containsExactly(
                        new Problem("customers.csv:2:2", "column seats: \"many\" is not a whole number"),
                        badSignupDate(2, "someday"));
    }

    @Test
    void listsADuplicateIdBeforeABadValueOnALaterLine() {
        ImportFailedException failure = importFails(
                workspace,
                aDataSet()
                        .table("customers", "customer_id", "name", "signup_date")
                        .row("c2", "Aoki", "2024-03-01")
                        .row("c2", "Aoki again", "2024-03-01")
                        .row("c3", "Baba", "2024-13-01")
                        .writeTo(input));

        // Problems come in file order: line 3 (the duplicate) before line 4 (the bad date).
        assertThat(failure.problems())
                .containsExactly(
                        new Problem(
                                "customers.csv:3:1",
                                "column customer_id: duplicate id \"c2\" (first at customers.csv:2)"),
                        badSignupDate(4, "2024-13-01"));
    }
}
