package org.kizuna.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.GoldenWorkspace.ANALYST;
import static org.kizuna.web.GoldenWorkspace.PASSWORD;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.domain.contract.Table;
import org.kizuna.store.Workspace;
import org.kizuna.web.ScratchServerTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/**
 * Uploading files on the data page in a real browser, on a copy of the golden workspace (Japanese): the file
 * is chosen with the page's file input and sent by its htmx form; a file with a mistake is refused with the
 * error table (file, line, column, reason) and nothing written, a good one is imported, summed up and listed
 * in the history.
 */
@ScratchServerTest
class DataUploadBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static final String HEADER =
            "response_id,survey_id,customer_id,user_id,invitation_id,answered_at,score,comment,language\n";

    @Value("${local.server.port}")
    int port;

    @Value("${" + ScratchServerTest.folder + "}")
    Path folder;

    @Autowired
    MessageSource messages;

    @TempDir
    Path files;

    @BeforeEach
    void server() {
        chromium.server(port);
    }

    @Test
    void aBadFileShowsTheErrorTableAndWritesNothingThenAGoodOneIsImportedAndListed() throws Exception {
        Map<String, Long> before = rowCounts();
        // Line 1 is the header, line 2 a good row; line 3's score (column 7) is not a number.
        Path bad = write(
                "bad",
                HEADER
                        + "web01,nps,c06,,,2024-06-10T10:00:00+09:00,10,,ja\n"
                        + "web02,nps,c08,,,2024-06-11T10:00:00+09:00,ten,,ja\n");

        chromium.signIn(ANALYST, PASSWORD);
        chromium.open("/data");
        assertThat(chromium.find(By.tagName("h1")).getText()).isEqualTo(message("data.title"));
        // The golden workspace was imported once, from the command line.
        assertThat(historyRows()).hasSize(1);
        chromium.shot("data-page");

        Object page = chromium.markPage();
        chromium.find(By.cssSelector("form#upload input[type=file][name=files]"))
                .sendKeys(bad.toAbsolutePath().toString());
        chromium.shot("bad-file-chosen");
        chromium.find(By.cssSelector("form#upload [type=submit]")).click();

        WebElement problems = chromium.find(By.cssSelector("#outcome table.problems"));
        assertThat(chromium.pageMark())
                .as("the outcome is swapped in, not a new page")
                .isEqualTo(page);
        assertThat(chromium.text()).contains(message("data.refused", 1));
        List<Map<String, String>> rows = rows(problems);
        assertThat(rows)
                .containsExactly(Map.of(
                        message("data.file"), "survey_responses.csv",
                        message("data.line"), "3",
                        message("data.column"), "7 (score)",
                        message("data.reason"), "「ten」は数値ではありません"));
        chromium.shot("error-table", problems);
        assertThat(rowCounts()).as("nothing written").isEqualTo(before);
        assertThat(historyRows()).as("no import recorded").hasSize(1);

        // Two more June 2024 answers, both new (the golden data has no response web03 or web04).
        Path good = write(
                "good",
                HEADER
                        + "web03,nps,c06,,,2024-06-10T10:00:00+09:00,10,,ja\n"
                        + "web04,nps,c08,,,2024-06-11T10:00:00+09:00,9,,ja\n");
        WebElement input = chromium.find(By.cssSelector("form#upload input[type=file][name=files]"));
        // The input may choose several files: forget the bad one first.
        input.clear();
        input.sendKeys(good.toAbsolutePath().toString());
        chromium.find(By.cssSelector("form#upload [type=submit]")).click();

        WebElement imported = chromium.find(By.cssSelector("#outcome table.imported"));
        assertThat(chromium.pageMark()).as("swapped in again").isEqualTo(page);
        assertThat(chromium.find(By.cssSelector("#outcome p.done")).getText()).isEqualTo(message("data.imported"));
        assertThat(chromium.driver().findElements(By.cssSelector("#outcome table.problems")))
                .as("the error table is gone")
                .isEmpty();
        assertThat(rows(imported))
                .containsExactly(Map.of(
                        message("data.table"), "survey_responses",
                        message("data.file"), "survey_responses.csv",
                        message("data.rows"), "2",
                        message("data.replaced"), "0"));
        chromium.shot("imported", imported);

        Map<String, Long> expected = new TreeMap<>(before);
        expected.put("survey_responses", before.get("survey_responses") + 2);
        expected.put("imports", before.get("imports") + 1);
        assertThat(rowCounts()).isEqualTo(expected);

        // The history lists the newest import first: the analyst's, of the one file and its 2 rows.
        List<Map<String, String>> history = historyRows();
        assertThat(history).hasSize(2);
        assertThat(history.get(0))
                .containsEntry(message("data.who"), ANALYST)
                .containsEntry(message("data.files"), "survey_responses.csv")
                .containsEntry(message("data.rows"), "2")
                .containsEntry(message("data.outcome"), message("data.importedNew"));
        assertThat(history.get(1)).containsEntry(message("data.who"), message("data.commandLine"));
        chromium.shot("history", chromium.find(By.id("history")));

        // The history is the same on the page loaded again.
        chromium.open("/data");
        assertThat(historyRows().get(0)).containsEntry(message("data.who"), ANALYST);
        chromium.shot("data-page-again");
    }

    private Path write(String subfolder, String csv) throws IOException {
        Path file = Files.createDirectories(files.resolve(subfolder)).resolve("survey_responses.csv");
        return Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private List<Map<String, String>> historyRows() {
        return rows(chromium.find(By.cssSelector("#history table.history")));
    }

    /** The rows of a table, each cell by the text of its column's header. */
    private static List<Map<String, String>> rows(WebElement table) {
        List<String> headers = table.findElements(By.cssSelector("thead th")).stream()
                .map(WebElement::getText)
                .toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (WebElement row : table.findElements(By.cssSelector("tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            Map<String, String> cellsByHeader = new TreeMap<>();
            for (int i = 0; i < cells.size(); i++) {
                cellsByHeader.put(headers.get(i), cells.get(i).getText());
            }
            rows.add(cellsByHeader);
        }
        return rows;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.JAPANESE);
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = Workspace.open(folder).connect();
                Statement statement = connection.createStatement()) {
            for (Table table : DataContract.TABLES) {
                counts.put(table.name(), count(statement, "SELECT count(*) FROM " + table.name()));
            }
            counts.put("imports", count(statement, "SELECT count(*) FROM imports"));
        }
        return counts;
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet r = statement.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
