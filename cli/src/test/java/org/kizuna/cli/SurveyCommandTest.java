package org.kizuna.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.cli.InProcessRun.kizuna;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kizuna survey} end to end, in process: create, contacts, invite, answer, list, and the metrics
 * moving with the answers. The workspace holds the {@code june} data set (customers A1 … A8; A1, A2 and A7
 * on plan pro); contacts: A1's u1 (ja) and A2's u2 (en) with addresses. The steps build on each other, in
 * order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyCommandTest {

    private static final String LS = System.lineSeparator();

    @TempDir
    static Path root;

    private static Path workspace;
    private static List<NamedCsvRecord> links;

    @BeforeAll
    static void workspaceWithContacts() throws IOException {
        Path june = Files.createDirectories(root.resolve("june"));
        for (String table : List.of("customers", "subscriptions", "surveys", "survey_responses")) {
            try (InputStream in = Objects.requireNonNull(
                    SurveyCommandTest.class.getResourceAsStream("june/" + table + ".csv"), table)) {
                Files.copy(in, june.resolve(table + ".csv"));
            }
        }
        workspace = root.resolve("ws");
        assertThat(kizuna(
                                "init",
                                workspace.toString(),
                                "--currency",
                                "JPY",
                                "--time-zone",
                                "Asia/Tokyo",
                                "--lang",
                                "en")
                        .exitCode())
                .isZero();
        assertThat(kizuna("import", "--workspace", workspace.toString(), june.toString())
                        .exitCode())
                .isZero();
        Path contacts = Files.writeString(root.resolve("contacts.csv"), """
                customer_id,user_id,email,name,language
                A1,u1,alpha@example.jp,阿部 一郎,ja
                A2,u2,beta@example.com,Bea Beta,en
                """);
        InProcessRun loaded = kizuna("survey", "contacts", "--workspace", workspace.toString(), contacts.toString());
        assertThat(loaded.exitCode()).as(loaded.err()).isZero();
        assertThat(loaded.out()).isEqualTo("Loaded 2 contacts." + LS);
    }

    @Test
    @Order(1)
    void createMakesASurveyWithTheTypesDefaults() {
        InProcessRun run =
                kizuna("survey", "create", "--workspace", workspace.toString(), "--type", "nps", "--id", "nps-live");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .isEqualTo("Created survey nps-live (nps, 0–10)." + LS
                        + "  ja: 当社を友人や同僚に薦める可能性はどのくらいありますか？" + LS
                        + "  en: How likely are you to recommend us to a friend or colleague?" + LS
                        + "Invite with: kizuna survey invite --workspace " + workspace
                        + " --survey nps-live --customers ID,ID" + LS);
    }

    @Test
    @Order(2)
    void aSurveyThatCannotBeIsRefusedWithOneMessage() {
        InProcessRun npsScale =
                kizuna("survey", "create", "--workspace", workspace.toString(), "--type", "nps", "--scale", "1-5");
        assertThat(npsScale.exitCode()).isEqualTo(1);
        assertThat(npsScale.err()).isEqualTo("kizuna: an NPS survey is scored 0–10 (or 1–10), not 1–5" + LS);

        InProcessRun unknownType =
                kizuna("survey", "create", "--workspace", workspace.toString(), "--type", "happiness");
        assertThat(unknownType.exitCode()).isEqualTo(1);
        assertThat(unknownType.err())
                .isEqualTo("kizuna: survey type \"happiness\" is not one of nps, csat, ces, trust, recommend,"
                        + " emotional, custom" + LS);

        InProcessRun taken =
                kizuna("survey", "create", "--workspace", workspace.toString(), "--type", "nps", "--id", "nps");
        assertThat(taken.err()).isEqualTo("kizuna: survey nps already exists; choose another id" + LS);
    }

    @Test
    @Order(3)
    void inviteWritesTheLinksCsvAndTheEmailsToTheOutbox() throws IOException {
        Path csv = root.resolve("links.csv");
        InProcessRun run = kizuna(
                "survey",
                "invite",
                "--workspace",
                workspace.toString(),
                "--survey",
                "nps-live",
                "--customers",
                "A1,A2,A3,Z9",
                "--base-url",
                "https://cs.example.jp",
                "--out",
                csv.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        // A1 and A2 by email; A3 has no contacts: asked as a whole, by link; Z9 does not exist. Customers have no
        // language in the june data set: the contacts' own, else the workspace's (en).
        assertThat(run.out())
                .isEqualTo("Invited 3 to survey nps-live: 0 emailed, 2 written to the outbox, 1 by link only." + LS
                        + "Emails: " + workspace.resolve("outbox") + LS
                        + "Links: " + csv + LS
                        + "Skipped 1:" + LS
                        + "  Z9  unknown customer: no such customer" + LS);
        links = read(csv);
        assertThat(links)
                .extracting(r -> r.getField("customer_id") + "/" + r.getField("user_id") + " " + r.getField("email")
                        + " " + r.getField("language") + " " + r.getField("delivery"))
                .containsExactly(
                        "A1/u1 alpha@example.jp ja outbox", "A2/u2 beta@example.com en outbox", "A3/  en link");
        assertThat(links).allSatisfy(r -> assertThat(r.getField("link")).startsWith("https://cs.example.jp/s/"));
        try (Stream<Path> files = Files.list(workspace.resolve("outbox"))) {
            List<String> emails = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                emails.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            assertThat(emails).hasSize(2);
            assertThat(String.join("\n", emails))
                    .contains("To: alpha@example.jp", "To: beta@example.com")
                    .contains("X-Kizuna-Invitation: " + links.get(0).getField("invitation_id"))
                    .contains("Content-Language: ja", "Content-Language: en");
        }
    }

    @Test
    @Order(4)
    void answerStoresOneAnswerPerLink() {
        // the whole link works as well as the bare token
        InProcessRun a1 = kizuna(
                "survey",
                "answer",
                links.get(0).getField("link"),
                "--workspace",
                workspace.toString(),
                "--score",
                "10");
        assertThat(a1.exitCode()).as(a1.err()).isZero();
        assertThat(a1.out()).matches("Stored answer resp-[0-9a-f-]{36} to survey nps-live \\(score 10\\)\\.\\R");

        InProcessRun again = kizuna("survey", "answer", token(0), "--workspace", workspace.toString(), "--score", "3");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("kizuna: This survey has already been answered. Thank you." + LS);

        InProcessRun a2 = kizuna(
                "survey",
                "answer",
                token(1),
                "--workspace",
                workspace.toString(),
                "--score",
                "4",
                "--comment",
                "Too slow",
                "--lang",
                "ja");
        assertThat(a2.out()).startsWith("回答を保存しました（resp-").endsWith("、アンケート nps-live、スコア 4）。" + LS);
        InProcessRun a3 = kizuna("survey", "answer", token(2), "--workspace", workspace.toString(), "--score", "9");
        assertThat(a3.exitCode()).as(a3.err()).isZero();
    }

    @Test
    @Order(5)
    void badScoresAndAlteredLinksAreRefusedWithOneMessage() {
        InProcessRun offScale =
                kizuna("survey", "answer", token(0), "--workspace", workspace.toString(), "--score", "11");
        // already answered wins over the score: the link is judged first
        assertThat(offScale.err()).isEqualTo("kizuna: This survey has already been answered. Thank you." + LS);

        String token = token(1);
        String altered = token.substring(0, token.length() - 5) + (token.endsWith("AAAAA") ? "BBBBB" : "AAAAA");
        InProcessRun tampered =
                kizuna("survey", "answer", altered, "--workspace", workspace.toString(), "--score", "9");
        assertThat(tampered.exitCode()).isEqualTo(1);
        assertThat(tampered.err()).isEqualTo("kizuna: This link has been altered and cannot be used." + LS);

        InProcessRun garbage = kizuna("survey", "answer", "hello", "--workspace", workspace.toString(), "--score", "9");
        assertThat(garbage.err())
                .isEqualTo("kizuna: This link is not valid. Please use the link from your email as it is." + LS);
    }

    @Test
    @Order(6)
    void theAnswersCountInTheMetricsAtOnce() {
        // today's answers: 10 and 9 promoters, 4 a detractor → 100 × (2 − 1) / 3 = 33.33; the June data set's
        // answers are two years back. Yesterday to tomorrow, so that midnight does not matter.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        InProcessRun run = kizuna(
                "metrics",
                "--workspace",
                workspace.toString(),
                "--period",
                today.minusDays(1) + ".." + today.plusDays(1),
                "--metric",
                "nps",
                "--format",
                "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        var nps = OutputContract.wholeBase(OutputContract.parse(run.out()), "nps");
        assertThat(nps.get("value").decimalValue()).isEqualByComparingTo("33.33");
    }

    @Test
    @Order(7)
    void listShowsEverySurveyWithItsCounts() {
        InProcessRun run = kizuna("survey", "list", "--workspace", workspace.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("ID").contains("Collected", "Invited", "Answers", "Question");
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .matches("nps-live +nps +0–10 +yes +3 +3  How likely are you to recommend us to a friend or"
                                + " colleague\\?"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("nps ").contains("imported"));
    }

    /**
     * The list as CSV has the fields of the API's JSON. nps-live: 3 invited (A1, A2, A3), 3 answers (10, 4, 9):
     * response rate 3 ÷ 3 × 100 = 100.00; NPS: promoters 10 and 9, detractor 4 → 100 × (2 − 1) ÷ 3 = 33.33 over
     * 3. The imported nps (june data set): answers 10, 9, 8, 6, 7, 10 → promoters 3, detractors 1 → 100 × (3 −
     * 1) ÷ 6 = 33.33 over 6, no invitations so no rate. csat-purchase, satisfied from 7 on 1–10: answers 6 and 7
     * → 1 of 2 = 50.00 %.
     */
    @Test
    @Order(7)
    void listAsCsvHasTheFieldsOfTheApi() {
        InProcessRun run = kizuna("survey", "list", "--workspace", workspace.toString(), "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<NamedCsvRecord> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(run.out())) {
            reader.forEach(rows::add);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(rows.get(0).getHeader())
                .containsExactly(
                        "survey_id",
                        "type",
                        "scale_min",
                        "scale_max",
                        "satisfied_threshold",
                        "touchpoint",
                        "question_ja",
                        "question_en",
                        "collected",
                        "invitations",
                        "responses",
                        "response_rate",
                        "score_metric",
                        "score_value",
                        "score_unit",
                        "score_denominator");
        assertThat(rows)
                .extracting(r -> r.getField("survey_id"))
                .containsExactlyInAnyOrder("nps", "csat-support", "csat-purchase", "ces-support", "nps-live");
        assertThat(row(rows, "nps-live").getFieldsAsMap())
                .containsEntry("type", "nps")
                .containsEntry("scale_min", "0")
                .containsEntry("scale_max", "10")
                .containsEntry("satisfied_threshold", "")
                .containsEntry("touchpoint", "")
                .containsEntry("question_en", "How likely are you to recommend us to a friend or colleague?")
                .containsEntry("collected", "true")
                .containsEntry("invitations", "3")
                .containsEntry("responses", "3")
                .containsEntry("response_rate", "100.00")
                .containsEntry("score_metric", "nps")
                .containsEntry("score_value", "33.33")
                .containsEntry("score_unit", "points")
                .containsEntry("score_denominator", "3");
        assertThat(row(rows, "nps").getFieldsAsMap())
                .containsEntry("touchpoint", "relationship")
                .containsEntry("question_ja", "How likely are you to recommend us?")
                .containsEntry("collected", "false")
                .containsEntry("invitations", "0")
                .containsEntry("responses", "6")
                .containsEntry("response_rate", "")
                .containsEntry("score_value", "33.33")
                .containsEntry("score_denominator", "6");
        assertThat(row(rows, "csat-purchase").getFieldsAsMap())
                .containsEntry("satisfied_threshold", "7")
                .containsEntry("score_metric", "csat")
                .containsEntry("score_value", "50.00")
                .containsEntry("score_unit", "percent")
                .containsEntry("score_denominator", "2");
    }

    @Test
    @Order(8)
    void inviteBySegmentPrintsTheCsvAndSkipsWhoWasAskedRecently() {
        InProcessRun run = kizuna(
                "survey",
                "invite",
                "--workspace",
                workspace.toString(),
                "--survey",
                "nps-live",
                "--where",
                "plan=pro",
                "--lang",
                "ja");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // plan pro: A1 and A2, asked today, are throttled; A7, without contacts, is asked as a whole. The CSV
        // is the standard output, the summary beside it.
        List<String> csv = run.out().lines().toList();
        assertThat(csv.get(0)).isEqualTo(String.join(",", org.kizuna.store.survey.LinkCsv.HEADER));
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1)).contains(",A7,,,en,").contains(",link,http://localhost:8080/s/");
        assertThat(run.err())
                .startsWith("アンケート nps-live の依頼を1件作成しました（メール送信 0件、outbox保存 0件、リンクのみ 1件）。" + LS)
                .contains("対象外 2件:" + LS)
                .contains("  A1/u1  依頼間隔の制限: last invited " + LocalDate.now(ZoneId.of("Asia/Tokyo")))
                .contains("  A2/u2  依頼間隔の制限: ");
    }

    @Test
    @Order(9)
    void whomToInviteMustBeSaidOneWay() {
        InProcessRun both = kizuna(
                "survey",
                "invite",
                "--workspace",
                workspace.toString(),
                "--survey",
                "nps-live",
                "--customers",
                "A1",
                "--where",
                "plan=pro");
        assertThat(both.exitCode()).isEqualTo(1);
        assertThat(both.err())
                .isEqualTo("kizuna: give either --customers ID,ID or --where ATTR=VALUE to choose whom to invite" + LS);

        InProcessRun imported =
                kizuna("survey", "invite", "--workspace", workspace.toString(), "--survey", "nps", "--customers", "A1");
        assertThat(imported.err()).startsWith("kizuna: survey nps was imported, so Kizuna cannot ask it;");
    }

    private static NamedCsvRecord row(List<NamedCsvRecord> rows, String surveyId) {
        return rows.stream()
                .filter(r -> r.getField("survey_id").equals(surveyId))
                .findFirst()
                .orElseThrow();
    }

    private static String token(int row) {
        String link = links.get(row).getField("link");
        return link.substring(link.lastIndexOf("/s/") + 3);
    }

    private static List<NamedCsvRecord> read(Path csv) throws IOException {
        List<NamedCsvRecord> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader =
                CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(csv, StandardCharsets.UTF_8)) {
            reader.forEach(rows::add);
        }
        return rows;
    }
}
