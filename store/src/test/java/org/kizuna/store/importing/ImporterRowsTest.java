package org.kizuna.store.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kizuna.store.importing.StoreFixture.fingerprint;
import static org.kizuna.store.importing.StoreFixture.newWorkspace;
import static org.kizuna.store.importing.StoreFixture.rows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.store.Workspace;

/** Rows given as values are checked and written as a file's are, and their problems name row and column. */
class ImporterRowsTest {

    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeEach
    void emptyWorkspace() {
        workspace = newWorkspace(dir.resolve("workspace"));
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    private ImportReport give(GivenRows... given) {
        return new Importer(workspace).importRows(List.of(given));
    }

    @Test
    void rowsOfSeveralTablesAreWrittenInOneCallAndReplacedByKey() {
        ImportReport first = give(
                GivenRows.replacing(
                        DataContract.EVENTS,
                        List.of(row(
                                "customer_id",
                                "c1",
                                "user_id",
                                "u1",
                                "occurred_at",
                                "2024-06-01T10:00:00+09:00",
                                "event",
                                "login",
                                "duration_seconds",
                                new BigDecimal("30")))),
                GivenRows.replacing(
                        DataContract.CUSTOMERS,
                        List.of(row("Customer_ID", "c1", "signup_date", "2024-01-05", "seats", 3, "csm", "Sato"))));
        assertThat(first.tables()).extracting(ImportReport.TableSummary::rows).containsExactly(1L, 1L);
        // The same rows again replace the stored ones: one customer and one event, each replacing one row.
        ImportReport again = give(
                GivenRows.replacing(
                        DataContract.CUSTOMERS,
                        List.of(row("customer_id", "c1", "signup_date", "2024-01-05", "seats", 3, "csm", "Sato"))),
                GivenRows.replacing(
                        DataContract.EVENTS,
                        List.of(row(
                                "customer_id",
                                "c1",
                                "user_id",
                                "u1",
                                "occurred_at",
                                "2024-06-01T10:00:00+09:00",
                                "event",
                                "login",
                                "duration_seconds",
                                30))));
        assertThat(again.tables())
                .extracting(ImportReport.TableSummary::replaced)
                .containsExactly(1L, 1L);
        assertThat(rows(workspace, "SELECT customer_id, signup_date, seats FROM customers"))
                .containsExactly("c1|2024-01-05|3");
        assertThat(rows(workspace, "SELECT customer_id, user_id, event, duration_seconds FROM events"))
                .containsExactly("c1|u1|login|30.0");
        assertThat(rows(workspace, "SELECT customer_id, attribute, value FROM customer_attributes"))
                .containsExactly("c1|csm|Sato");
        assertThat(rows(workspace, "SELECT DISTINCT source FROM imports")).containsExactly("api");
    }

    @Test
    void problemsNameTheTableRowAndColumnAndNothingIsWritten() {
        give(GivenRows.replacing(
                DataContract.CUSTOMERS, List.of(row("customer_id", "c1", "signup_date", "2024-01-05"))));
        Map<String, String> before = fingerprint(workspace);
        ImportFailedException failure = catchThrowableOfType(
                ImportFailedException.class,
                () -> give(
                        GivenRows.replacing(
                                DataContract.CUSTOMERS,
                                List.of(
                                        row("customer_id", "c2", "signup_date", "2024-02-01"),
                                        row("customer_id", "c3", "signup_date", "June"))),
                        GivenRows.replacing(
                                DataContract.EVENTS,
                                List.of(
                                        row(
                                                "customer_id",
                                                "c2",
                                                "user_id",
                                                "u",
                                                "occurred_at",
                                                "2024-06-01",
                                                "event",
                                                "a"),
                                        row(
                                                "customer_id",
                                                "c2",
                                                "user_id",
                                                "u",
                                                "occurred_at",
                                                "2024-06-01",
                                                "event",
                                                "b"),
                                        row(
                                                "customer_id",
                                                "nobody",
                                                "user_id",
                                                "u",
                                                "occurred_at",
                                                "2024-06-01",
                                                "event",
                                                "c"),
                                        row("customer_id", "c1", "user_id", "u", "occurred_at", "2024-06-01")))));
        assertThat(failure.problems())
                .extracting(p -> p.field().orElseThrow())
                .containsExactly(
                        new Problem.Field("customers", 1, "signup_date", "\"June\" is not a date (YYYY-MM-DD)"),
                        new Problem.Field("events", 2, "customer_id", "\"nobody\" is not a customer_id in customers"),
                        new Problem.Field("events", 3, "event", "a value is required"));
        assertThat(failure.problems().get(0).location()).isEqualTo("customers[1].signup_date");
        assertThat(fingerprint(workspace)).isEqualTo(before);
    }

    @Test
    void aNestedValueIsAProblemOfItsRowAndField() {
        Map<String, Object> nested = new HashMap<>(row("customer_id", "c1", "signup_date", "2024-01-05"));
        nested.put("plan", Map.of("name", "pro"));
        ImportFailedException failure = catchThrowableOfType(
                ImportFailedException.class,
                () -> give(GivenRows.replacing(
                        DataContract.CUSTOMERS,
                        List.of(row("customer_id", "c0", "signup_date", "2024-01-01"), nested))));
        assertThat(failure.problems())
                .extracting(p -> p.field().orElseThrow())
                .containsExactly(new Problem.Field(
                        "customers", 1, "plan", "holds a nested object or list; a plain value is required"));
    }

    @Test
    void keepingOmittedValuesChangesOnlyWhatARowGives() {
        give(GivenRows.replacing(
                DataContract.CUSTOMERS,
                List.of(row(
                        "customer_id",
                        "c1",
                        "name",
                        "Aoki",
                        "signup_date",
                        "2024-01-05",
                        "plan",
                        "pro",
                        "csm",
                        "Sato",
                        "tier",
                        "gold"))));
        give(new GivenRows(
                DataContract.CUSTOMERS,
                List.of(row("customer_id", "c1", "plan", "enterprise", "tier", "platinum")),
                true));
        assertThat(rows(workspace, "SELECT customer_id, name, signup_date, plan FROM customers"))
                .containsExactly("c1|Aoki|2024-01-05|enterprise");
        assertThat(rows(workspace, "SELECT attribute, value FROM customer_attributes ORDER BY attribute"))
                .containsExactly("csm|Sato", "tier|platinum");
        // A new customer still needs what the contract requires.
        ImportFailedException failure = catchThrowableOfType(
                ImportFailedException.class,
                () -> give(new GivenRows(DataContract.CUSTOMERS, List.of(row("customer_id", "c9")), true)));
        assertThat(failure.problems())
                .extracting(p -> p.field().orElseThrow())
                .containsExactly(new Problem.Field("customers", 0, "signup_date", "a value is required"));
    }
}
