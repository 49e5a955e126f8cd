package org.kizuna.store.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.Granularity;
import org.kizuna.domain.Period;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.domain.contract.Table;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.ImportOptions;
import org.kizuna.store.importing.Importer;
import org.kizuna.testkit.GoldenData;

/** The benchmark's catalogue floor reads every table the catalogue's queries read, and runs on a real store. */
class DuckDbFloorTest {

    private static final Pattern READ_TABLE = Pattern.compile("(?i)\\b(?:FROM|JOIN)\\s+([a-z_]+)");

    @TempDir
    static Path dir;

    private static Workspace workspace;

    @BeforeAll
    static void importTheGoldenDataSet() {
        workspace =
                Workspace.init(dir.resolve("ws"), WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo")));
        new Importer(workspace).importFrom(GoldenData.copyTo(dir.resolve("golden")), ImportOptions.defaults());
    }

    @Test
    void readsEveryTableTheCataloguesQueriesRead() throws IOException, URISyntaxException {
        Path queries = Path.of(Workspace.class.getResource("query/activity.sql").toURI())
                .getParent();
        Set<String> catalogue = new TreeSet<>();
        try (Stream<Path> files = Files.list(queries)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                catalogue.addAll(tablesRead(Files.readString(file)));
            }
        }
        Set<String> floor =
                tablesRead(String.join("\n", DuckDbFloor.catalogueQueries().values()));

        assertThat(catalogue).contains("events", "subscriptions", "survey_responses", "tickets", "costs");
        assertThat(floor).containsAll(catalogue);
    }

    @Test
    void runsEachQueryForOneAndForTwelvePeriodsForTheWholeBaseAndByPlan() {
        Period june = Period.month(YearMonth.of(2024, 6));
        List<Period> year = Period.series(Period.month(YearMonth.of(2023, 7)), june, Granularity.MONTH);
        for (List<Period> periods : List.of(List.of(june), year)) {
            for (Optional<String> by : List.of(Optional.<String>empty(), Optional.of("plan"))) {
                Map<String, Double> seconds = DuckDbFloor.catalogue(workspace, periods, by);
                assertThat(seconds.keySet())
                        .containsExactlyElementsOf(
                                DuckDbFloor.catalogueQueries().keySet());
                assertThat(seconds.values()).allSatisfy(s -> assertThat(s).isPositive());
            }
        }
    }

    // The contract tables named after FROM or JOIN; common table expressions and subqueries are not tables.
    private static Set<String> tablesRead(String sql) {
        Set<String> tables = DataContract.TABLES.stream().map(Table::name).collect(Collectors.toSet());
        Set<String> read = new TreeSet<>();
        Matcher matcher = READ_TABLE.matcher(sql);
        while (matcher.find()) {
            if (tables.contains(matcher.group(1))) {
                read.add(matcher.group(1));
            }
        }
        return read;
    }
}
