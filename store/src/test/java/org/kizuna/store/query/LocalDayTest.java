package org.kizuna.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kizuna.metrics.ActivityBasis;

/**
 * The calendar day of an instant by integer arithmetic on its epoch is the day DuckDB's own time-zone cast
 * gives, for every quarter hour of ranges that cross changes of offset (summer time starting and ending, a
 * half-hour change, a zone that skipped a whole day, instants before 1970) and of a range without any.
 */
class LocalDayTest {

    @ParameterizedTest
    @CsvSource({
        "America/New_York, 2024-03-08, 2024-03-12",
        "America/New_York, 2024-11-01, 2024-11-05",
        "Europe/Berlin, 2024-03-29, 2024-04-02",
        "Europe/Berlin, 2024-10-25, 2024-10-29",
        "Australia/Lord_Howe, 2024-04-05, 2024-04-09",
        "Pacific/Apia, 2011-12-28, 2012-01-02",
        "Asia/Tokyo, 2024-06-01, 2024-06-04",
        "America/Sao_Paulo, 1969-12-30, 1970-01-03",
        "Asia/Kolkata, 1965-03-01, 1965-03-03"
    })
    void isTheDayDuckDbsTimeZoneCastGives(String zoneId, LocalDate first, LocalDate until) throws Exception {
        ZoneId zone = ZoneId.of(zoneId);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("SET TimeZone = '" + zoneId + "'");
            QueryRunner runner = new QueryRunner(connection, Map.of(), zone, 0, new ActivityBasis.Unknown());
            String day = runner.localDay("t", first, until);
            String sql = "SELECT count(*), count(*) FILTER (WHERE CAST(t AS DATE) <> " + day + ")"
                    + " FROM (SELECT unnest(generate_series(TIMESTAMPTZ '" + runner.startOf(first)
                    + "', TIMESTAMPTZ '" + runner.startOf(until) + "' - INTERVAL 1 MICROSECOND,"
                    + " INTERVAL 15 MINUTE)) AS t)";
            try (ResultSet r = statement.executeQuery(sql)) {
                r.next();
                // every quarter hour of the range's days: 96 a day, a few more or less on a change, none on the
                // day Apia skipped
                assertThat(r.getLong(1)).isGreaterThan(90L * (until.toEpochDay() - first.toEpochDay() - 1));
                assertThat(r.getLong(2))
                        .as("instants whose day differs, with %s", day)
                        .isZero();
            }
        }
    }
}
