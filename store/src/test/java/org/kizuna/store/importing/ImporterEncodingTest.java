package org.kizuna.store.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.store.importing.StoreFixture.importFails;
import static org.kizuna.store.importing.StoreFixture.importFrom;
import static org.kizuna.store.importing.StoreFixture.newWorkspace;
import static org.kizuna.store.importing.StoreFixture.rows;
import static org.kizuna.store.importing.StoreFixture.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.kizuna.store.Workspace;

/** Text encodings of CSV files: UTF-8 by default, Shift_JIS (CP932) as Japanese Excel saves it, or as named. */
@Execution(ExecutionMode.CONCURRENT)
class ImporterEncodingTest {

    private static final Charset CP932 = Charset.forName("windows-31j");

    @TempDir
    Path dir;

    private Workspace workspace;
    private Path input;

    @BeforeEach
    void emptyWorkspace() {
        workspace = newWorkspace(dir.resolve("workspace"));
        input = dir.resolve("input");
    }

    private static ImportOptions forcing(Charset charset) {
        return new ImportOptions(false, Optional.of(charset), ImportProgress.SILENT);
    }

    private Path customersIn(Charset charset, String text) {
        return write(input.resolve("customers.csv"), text.getBytes(charset));
    }

    @Test
    void detectsShiftJisFromAJapaneseHeaderAndKeepsTheJapaneseAttribute() {
        customersIn(CP932, "customer_id,name,signup_date,業種\nc1,山田太郎,2024-01-05,製造業\nc2,佐藤花子,2024-02-01,小売業\n");

        ImportReport report = importFrom(workspace, input);

        assertThat(report.notices())
                .containsExactly(
                        "customers.csv: read as Shift_JIS (CP932)", "customers.csv: kept as custom attributes: 業種");
        assertThat(rows(workspace, "SELECT customer_id, name FROM customers ORDER BY 1"))
                .containsExactly("c1|山田太郎", "c2|佐藤花子");
        assertThat(rows(workspace, "SELECT customer_id, attribute, value FROM customer_attributes ORDER BY 1"))
                .containsExactly("c1|業種|製造業", "c2|業種|小売業");
    }

    @Test
    void detectsShiftJisWhenOnlyALaterRowIsJapanese() {
        customersIn(CP932, "customer_id,name,signup_date\nc1,Aoki,2024-01-05\nc2,Baba,2024-01-06\nc3,髙橋①,2024-02-01\n");

        ImportReport report = importFrom(workspace, input);

        // 髙 and ① exist in CP932 (Windows) but not in plain Shift_JIS.
        assertThat(report.notices()).containsExactly("customers.csv: read as Shift_JIS (CP932)");
        assertThat(rows(workspace, "SELECT customer_id, name FROM customers ORDER BY 1"))
                .containsExactly("c1|Aoki", "c2|Baba", "c3|髙橋①");
    }

    @Test
    void locatesABadValueOfAShiftJisFile() {
        customersIn(CP932, "customer_id,name,signup_date\nc1,山田,2024-01-05\nc2,佐藤,\"令和6年2月1日\"\n");

        ImportFailedException failure = importFails(workspace, input);

        assertThat(failure.problems())
                .containsExactly(new Problem(
                        "customers.csv:3:3", "column signup_date: \"令和6年2月1日\" is not a date (YYYY-MM-DD)"));
    }

    @Test
    void readsUtf8JapaneseWithoutAnEncodingNotice() {
        customersIn(StandardCharsets.UTF_8, "customer_id,name,signup_date\nc1,山田太郎,2024-01-05\n");

        ImportReport report = importFrom(workspace, input);

        assertThat(report.notices()).isEmpty();
        assertThat(rows(workspace, "SELECT name FROM customers")).containsExactly("山田太郎");
    }

    @Test
    void readsTheEncodingNamedInTheOptions() {
        customersIn(CP932, "customer_id,name,signup_date\nc1,山田太郎,2024-01-05\n");

        ImportReport report = new Importer(workspace).importFrom(input, forcing(CP932));

        assertThat(report.notices()).containsExactly("customers.csv: read as Shift_JIS (CP932)");
        assertThat(rows(workspace, "SELECT name FROM customers")).containsExactly("山田太郎");
    }

    @Test
    void reportsTheFirstLineThatIsNotInTheNamedEncoding() {
        customersIn(CP932, "customer_id,name,signup_date\nc1,Aoki,2024-01-05\nc2,山田,2024-01-06\n");

        ImportFailedException failure = importFails(workspace, input, forcing(StandardCharsets.UTF_8));

        assertThat(failure.problems())
                .containsExactly(new Problem(
                        "customers.csv:3", "not valid text in the file's encoding; name it with --encoding"));
    }

    @Test
    void readsAnEncodingThatIsNeverDetectedWhenItIsNamed() {
        Charset eucJp = Charset.forName("EUC-JP");
        customersIn(eucJp, "customer_id,name,signup_date\nc1,山田太郎,2024-01-05\n");

        ImportReport report = new Importer(workspace).importFrom(input, forcing(eucJp));

        assertThat(report.notices()).containsExactly("customers.csv: read as EUC-JP");
        assertThat(rows(workspace, "SELECT name FROM customers")).containsExactly("山田太郎");
    }

    @Test
    void reportsTheLineOfTextThatIsNeitherUtf8NorShiftJis() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("customer_id,name,signup_date\nc1,Aoki,2024-01-05\nc2,".getBytes(CP932));
        // 0x81 starts a two-byte character in Shift_JIS, but 0x20 cannot end one; in UTF-8 0x81 cannot start one.
        bytes.write(0x81);
        bytes.writeBytes(" Baba,2024-01-06\n".getBytes(CP932));
        write(input.resolve("customers.csv"), bytes.toByteArray());

        ImportFailedException failure = importFails(workspace, input);

        assertThat(failure.problems())
                .containsExactly(new Problem(
                        "customers.csv:3",
                        "neither UTF-8 nor Shift_JIS text; save it as UTF-8 or name the encoding with --encoding"));
    }
}
