package org.kizuna.store.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kizuna.store.importing.StoreFixture.rows;
import static org.kizuna.store.survey.SurveyFixture.START;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.metrics.Language;
import org.kizuna.store.SettingsFile;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;

/**
 * Inviting to a survey: who is asked, who is skipped and why, the throttle, the links CSV and the emails in
 * the outbox. The clock starts at 2024-06-10 10:00 JST; the workspace's throttle is the default 30 days.
 */
class InvitationTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private MutableClock clock;
    private SurveyCollection surveys;

    @BeforeEach
    void workspace() {
        workspace = SurveyFixture.workspace(dir);
        clock = new MutableClock(START);
        surveys = new SurveyCollection(workspace, clock);
        surveys.create(SurveyFixture.nps());
    }

    @Test
    void eachContactOfTheNamedCustomersGetsAnInvitationAndTheRestAreSkippedWithTheirReason() {
        InvitationBatch batch = surveys.invite(request(Audience.customers(List.of("c1", "c2", "c3", "c4", "c9"))));

        // c1: u1 (email) and u2 (none); c2: u3 (email); c3 has no contacts but was invited on 1 June, 9 days
        // ago; c4 churned on 31 May; c9 does not exist
        assertThat(batch.invited())
                .extracting(i -> i.customerId() + "/" + i.userId().orElse("-") + " " + i.delivery() + " "
                        + i.language().code())
                .containsExactly("c1/u1 OUTBOX ja", "c1/u2 LINK ja", "c2/u3 OUTBOX en");
        assertThat(batch.skipped())
                .extracting(s -> s.customerId() + " " + s.reason() + " " + s.detail())
                .containsExactlyInAnyOrder(
                        "c9 UNKNOWN_CUSTOMER no such customer",
                        "c3 THROTTLED last invited 2024-06-01, within 30 days",
                        "c4 CHURNED churned on 2024-05-31");
        Invitation first = batch.invited().get(0);
        assertThat(first.invitationId()).matches("inv-[0-9a-f-]{36}");
        // 14 days by default: 24 June 10:00 JST
        assertThat(first.expiresAt()).isEqualTo("2024-06-24T01:00:00Z");
        assertThat(first.link()).isEqualTo("http://localhost:8080/s/" + first.token());
        // the invitations are rows of the contract table the metrics read, sent now
        assertThat(rows(
                        workspace,
                        "SELECT customer_id, user_id, survey_id, strftime(sent_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M'),"
                                + " channel FROM survey_invitations WHERE invitation_id LIKE 'inv-%'"
                                + " ORDER BY customer_id, user_id"))
                .containsExactly(
                        "c1|u1|nps-q2|2024-06-10 01:00|email",
                        "c1|u2|nps-q2|2024-06-10 01:00|link",
                        "c2|u3|nps-q2|2024-06-10 01:00|email");
    }

    @Test
    void aSegmentFilterChoosesTheCustomersWithThatValue() {
        InvitationBatch batch = surveys.invite(request(Audience.where(Map.of("plan", "basic"))));

        // basic: c3 alone, asked as a whole, but still throttled by the imported invitation of 1 June
        assertThat(batch.invited()).isEmpty();
        assertThat(batch.skipped()).extracting(Skipped::reason).containsExactly(Skipped.Reason.THROTTLED);

        clock.advance(Duration.ofDays(21)); // 1 July 10:00 JST: 30 days after 1 June 10:00
        InvitationBatch later = surveys.invite(request(Audience.where(Map.of("plan", "basic"))));
        assertThat(later.invited())
                .extracting(i -> i.customerId() + " " + i.userId().isPresent() + " " + i.delivery())
                .containsExactly("c3 false LINK");
        // no language of its own: the workspace's
        assertThat(later.invited().get(0).language()).isEqualTo(Language.JA);
    }

    @Test
    void anUnknownAttributeIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> surveys.invite(request(Audience.where(Map.of("colour", "red")))))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageStartingWith("unknown attribute \"colour\" to invite by; known: plan, region");
    }

    @Test
    void nobodyIsAskedAgainWithinTheThrottleDaysButOnTheDayItEnds() {
        surveys.invite(request(Audience.customers(List.of("c2"))));

        clock.set(START.plus(Duration.ofDays(29))); // 29 = N − 1 days later
        InvitationBatch tooSoon = surveys.invite(request(Audience.customers(List.of("c2"))));
        assertThat(tooSoon.invited()).isEmpty();
        assertThat(tooSoon.skipped())
                .extracting(s -> s.customerId() + "/" + s.userId().orElseThrow() + " " + s.detail())
                .containsExactly("c2/u3 last invited 2024-06-10, within 30 days");

        clock.set(START.plus(Duration.ofDays(30))); // N days later
        InvitationBatch due = surveys.invite(request(Audience.customers(List.of("c2"))));
        assertThat(due.invited()).extracting(i -> i.userId().orElseThrow()).containsExactly("u3");
        assertThat(due.skipped()).isEmpty();
    }

    @Test
    void theThrottleIsASettingOfTheWorkspace() throws IOException {
        Path settings = workspace.folder().resolve(SettingsFile.FILE_NAME);
        String text = Files.readString(settings, StandardCharsets.UTF_8);
        assertThat(text).contains("survey.throttle_days = 30");
        Files.writeString(settings, text.replace("survey.throttle_days = 30", "survey.throttle_days = 7"));

        // c3 was invited 9 days ago: past a 7-day throttle
        InvitationBatch batch = surveys.invite(request(Audience.customers(List.of("c3"))));

        assertThat(batch.invited()).extracting(Invitation::customerId).containsExactly("c3");
        assertThat(SettingsFile.read(settings).language()).isEqualTo("ja");
    }

    @Test
    void aSurveyThatWasImportedCannotBeSentAndNothingIsWritten() {
        assertThatThrownBy(() -> surveys.invite(InvitationRequest.of("nps-import", Audience.customers(List.of("c1")))))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("survey nps-import was imported, so Kizuna cannot ask it; create one to collect with"
                        + " kizuna survey create");
        assertThatThrownBy(() -> surveys.invite(InvitationRequest.of("nope", Audience.customers(List.of("c1")))))
                .hasMessage("there is no survey nope; see kizuna survey list");
        assertThat(rows(workspace, "SELECT count(*) FROM survey_invitations")).containsExactly("1");
    }

    @Test
    void theLinksCsvHasOneRowPerInvitationWithTheBaseUrlGiven() throws IOException {
        InvitationBatch batch = surveys.invite(new InvitationRequest(
                "nps-q2",
                Audience.customers(List.of("c1", "c2")),
                7,
                Optional.of("https://kizuna.example.jp/"),
                false));
        Path csv = dir.resolve("out/links.csv");

        LinkCsv.write(csv, batch.invited(), workspace.settings().timeZone());

        List<NamedCsvRecord> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader =
                CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(csv, StandardCharsets.UTF_8)) {
            reader.forEach(rows::add);
        }
        assertThat(Files.readAllBytes(csv)).startsWith(0xEF, 0xBB, 0xBF); // BOM, for Excel
        assertThat(rows).hasSize(3);
        NamedCsvRecord u1 = rows.get(0);
        assertThat(u1.getField("customer_id")).isEqualTo("c1");
        assertThat(u1.getField("user_id")).isEqualTo("u1");
        assertThat(u1.getField("email")).isEqualTo("aoki@example.jp");
        assertThat(u1.getField("language")).isEqualTo("ja");
        // 7 days from 10 June 10:00 JST, shown in the workspace's zone
        assertThat(u1.getField("expires_at")).isEqualTo("2024-06-17T10:00:00+09:00");
        // emails not wanted: every link is for handing over
        assertThat(u1.getField("delivery")).isEqualTo("link");
        assertThat(u1.getField("link"))
                .startsWith("https://kizuna.example.jp/s/")
                .doesNotContain("//s/");
        assertThat(rows.get(1).getField("email")).isEmpty();
        assertThat(batch.outbox()).isEmpty();
        assertThat(surveys.outbox()).doesNotExist();
    }

    @Test
    void withoutAnSmtpServerEachEmailIsAnEmlFileInTheOutboxInTheContactsLanguage()
            throws IOException, MessagingException {
        InvitationBatch batch = surveys.invite(request(Audience.customers(List.of("c1", "c2"))));

        assertThat(batch.outbox()).contains(surveys.outbox());
        List<Path> files;
        try (Stream<Path> list = Files.list(surveys.outbox())) {
            files = list.sorted().toList();
        }
        // u1 and u3 have addresses; u2 has none and is reached through the CSV only
        assertThat(files).hasSize(2);
        Invitation u1 = batch.invited().get(0);
        Invitation u3 = batch.invited().get(2);

        MimeMessage japanese = open(surveys.outbox().resolve(u1.invitationId() + ".eml"));
        assertThat(japanese.getSubject()).isEqualTo("アンケートへのご協力のお願い");
        assertThat(japanese.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("aoki@example.jp"));
        assertThat(japanese.getFrom()).containsExactly(new InternetAddress("no-reply@localhost"));
        assertThat(japanese.getHeader("X-Kizuna-Invitation")).containsExactly(u1.invitationId());
        assertThat((String) japanese.getContent())
                .startsWith("青木 花子 様")
                .contains("当社を友人や同僚に薦める可能性はどのくらいありますか？")
                .contains("（0〜10でお答えください）")
                .contains(u1.link())
                .contains("回答期限：2024年6月24日 10:00");

        MimeMessage english = open(surveys.outbox().resolve(u3.invitationId() + ".eml"));
        assertThat(english.getSubject()).isEqualTo("Could you answer one short question?");
        assertThat(english.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("ben@example.com"));
        assertThat((String) english.getContent())
                .startsWith("Dear Ben Baba,")
                .contains("How likely are you to recommend us to a friend or colleague?")
                .contains("(on a scale of 0 to 10)")
                .contains(u3.link())
                .contains("open until 24 June 2024, 10:00 (JST)");
    }

    @Test
    void anEmailTheSmtpServerDoesNotTakeIsReportedAndItsInvitationWithdrawn() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path settings = workspace.folder().resolve(SettingsFile.FILE_NAME);
        Files.writeString(
                settings,
                "smtp.host = 127.0.0.1\nsmtp.port = " + closedPort + "\nsmtp.from = cs@example.jp\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        InvitationBatch batch = surveys.invite(request(Audience.customers(List.of("c1"))));

        // u2 has no address and keeps its link; u1's email could not be sent, so u1 may be asked again
        assertThat(batch.invited())
                .extracting(i -> i.userId().orElseThrow() + " " + i.delivery())
                .containsExactly("u2 LINK");
        assertThat(batch.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(Skipped.Reason.NOT_SENT);
            assertThat(s.detail()).startsWith("the email to aoki@example.jp could not be sent: ");
        });
        assertThat(rows(workspace, "SELECT user_id FROM survey_invitations WHERE invitation_id LIKE 'inv-%'"))
                .containsExactly("u2");
        assertThat(rows(workspace, "SELECT count(*) FROM survey_links")).containsExactly("1");
        assertThat(surveys.outbox()).doesNotExist();
    }

    @Test
    void theSigningKeyIsMadeOnceAndNeverLeavesTheDatabase() throws IOException {
        InvitationBatch first = surveys.invite(request(Audience.customers(List.of("c1"))));
        clock.advance(Duration.ofDays(31));
        surveys.invite(request(Audience.customers(List.of("c1"))));

        assertThat(rows(workspace, "SELECT count(*), octet_length(any_value(secret)) FROM survey_signing_key"))
                .containsExactly("1|32");
        String secretHex =
                rows(workspace, "SELECT hex(secret) FROM survey_signing_key").get(0);
        Path eml = surveys.outbox().resolve(first.invited().get(0).invitationId() + ".eml");
        assertThat(Files.readString(eml, StandardCharsets.UTF_8).toUpperCase(java.util.Locale.ROOT))
                .doesNotContain(secretHex);
        assertThat(Files.readString(workspace.folder().resolve(SettingsFile.FILE_NAME), StandardCharsets.UTF_8)
                        .toUpperCase(java.util.Locale.ROOT))
                .doesNotContain(secretHex);
    }

    @Test
    void contactsAreCheckedBeforeAnyIsLoaded() {
        Path bad = SurveyFixture.write(dir.resolve("bad.csv"), """
                customer_id,user_id,email
                c1,u9,nine@example.jp
                c8,u1,x@example.jp
                c2,u3,not-an-address
                c1,u9,again@example.jp
                """);

        assertThatThrownBy(() -> surveys.importContacts(bad))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("bad.csv:3: customer_id: no customer c8 in the workspace\n"
                        + "bad.csv:4: email: \"not-an-address\" is not an email address\n"
                        + "bad.csv:5: user u9 of customer c1 is listed twice\n"
                        + "No contacts were loaded: 3 problems to fix first.");
        assertThat(rows(workspace, "SELECT count(*) FROM survey_contacts")).containsExactly("4");
    }

    @Test
    void loadingAContactAgainReplacesIt() {
        surveys.importContacts(SurveyFixture.write(dir.resolve("again.csv"), """
                customer_id,user_id,email,language
                c1,u2,kaori@example.jp,ja
                """));

        assertThat(rows(workspace, "SELECT user_id, email FROM survey_contacts WHERE customer_id = 'c1' ORDER BY 1"))
                .containsExactly("u1|aoki@example.jp", "u2|kaori@example.jp");
    }

    private static InvitationRequest request(Audience audience) {
        return InvitationRequest.of("nps-q2", audience);
    }

    private static MimeMessage open(Path eml) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            message.getContent(); // read the body before the stream closes
            return message;
        }
    }
}
