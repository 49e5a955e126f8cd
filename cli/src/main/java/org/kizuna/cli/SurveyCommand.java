package org.kizuna.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kizuna.metrics.Language;
import org.kizuna.store.Workspace;
import org.kizuna.store.survey.Answer;
import org.kizuna.store.survey.Audience;
import org.kizuna.store.survey.Invitation;
import org.kizuna.store.survey.InvitationBatch;
import org.kizuna.store.survey.InvitationRequest;
import org.kizuna.store.survey.LinkCsv;
import org.kizuna.store.survey.NewSurvey;
import org.kizuna.store.survey.Skipped;
import org.kizuna.store.survey.Survey;
import org.kizuna.store.survey.SurveyCollection;
import org.kizuna.store.survey.SurveyType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Surveys collected by Kizuna: create them, load contacts, invite with signed links, record answers. */
@Command(
        name = "survey",
        mixinStandardHelpOptions = true,
        description = {
            "Collect surveys: create one, invite customers' users with signed links, record answers.",
            "アンケートを作成し、署名付きリンクで依頼し、回答を記録します。"
        },
        subcommands = {
            SurveyCommand.Create.class,
            SurveyCommand.ListSurveys.class,
            SurveyCommand.Contacts.class,
            SurveyCommand.Invite.class,
            SurveyCommand.AnswerLink.class
        })
final class SurveyCommand {

    private static final Pattern SCALE = Pattern.compile("\\s*(-?\\d+)\\s*(?:-|–|\\.\\.)\\s*(-?\\d+)\\s*");

    private SurveyCommand() {}

    /** Options every survey command shares. */
    abstract static class WithWorkspace {

        @Option(names = "--workspace", required = true, paramLabel = "W", description = "the workspace folder")
        Path workspace;

        @Option(names = "--lang", description = "ja or en (default: the workspace's language)")
        String language;

        Language language(Workspace opened) {
            return Language.of(language == null ? opened.settings().language() : language);
        }
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = {
                "Create a survey to collect: nps, csat, ces, trust, recommend, emotional or custom.",
                "Without --scale and questions, the type's usual ones (NPS 0-10, CSAT 1-5, CES 1-7, …)."
            })
    static final class Create extends WithWorkspace implements Callable<Integer> {

        @Option(
                names = "--type",
                required = true,
                description = "nps, csat, ces, trust, recommend, emotional or custom")
        String type;

        @Option(names = "--id", description = "the survey id (default: a generated srv-… id)")
        String id;

        @Option(names = "--scale", paramLabel = "MIN-MAX", description = "the scale, e.g. 1-5 (default: the type's)")
        String scale;

        @Option(names = "--threshold", description = "CSAT only: the lowest satisfied score")
        BigDecimal threshold;

        @Option(names = "--touchpoint", description = "where it is asked, e.g. support or onboarding")
        String touchpoint;

        @Option(names = "--question-ja", paramLabel = "TEXT", description = "the question in Japanese")
        String questionJa;

        @Option(names = "--question-en", paramLabel = "TEXT", description = "the question in English")
        String questionEn;

        @Override
        public Integer call() {
            Optional<BigDecimal> min = Optional.empty();
            Optional<BigDecimal> max = Optional.empty();
            if (scale != null) {
                Matcher m = SCALE.matcher(scale);
                if (!m.matches()) {
                    throw new IllegalArgumentException(
                            "--scale \"" + scale + "\" must be written MIN-MAX with whole numbers, e.g. 1-5");
                }
                min = Optional.of(new BigDecimal(m.group(1)));
                max = Optional.of(new BigDecimal(m.group(2)));
            }
            NewSurvey survey = NewSurvey.of(
                    Optional.ofNullable(id),
                    SurveyType.of(type),
                    min,
                    max,
                    Optional.ofNullable(threshold),
                    Optional.ofNullable(touchpoint),
                    Optional.ofNullable(questionJa),
                    Optional.ofNullable(questionEn));
            Workspace opened = Workspace.open(workspace);
            Survey created = new SurveyCollection(opened).create(survey);
            boolean ja = language(opened) == Language.JA;
            System.out.println(
                    ja
                            ? "アンケート " + created.id() + " を作成しました（"
                                    + created.type().word() + "、" + created.scale() + "）。"
                            : "Created survey " + created.id() + " ("
                                    + created.type().word() + ", " + created.scale() + ").");
            System.out.println("  ja: " + created.questionJa());
            System.out.println("  en: " + created.questionEn());
            System.out.println((ja ? "依頼するには: " : "Invite with: ") + "kizuna survey invite --workspace " + workspace
                    + " --survey " + created.id() + " --customers ID,ID");
            return 0;
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = {
                "List the workspace's surveys.",
                "As CSV: one row per survey with the fields of GET /api/v1/surveys, its score among them."
            })
    static final class ListSurveys extends WithWorkspace implements Callable<Integer> {

        /** How the list is printed. */
        enum ListFormat {
            TABLE,
            CSV
        }

        @Option(names = "--format", defaultValue = "table", description = "table or csv (default: ${DEFAULT-VALUE})")
        ListFormat format;

        @Override
        public Integer call() {
            Workspace opened = Workspace.open(workspace);
            List<Survey> surveys = new SurveyCollection(opened).list();
            if (format == ListFormat.CSV) {
                // The same file as the surveys page's download, without the byte order mark a file for Excel has.
                System.out.print(SurveysCsv.write(
                        surveys,
                        SurveyScoring.of(
                                opened, surveys, Today.in(opened.settings().timeZone())),
                        opened.settings().reportingCurrency()));
                return 0;
            }
            Language lang = language(opened);
            boolean ja = lang == Language.JA;
            if (surveys.isEmpty()) {
                System.out.println(
                        ja
                                ? "アンケートはまだありません。kizuna survey create で作成できます。"
                                : "No surveys yet; create one with kizuna survey create.");
                return 0;
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(
                    ja
                            ? new String[] {"ID", "種類", "尺度", "タッチポイント", "収集", "依頼", "回答", "質問"}
                            : new String[] {
                                "ID", "Type", "Scale", "Touchpoint", "Collected", "Invited", "Answers", "Question"
                            });
            for (Survey s : surveys) {
                rows.add(new String[] {
                    s.id(),
                    s.type().word(),
                    s.scale(),
                    s.touchpoint().orElse(""),
                    s.collected() ? (ja ? "はい" : "yes") : (ja ? "取込" : "imported"),
                    String.format(Locale.ROOT, "%,d", s.invitations()),
                    String.format(Locale.ROOT, "%,d", s.responses()),
                    s.question(lang)
                });
            }
            print(rows);
            return 0;
        }

        private static void print(List<String[]> rows) {
            int columns = rows.get(0).length;
            int[] widths = new int[columns];
            for (String[] row : rows) {
                for (int i = 0; i < columns; i++) {
                    widths[i] = Math.max(widths[i], width(row[i]));
                }
            }
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < columns; i++) {
                    boolean number = i == 5 || i == 6;
                    String pad = " ".repeat(widths[i] - width(row[i]));
                    line.append(i == 0 ? "" : "  ")
                            .append(number ? pad + row[i] : i == columns - 1 ? row[i] : row[i] + pad);
                }
                System.out.println(line.toString().stripTrailing());
            }
        }

        /** Columns a text takes in a terminal: two for the wide (Japanese) characters. */
        private static int width(String text) {
            return text.codePoints()
                    .map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                                    || (c >= 0xFF01 && c <= 0xFF60)
                                    || (c >= 0x3000 && c <= 0x303F)
                            ? 2
                            : 1)
                    .sum();
        }
    }

    @Command(
            name = "contacts",
            mixinStandardHelpOptions = true,
            description = {
                "Load the people to ask from a CSV file: customer_id, user_id, email, name, language.",
                "A contact already loaded under the same customer and user is replaced."
            })
    static final class Contacts extends WithWorkspace implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "the contacts CSV file (UTF-8)")
        Path file;

        @Override
        public Integer call() {
            Workspace opened = Workspace.open(workspace);
            int loaded = new SurveyCollection(opened).importContacts(file);
            System.out.println(
                    language(opened) == Language.JA
                            ? "連絡先を" + loaded + "件読み込みました。"
                            : "Loaded " + loaded + (loaded == 1 ? " contact." : " contacts."));
            return 0;
        }
    }

    @Command(
            name = "invite",
            mixinStandardHelpOptions = true,
            description = {
                "Invite customers' contacts to a survey, each with a signed link of their own.",
                "Emails go through SMTP when smtp.host is set, else into the workspace's outbox folder as .eml files;"
                        + " the links are written as CSV (to --out, else to standard output)."
            })
    static final class Invite extends WithWorkspace implements Callable<Integer> {

        @Option(names = "--survey", required = true, paramLabel = "ID", description = "the survey to ask")
        String survey;

        @Option(
                names = "--customers",
                split = ",",
                paramLabel = "ID",
                description = "the customers to invite, separated by commas")
        List<String> customers = new ArrayList<>();

        @Option(
                names = "--where",
                paramLabel = "ATTR=VALUE",
                description = "invite the customers whose attribute has the value; repeat to narrow further")
        Map<String, String> where = new LinkedHashMap<>();

        @Option(
                names = "--expires-days",
                defaultValue = "14",
                description = "days each link can be answered (default: ${DEFAULT-VALUE})")
        int expiresDays;

        @Option(names = "--base-url", paramLabel = "URL", description = "links start with this address")
        String baseUrl;

        @Option(names = "--out", paramLabel = "FILE", description = "write the links CSV to this file")
        Path out;

        @Option(names = "--no-email", description = "send no emails; every link goes into the CSV only")
        boolean noEmail;

        @Override
        public Integer call() {
            if (customers.isEmpty() == where.isEmpty()) {
                throw new IllegalArgumentException(
                        "give either --customers ID,ID or --where ATTR=VALUE to choose whom to invite");
            }
            Audience audience = customers.isEmpty() ? Audience.where(where) : Audience.customers(customers);
            Workspace opened = Workspace.open(workspace);
            InvitationBatch batch = new SurveyCollection(opened)
                    .invite(new InvitationRequest(
                            survey, audience, expiresDays, Optional.ofNullable(baseUrl), !noEmail));
            // Without --out the CSV is the standard output, so that it can be piped; the summary goes aside.
            PrintStream summary = out == null ? System.err : System.out;
            if (out != null) {
                LinkCsv.write(out, batch.invited(), opened.settings().timeZone());
            } else {
                PrintWriter writer = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
                LinkCsv.write(writer, batch.invited(), opened.settings().timeZone());
                writer.flush();
            }
            summarise(summary, batch, language(opened) == Language.JA);
            return 0;
        }

        private void summarise(PrintStream to, InvitationBatch batch, boolean ja) {
            long email = batch.count(Invitation.Delivery.EMAIL);
            long outbox = batch.count(Invitation.Delivery.OUTBOX);
            long link = batch.count(Invitation.Delivery.LINK);
            if (ja) {
                to.println("アンケート " + survey + " の依頼を" + batch.invited().size() + "件作成しました（メール送信 " + email
                        + "件、outbox保存 " + outbox + "件、リンクのみ " + link + "件）。");
            } else {
                to.println("Invited " + batch.invited().size() + " to survey " + survey + ": " + email + " emailed, "
                        + outbox + " written to the outbox, " + link + " by link only.");
            }
            batch.outbox().ifPresent(folder -> to.println((ja ? "メール: " : "Emails: ") + folder));
            if (out != null) {
                to.println((ja ? "リンク一覧: " : "Links: ") + out);
            }
            if (!batch.skipped().isEmpty()) {
                to.println(
                        ja
                                ? "対象外 " + batch.skipped().size() + "件:"
                                : "Skipped " + batch.skipped().size() + ":");
                for (Skipped s : batch.skipped()) {
                    to.println(
                            "  " + s.customerId() + s.userId().map(u -> "/" + u).orElse("") + "  "
                                    + reason(s.reason(), ja) + ": " + s.detail());
                }
            }
        }

        private static String reason(Skipped.Reason reason, boolean ja) {
            return switch (reason) {
                case UNKNOWN_CUSTOMER -> ja ? "顧客が見つかりません" : "unknown customer";
                case CHURNED -> ja ? "解約済み" : "churned";
                case THROTTLED -> ja ? "依頼間隔の制限" : "asked recently";
                case NOT_SENT -> ja ? "送信できませんでした" : "not sent";
            };
        }
    }

    @Command(
            name = "answer",
            mixinStandardHelpOptions = true,
            description = {
                "Record the answer to a survey link (its token, or the whole link), as the survey page would.",
                "Each invitation takes one answer; the score must be on the survey's scale."
            })
    static final class AnswerLink extends WithWorkspace implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "TOKEN", description = "the link's token, or the link")
        String token;

        @Option(names = "--score", required = true, description = "the score given")
        BigDecimal score;

        @Option(names = "--comment", paramLabel = "TEXT", description = "a comment")
        String comment;

        @Override
        public Integer call() {
            Workspace opened = Workspace.open(workspace);
            Language lang = language(opened);
            int path = token.lastIndexOf("/s/");
            String bare = path >= 0 ? token.substring(path + 3) : token;
            Answer answer = new SurveyCollection(opened)
                    .answer(
                            bare,
                            score,
                            Optional.ofNullable(comment),
                            language == null ? Optional.empty() : Optional.of(lang));
            String given = answer.score().stripTrailingZeros().toPlainString();
            System.out.println(
                    lang == Language.JA
                            ? "回答を保存しました（" + answer.responseId() + "、アンケート " + answer.surveyId() + "、スコア " + given
                                    + "）。"
                            : "Stored answer " + answer.responseId() + " to survey " + answer.surveyId() + " (score "
                                    + given + ").");
            return 0;
        }
    }
}
