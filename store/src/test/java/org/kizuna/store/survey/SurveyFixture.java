package org.kizuna.store.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.ImportOptions;
import org.kizuna.store.importing.Importer;
import org.kizuna.store.importing.StoreFixture;
import org.kizuna.testkit.CsvDataSet;

/**
 * A Japanese workspace (Asia/Tokyo) for survey collection, and ways to read what it stores. The clock starts
 * at 2024-06-10 10:00 JST (01:00 UTC).
 *
 * <pre>
 * customer plan  language churned     contacts
 * c1       pro   ja                   u1 青木 花子 aoki@example.jp (ja), u2 without email or language
 * c2       pro   en                   u3 Ben Baba ben@example.com (en)
 * c3       basic                      none: asked as a whole; an imported invitation of 1 June 10:00 JST
 * c4       pro   ja       2024-05-31  u4 doi@example.jp
 * </pre>
 *
 * An imported NPS survey {@code nps-import} (0–10) has three June answers: c1 10, c2 6, c3 8 — one promoter,
 * one detractor, one passive: NPS 100 × (1 − 1) / 3 = 0.
 */
final class SurveyFixture {

    static final Instant START = Instant.parse("2024-06-10T01:00:00Z");
    static final WorkspaceSettings JAPAN = WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo"));

    private SurveyFixture() {}

    static CsvDataSet company() {
        return CsvDataSet.aDataSet()
                .table("customers", "customer_id", "name", "signup_date", "churned_at", "plan", "language")
                .row("c1", "Aoki", "2024-01-05", null, "pro", "ja")
                .row("c2", "Baba", "2024-02-01", null, "pro", "en")
                .row("c3", "Chiba", "2024-03-01", null, "basic", null)
                .row("c4", "Doi", "2024-01-10", "2024-05-31", "pro", "ja")
                .table("surveys", "survey_id", "type", "question", "scale_min", "scale_max")
                .row("nps-import", "nps", "Recommend us?", "0", "10")
                .table("survey_invitations", "invitation_id", "survey_id", "customer_id", "sent_at")
                .row("i-old", "nps-import", "c3", "2024-06-01T10:00:00+09:00")
                .table("survey_responses", "response_id", "survey_id", "customer_id", "answered_at", "score")
                .row("r1", "nps-import", "c1", "2024-06-03T10:00:00+09:00", "10")
                .row("r2", "nps-import", "c2", "2024-06-04T10:00:00+09:00", "6")
                .row("r3", "nps-import", "c3", "2024-06-05T10:00:00+09:00", "8");
    }

    static final String CONTACTS = """
            customer_id,user_id,email,name,language
            c1,u1,aoki@example.jp,青木 花子,ja
            c1,u2,,,
            c2,u3,ben@example.com,Ben Baba,en
            c4,u4,doi@example.jp,,ja
            """;

    /** The workspace in {@code dir/ws} with the company imported and the contacts loaded. */
    static Workspace workspace(Path dir) {
        Workspace workspace = Workspace.init(dir.resolve("ws"), JAPAN);
        new Importer(workspace).importFrom(company().writeTo(dir.resolve("company")), ImportOptions.defaults());
        new SurveyCollection(workspace).importContacts(write(dir.resolve("contacts.csv"), CONTACTS));
        return workspace;
    }

    static NewSurvey nps() {
        return NewSurvey.of(
                Optional.of("nps-q2"),
                SurveyType.NPS,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("relationship"),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * The survey {@link #nps()} created and customers c1 and c2 invited — c1/u1, c1/u2, c2/u3, sent at the clock's
     * time and valid 14 days — then the clock moved on two hours, as a person answers later.
     */
    static List<Invitation> invitedToNps(SurveyCollection surveys, MutableClock clock) {
        surveys.create(nps());
        List<Invitation> invited = surveys.invite(
                        InvitationRequest.of("nps-q2", Audience.customers(List.of("c1", "c2"))))
                .invited();
        clock.advance(java.time.Duration.ofHours(2));
        return invited;
    }

    static NewSurvey of(SurveyType type) {
        return NewSurvey.of(
                Optional.empty(),
                type,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long count(Workspace workspace, String sql) {
        return Long.parseLong(StoreFixture.rows(workspace, "SELECT count(*) FROM (" + sql + ")")
                .get(0));
    }

    static void execute(Workspace workspace, String sql) {
        try (Connection connection = workspace.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static BigDecimal score(int score) {
        return BigDecimal.valueOf(score);
    }
}
