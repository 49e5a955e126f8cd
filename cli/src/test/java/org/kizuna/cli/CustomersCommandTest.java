package org.kizuna.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.cli.InProcessRun.kizuna;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.testkit.GoldenData;

/**
 * {@code kizuna customers} and {@code kizuna customer} over the golden data set, as of 30 June 2024: tables for
 * people, JSON for tools, and a clear refusal (exit 1) of an unknown id or a value that cannot be used.
 */
class CustomersCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path root;

    private static String workspace;

    @BeforeAll
    static void goldenWorkspace() {
        Path data = GoldenData.copyTo(root.resolve("golden"));
        workspace = root.resolve("ws").toString();
        assertThat(kizuna("init", workspace, "--currency", "JPY", "--time-zone", "Asia/Tokyo", "--lang", "ja")
                        .exitCode())
                .isZero();
        assertThat(kizuna("import", "--workspace", workspace, data.toString()).exitCode())
                .isZero();
    }

    /**
     * Active pro customers on 30 June: c01 c02 c03 c07 c11 c17 c19 c25 c28 c29 (GOLDEN.md), one page. c07 is on
     * s07 pro_annual ¥25,000 (300,000 ÷ 12).
     */
    @Test
    void theListAsJsonHasTheContractsFields() throws Exception {
        InProcessRun run = kizuna(
                "customers",
                "--workspace",
                workspace,
                "--status",
                "active",
                "--where",
                "plan=pro",
                "--as-of",
                "2024-06-30",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode page = JSON.readTree(run.out());
        assertThat(page.get("total").asLong()).isEqualTo(10);
        assertThat(page.get("pages").asInt()).isEqualTo(1);
        assertThat(page.get("status").asText()).isEqualTo("active");
        assertThat(page.get("where").get("plan").asText()).isEqualTo("pro");
        JsonNode c07 = page.get("customers").get(3);
        assertThat(c07.get("id").asText()).isEqualTo("c07");
        assertThat(c07.get("mrr").decimalValue()).isEqualByComparingTo("25000");
        assertThat(run.out()).contains("\"mrr\" : 25000,");
    }

    /**
     * As CSV the list has every page: the 10 active pro customers on 30 June (c01 c02 c03 c07 c11 c17 c19 c25 c28
     * c29, GOLDEN.md), under the JSON's field names; c07 pays ¥25,000 a month (300,000 ÷ 12). Everyone: 30 rows
     * though a page holds 20.
     */
    @Test
    void theListAsCsvHasEveryPage() {
        InProcessRun run = kizuna(
                "customers",
                "--workspace",
                workspace,
                "--status",
                "active",
                "--where",
                "plan=pro",
                "--as-of",
                "2024-06-30",
                "--format",
                "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0))
                .startsWith("id,name,plan,status,mrr,customer_since,churned_at,last_activity,latest_nps,")
                .endsWith(",onboarding_done,onboarding_required,currency");
        assertThat(lines.subList(1, lines.size()))
                .extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactly("c01", "c02", "c03", "c07", "c11", "c17", "c19", "c25", "c28", "c29");
        assertThat(lines.get(4))
                .startsWith("c07,")
                .contains(",pro,active,25000,")
                .endsWith(",JPY");
        InProcessRun everyone =
                kizuna("customers", "--workspace", workspace, "--as-of", "2024-06-30", "--format", "csv");
        assertThat(everyone.out().lines().count()).isEqualTo(1 + 30);
    }

    /** Page 2 of everyone: c21 … c30; the footer says 30 customers on 2 pages. */
    @Test
    void theListAsATableHasAFooter() {
        InProcessRun run =
                kizuna("customers", "--workspace", workspace, "--page", "2", "--as-of", "2024-06-30", "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("c21", "ふじ精機株式会社", "60,000 JPY", "c30")
                .doesNotContain("c20 ")
                .contains("As of 2024-06-30 · 30 customers · page 2 of 2");
    }

    @Test
    void oneCustomerAsATableAndAsJson() throws Exception {
        InProcessRun table = kizuna("customer", "c03", "--workspace", workspace, "--as-of", "2024-06-30");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("さくら歯科クリニック", "subscription_changed", "from_plan=starter", "30,000 JPY");

        InProcessRun json =
                kizuna("customer", "c03", "--workspace", workspace, "--as-of", "2024-06-30", "--format", "json");
        JsonNode profile = JSON.readTree(json.out());
        assertThat(profile.get("customer").get("status").asText()).isEqualTo("active");
        // 13 entries: 4 usage weeks, 3 orders, 2 subscription rows, NPS, course, community, signup.
        assertThat(profile.get("timeline")).hasSize(13);
        assertThat(profile.get("timeline").get(0).get("event").asText()).isEqualTo("usage_week");
    }

    @Test
    void anUnknownIdOrABadValueIsRefusedWithExitStatus1() {
        InProcessRun unknown = kizuna("customer", "c99", "--workspace", workspace);
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no customer \"c99\"");

        InProcessRun status = kizuna("customers", "--workspace", workspace, "--status", "sleeping");
        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.err()).contains("status \"sleeping\" is neither active nor churned");

        InProcessRun page = kizuna("customers", "--workspace", workspace, "--page", "0");
        assertThat(page.exitCode()).isEqualTo(1);
        assertThat(page.err()).contains("page \"0\"");

        InProcessRun day = kizuna("customers", "--workspace", workspace, "--as-of", "30/06/2024");
        assertThat(day.exitCode()).isEqualTo(1);
        assertThat(day.err()).contains("as-of \"30/06/2024\" is not a date");
    }
}
