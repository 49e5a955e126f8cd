package org.kizuna.store.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.store.importing.StoreFixture.count;
import static org.kizuna.store.importing.StoreFixture.importFrom;
import static org.kizuna.store.importing.StoreFixture.newWorkspace;
import static org.kizuna.store.importing.StoreFixture.rows;
import static org.kizuna.testkit.CsvDataSet.aDataSet;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.kizuna.store.Workspace;
import org.kizuna.testkit.CsvDataSet;

/**
 * Money is stored in the reporting currency (JPY here), converted with the latest rate on or before the row's
 * day in the workspace's time zone; the amount as given and its currency are kept beside it.
 */
@Execution(ExecutionMode.CONCURRENT)
class ImporterMoneyTest {

    private static final String ORDERS = "SELECT order_id, amount::VARCHAR, amount_original::VARCHAR, currency,"
            + " gross_margin::VARCHAR, gross_margin_original::VARCHAR FROM orders ORDER BY order_id";

    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeEach
    void emptyWorkspace() {
        workspace = newWorkspace(dir.resolve("workspace"));
    }

    /** USD is 150.25 JPY from 2024-03-01 and 148.5 JPY from 2024-03-15. */
    private static CsvDataSet dollarRates(CsvDataSet data) {
        return data.table("fx_rates", "date", "currency", "rate")
                .row("2024-03-01", "USD", "150.25")
                .row("2024-03-15", "USD", "148.5");
    }

    private static CsvDataSet oneCustomer() {
        return aDataSet().table("customers", "customer_id", "signup_date").row("c1", "2024-01-05");
    }

    @Test
    void convertsEachOrderWithTheLatestRateOnOrBeforeItsDay() {
        importFrom(
                workspace,
                dollarRates(oneCustomer())
                        .table("orders", "order_id", "customer_id", "ordered_at", "amount", "currency", "gross_margin")
                        .row("o1", "c1", "2024-03-10T12:00:00+09:00", "19.99", "USD", "5")
                        .row("o2", "c1", "2024-03-15T00:00:00+09:00", "10", "usd", null)
                        .row("o3", "c1", "2024-03-14T20:00:00Z", "2", "USD", null)
                        .row("o4", "c1", "2024-03-14T23:59:59+09:00", "2", "USD", null)
                        .row("o5", "c1", "2024-03-10T12:00:00+09:00", "5000", "JPY", "1200")
                        .row("o6", "c1", "2024-03-10T12:00:00+09:00", "800", null, null)
                        .writeTo(dir.resolve("input")));

        assertThat(rows(workspace, ORDERS))
                .containsExactly(
                        // 19.99 × 150.25 = 3003.4975; margin 5 × 150.25 = 751.25
                        "o1|3003.4975|19.9900|USD|751.2500|5.0000",
                        // the rate of 2024-03-15 applies on that day itself: 10 × 148.5 = 1485
                        "o2|1485.0000|10.0000|USD|NULL|NULL",
                        // 20:00 UTC on the 14th is 05:00 on the 15th in Tokyo: 2 × 148.5 = 297
                        "o3|297.0000|2.0000|USD|NULL|NULL",
                        // a second before the 15th in Tokyo: 2 × 150.25 = 300.5
                        "o4|300.5000|2.0000|USD|NULL|NULL",
                        // yen stay as they are
                        "o5|5000.0000|5000.0000|JPY|1200.0000|1200.0000",
                        // no currency means the reporting currency
                        "o6|800.0000|800.0000|JPY|NULL|NULL");
    }

    @Test
    void convertsWithRatesStoredByAnEarlierImport() {
        importFrom(workspace, dollarRates(oneCustomer()).writeTo(dir.resolve("rates")));

        importFrom(
                workspace,
                aDataSet()
                        .table("subscriptions", "subscription_id", "customer_id", "start_date", "mrr", "currency")
                        .row("sub1", "c1", "2024-03-01", "100", "USD")
                        .row("sub2", "c1", "2024-04-01", "99.99", "USD")
                        .writeTo(dir.resolve("subscriptions")));

        assertThat(rows(
                        workspace,
                        "SELECT subscription_id, mrr::VARCHAR, mrr_original::VARCHAR, currency FROM subscriptions"
                                + " ORDER BY 1"))
                .containsExactly(
                        // 100 × 150.25 = 15025
                        "sub1|15025.0000|100.0000|USD",
                        // 99.99 × 148.5 = 14848.515
                        "sub2|14848.5150|99.9900|USD");
    }

    @Test
    void matchesRatesWhoseCurrencyIsWrittenInLowerCase() {
        importFrom(
                workspace,
                oneCustomer()
                        .table("fx_rates", "date", "currency", "rate")
                        .row("2024-03-01", "usd", "150")
                        .table("orders", "order_id", "customer_id", "ordered_at", "amount", "currency")
                        .row("o1", "c1", "2024-03-10T12:00:00+09:00", "3", "USD")
                        .writeTo(dir.resolve("input")));

        // 3 × 150 = 450
        assertThat(rows(workspace, ORDERS)).containsExactly("o1|450.0000|3.0000|USD|NULL|NULL");
    }

    @Test
    void convertsCostsWithTheRateOfTheirFirstDayAndReplacesThemOnReimport() {
        Path input = dollarRates(oneCustomer())
                .table("costs", "period_start", "period_end", "category", "amount", "currency", "segment_attribute")
                .row("2024-03-01", "2024-03-31", "marketing", "1000", "USD", null)
                .row("2024-03-01", "2024-03-31", "support", "200000", null, null)
                .writeTo(dir.resolve("input"));
        importFrom(workspace, input);

        ImportReport again = importFrom(workspace, input);

        // segment_attribute and segment_value are empty, yet part of the key: the same rows are replaced
        assertThat(again.tables())
                .contains(new ImportReport.TableSummary("costs", "costs.csv", 2, 2))
                .contains(new ImportReport.TableSummary("fx_rates", "fx_rates.csv", 2, 2));
        assertThat(count(workspace, "costs")).isEqualTo(2);
        assertThat(rows(workspace, "SELECT category, amount::VARCHAR, currency FROM costs ORDER BY 1"))
                .containsExactly(
                        // 1000 × 150.25 = 150250
                        "marketing|150250.0000|USD", "support|200000.0000|JPY");
    }
}
