package org.kizuna.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kizuna.domain.Period;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.MetricsEngine;
import org.kizuna.metrics.advocacy.MentionTally;
import org.kizuna.metrics.engagement.ActiveUserTally;
import org.kizuna.metrics.support.TicketClock;
import org.kizuna.metrics.support.TicketTimeCount;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.ImportOptions;
import org.kizuna.store.importing.Importer;
import org.kizuna.testkit.GoldenData;

/**
 * Every tally keeps the rows it was made from, so that {@code kizuna explain} can list them: each query is a
 * {@code detail} step (one row per customer, ticket, response, user-day …) followed by {@code -- tally} and
 * the aggregate over it. Checked on the golden data set of the testkit for June 2024, over every metric of the
 * catalogue and every query file, and, for a few queries, against the figures its documents work out by hand.
 */
class TallyDetailTest {

    private static final Period JUNE = Period.parse("2024-06");

    /** Rows asked of each table in the catalogue-wide check: fewer than most tables have. */
    private static final int SOME = 3;

    /** Rows asked when every row is checked: more than any table of the golden data set has. */
    private static final int ALL = 10_000;

    /** The fragments that other queries splice in to judge activity one way: they tally nothing themselves. */
    private static final Pattern FRAGMENT = Pattern.compile("active_(during|at_ends)_\\w+\\.sql");

    /**
     * Queries whose rows belong to no customer segment: costs are no customer's (neither a breakdown nor a
     * filter applies to them) and signup cohorts are never broken down.
     */
    private static final Pattern UNSEGMENTED = Pattern.compile("value_costs\\.sql|cohorts_\\w+\\.sql");

    /** The start of a step of a query's WITH clause, written at the start of its line. */
    private static final Pattern STEP = Pattern.compile("(?m)^(?:WITH )?(\\w+) AS (?:MATERIALIZED )?\\($");

    @TempDir
    static Path dir;

    private static Workspace workspace;

    @BeforeAll
    static void importTheGoldenDataSet() {
        workspace =
                Workspace.init(dir.resolve("ws"), WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo")));
        new Importer(workspace).importFrom(GoldenData.copyTo(dir.resolve("golden")), ImportOptions.defaults());
    }

    static List<String> metrics() {
        return MetricCatalog.ids();
    }

    /**
     * A tally query written without its detail step would run but list nothing: its name would be missing
     * from the evidence.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("metrics")
    void everyQueryAMetricRunsListsTheRowsOfItsTally(String metric) {
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace)) {
            MetricResult result = junesFigure(metric, inputs);
            List<EvidenceTable> evidence = inputs.evidence(SOME);

            assertThat(inputs.queriesRun()).as(metric + " runs a query").isNotEmpty();
            assertThat(evidence)
                    .extracting(EvidenceTable::query)
                    .as("the queries of " + metric + " that list their rows")
                    .containsExactlyElementsOf(inputs.queriesRun());
            if (result.value() != null) {
                assertThat(evidence).as(metric).isNotEmpty();
            }
            for (EvidenceTable table : evidence) {
                String name = metric + " " + table.query();
                assertThat(table.description()).as(name).isNotBlank();
                assertThat(table.columns())
                        .as(name)
                        .isNotEmpty()
                        .doesNotHaveDuplicates()
                        .doesNotContain("segment_value");
                assertThat(table.rows()).as(name).hasSize((int) Math.min(SOME, table.total()));
                table.rows().forEach(row -> assertThat(row).as(name).hasSameSizeAs(table.columns()));
            }
        }
    }

    @Test
    void theCohortQueryListsTheRowsOfItsTallyToo() {
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace)) {
            inputs.cohorts(YearMonth.of(2024, 4), YearMonth.of(2024, 6));

            assertThat(inputs.queriesRun()).containsExactly("cohorts_subscriptions");
            assertThat(inputs.evidence(SOME))
                    .singleElement()
                    .satisfies(table -> assertThat(table.columns()).contains("customer_id", "month_start", "active"));
        }
    }

    /**
     * A new query file is a tally like the others: its last step before the {@code -- tally} line is {@code
     * detail}, with the segment value of each row, and what follows reads it.
     */
    @Test
    void everyQueryFileButTheActivityFragmentsEndsWithItsDetailRowsAndATallyOverThem() {
        List<String> files = queryFiles();
        assertThat(files).contains("activity.sql", "active_during_subscriptions.sql");
        for (String file : files) {
            if (FRAGMENT.matcher(file).matches()) {
                continue;
            }
            String text = text(file);
            assertThat(SqlTemplate.load(file).hasDetail())
                    .as(file + " has a -- tally line")
                    .isTrue();
            int marker = text.indexOf("\n-- tally\n");
            String steps = text.substring(0, marker);
            String tally = text.substring(marker);
            String last = null;
            Matcher step = STEP.matcher(steps);
            while (step.find()) {
                last = step.group(1);
            }
            assertThat(last).as(file + ": the last step before -- tally").isEqualTo("detail");
            if (!UNSEGMENTED.matcher(file).matches()) {
                assertThat(steps).as(file + ": the detail rows' segment").contains("AS segment_value");
            }
            assertThat(tally).as(file + ": the tally").contains("FROM detail");
        }
    }

    /**
     * first_response_time, June (GOLDEN-support.md): tickets t03–t11 are opened in June, 9 tickets. t06 and t07
     * have no first reply; the other 7 replied after 0.25 h (t05), 1/3 h (t11), 0.5 h (t03, t09), 2 h (t10), 4 h
     * (t04) and 9.5 h (t08): 900 + 1,200 + 1,800 + 1,800 + 7,200 + 14,400 + 34,200 = 61,500 seconds.
     */
    @Test
    void juneTicketsAddUpToTheFirstReplyTally() {
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace)) {
            List<TicketTimeCount> tally =
                    inputs.support().ticketTimes(JUNE, Optional.empty(), TicketClock.FIRST_RESPONSE);
            EvidenceTable tickets = inputs.evidence(ALL).get(0);

            assertThat(tickets.query()).isEqualTo("support_ticket_times");
            assertThat(tickets.columns()).contains("ticket_id", "customer_id", "first_response_at", "seconds");
            assertThat(tickets.total()).isEqualTo(9);
            assertThat(column(tickets, "ticket_id"))
                    .containsExactly("t03", "t04", "t05", "t06", "t07", "t08", "t09", "t10", "t11");
            List<Object> seconds = column(tickets, "seconds");
            assertThat(seconds.stream().filter(s -> s == null)).hasSize(2);
            assertThat(seconds.stream().filter(s -> s != null).mapToLong(s -> (Long) s))
                    .containsExactlyInAnyOrder(900L, 1_200L, 1_800L, 1_800L, 7_200L, 14_400L, 34_200L);

            assertThat(tally.stream().mapToLong(TicketTimeCount::tickets).sum()).isEqualTo(9);
            assertThat(tally.stream()
                            .filter(TicketTimeCount::reached)
                            .mapToLong(TicketTimeCount::tickets)
                            .sum())
                    .isEqualTo(7);
            assertThat(tally.stream()
                            .filter(TicketTimeCount::reached)
                            .mapToLong(count -> count.seconds() * count.tickets())
                            .sum())
                    .isEqualTo(61_500);
        }
    }

    /**
     * dau, June (GOLDEN-engagement.md, "Users and customers per day"): user-days 1 (1 Jun) + 5 (3 Jun) + 3 (4
     * Jun) + 5 (10 Jun) + 4 (17 Jun) + 3 (24 Jun) + 2 (27 Jun) + 1 (30 Jun) = 24, of 14 users (every user but
     * u01c) at 8 customers; customer-days 1 + 3 + 3 + 5 + 4 + 3 + 2 + 1 = 22; 6 repeat users (u01a u02a u03a u12a
     * u15a u24a, on two days or more).
     */
    @Test
    void juneUserDaysAddUpToTheActiveUsersTally() {
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace)) {
            List<ActiveUserTally> tally = inputs.engagement().activeUsers(List.of(JUNE), Optional.empty());
            EvidenceTable userDays = inputs.evidence(ALL).get(0);

            assertThat(userDays.query()).isEqualTo("engagement_active_users");
            assertThat(userDays.columns()).containsExactly("customer_id", "user_id", "day");
            assertThat(userDays.total()).isEqualTo(24);
            assertThat(userDays.rows()).hasSize(24).doesNotHaveDuplicates();
            assertThat(userDays.rows().stream().map(row -> row.subList(0, 2)).distinct())
                    .hasSize(14);
            assertThat(userDays.rows().stream().map(row -> row.get(0)).distinct())
                    .hasSize(8);
            assertThat(userDays.rows().stream()
                            .map(row -> List.of(row.get(0), row.get(2)))
                            .distinct())
                    .hasSize(22);
            Map<List<Object>, Long> daysPerUser = userDays.rows().stream()
                    .collect(Collectors.groupingBy(row -> row.subList(0, 2), Collectors.counting()));
            assertThat(daysPerUser.values().stream().filter(days -> days >= 2)).hasSize(6);

            assertThat(tally).singleElement().satisfies(june -> {
                assertThat(june.userDays()).isEqualTo(24);
                assertThat(june.users()).isEqualTo(14);
                assertThat(june.customers()).isEqualTo(8);
                assertThat(june.customerDays()).isEqualTo(22);
                assertThat(june.repeatUsers()).isEqualTo(6);
            });
        }
    }

    /**
     * social_metrics, June (GOLDEN-advocacy.md): mentions sm2–sm6, 5; likes 12 + 40 + 25 + 5 + 3 = 85; shares 3
     * + 10 + 2 + 0 + 1 = 16; comments 1 + 5 + 4 + 2 + 6 = 18; sm3 and sm5 are the public's, with no customer.
     */
    @Test
    void juneMentionsAddUpToTheMentionTally() {
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace)) {
            List<MentionTally> tally = inputs.advocacy().mentions(JUNE, Optional.empty());
            EvidenceTable mentions = inputs.evidence(ALL).get(0);

            assertThat(mentions.query()).isEqualTo("advocacy_mentions");
            assertThat(mentions.total()).isEqualTo(5);
            assertThat(column(mentions, "mention_id")).containsExactly("sm2", "sm3", "sm4", "sm5", "sm6");
            assertThat(column(mentions, "customer_id")).containsExactly("c01", null, "c12", null, "c15");
            assertThat(sum(mentions, "likes")).isEqualTo(85);
            assertThat(sum(mentions, "shares")).isEqualTo(16);
            assertThat(sum(mentions, "comments")).isEqualTo(18);

            assertThat(tally.stream().mapToLong(MentionTally::mentions).sum()).isEqualTo(5);
            assertThat(tally.stream().mapToLong(MentionTally::likes).sum()).isEqualTo(85);
            assertThat(tally.stream().mapToLong(MentionTally::shares).sum()).isEqualTo(16);
            assertThat(tally.stream().mapToLong(MentionTally::comments).sum()).isEqualTo(18);
        }
    }

    private static MetricResult junesFigure(String metric, StoreMetricInputs inputs) {
        List<MetricResult> results = new MetricsEngine()
                .compute(
                        new MetricRequest(JUNE, Optional.empty(), workspace.settings()),
                        MetricCatalog.select(List.of(metric)),
                        inputs);
        assertThat(results).as(metric).hasSize(1);
        return results.get(0);
    }

    private static List<Object> column(EvidenceTable table, String column) {
        int index = table.columns().indexOf(column);
        assertThat(index).as(table.query() + " has " + column).isNotNegative();
        return table.rows().stream().map(row -> row.get(index)).toList();
    }

    // Every row is read (ALL), so the sum is the whole column's; an empty cell counts 0.
    private static long sum(EvidenceTable table, String column) {
        return column(table, column).stream()
                .mapToLong(value -> value == null ? 0 : new BigDecimal(value.toString()).longValueExact())
                .sum();
    }

    /** The query files beside {@link SqlTemplate}, by name. */
    private static List<String> queryFiles() {
        try (Stream<Path> files = Files.list(
                Path.of(SqlTemplate.class.getResource("activity.sql").toURI()).getParent())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".sql"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String file) {
        try (InputStream in = SqlTemplate.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
