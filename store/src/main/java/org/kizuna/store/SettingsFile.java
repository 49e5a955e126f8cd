package org.kizuna.store;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.kizuna.domain.MetricConventions;
import org.kizuna.domain.MetricConventions.ChurnDenominator;
import org.kizuna.domain.MetricConventions.ClvBasis;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.metrics.MetricCatalog;

/**
 * The human-editable settings file of a workspace ({@code settings.properties}, UTF-8). Every value is
 * checked when read; a bad one is reported with its key, an unknown key too, so typos do not pass silently.
 */
public final class SettingsFile {

    public static final String FILE_NAME = "settings.properties";

    private static final String CSAT_PREFIX = "csat.threshold.";
    private static final String TARGET_PREFIX = "target.";
    private static final Set<String> KEYS = Set.of(
            "reporting_currency",
            "time_zone",
            "language",
            "inactivity_window_days",
            "onboarding_target_days",
            "sla.first_response_hours",
            "sla.resolution_hours",
            "churn.denominator",
            "clv.basis",
            "survey.throttle_days",
            "survey.base_url",
            "smtp.host",
            "smtp.port",
            "smtp.user",
            "smtp.password",
            "smtp.from",
            "report.schedule",
            "report.format",
            "report.lang",
            "report.folder",
            "report.family",
            "report.metric",
            "report.where",
            "report.email_to");
    private static final String CAI_WEIGHT_PREFIX = "cai.weight.";
    private static final String ENGAGEMENT_WEIGHT_PREFIX = "engagement.weight.";

    private SettingsFile() {}

    public static void write(Path file, WorkspaceSettings s) throws IOException {
        StringBuilder targets = new StringBuilder();
        new TreeMap<>(s.targets())
                .forEach((metric, target) -> targets.append(TARGET_PREFIX)
                        .append(metric)
                        .append(" = ")
                        .append(target.toPlainString())
                        .append('\n'));
        StringBuilder csat = new StringBuilder();
        new TreeMap<>(s.csatThresholds())
                .forEach((scale, threshold) -> csat.append(CSAT_PREFIX)
                        .append(scale)
                        .append(" = ")
                        .append(threshold.toPlainString())
                        .append('\n'));
        MetricConventions conventions = s.conventions();
        String text = """
                # Kizuna workspace settings / ワークスペース設定
                # Edit and save; every command reads this file again. Lines starting with # are comments.

                # Currency every amount is converted to (ISO 4217). Amounts in other currencies need fx_rates.
                # Changing it later needs a re-import of the data. / 集計通貨（変更後はデータの再取り込みが必要）
                reporting_currency = %s

                # Time zone of period boundaries and of timestamps written without an offset. / タイムゾーン
                time_zone = %s

                # Language of output: ja or en. / 表示言語
                language = %s

                # Without subscriptions, a customer counts as active for this many days after a purchase.
                # サブスクリプションがない場合、購入後この日数は顧客をアクティブとみなす
                inactivity_window_days = %d

                # Onboarding is on time when every required milestone is done this many days after signup.
                # オンボーディング目標日数（契約日から）
                onboarding_target_days = %d

                # Support targets in hours. / サポートの目標時間（時間）
                sla.first_response_hours = %s
                sla.resolution_hours = %s

                # Lowest "satisfied" CSAT score per survey scale (min-max); a survey's own threshold wins.
                # Scales not listed use the score 60 %% of the way up the scale, rounded up.
                # CSATで「満足」とみなす最低スコア（尺度ごと）
                %s
                # Targets per metric id (see kizuna catalogue): met at or above when higher is better,
                # else at or below. / 指標ごとの目標値（高いほど良い指標は以上、それ以外は以下で達成）
                %s
                # Churn rate denominator: start (customers active at the period's start; acquisitions in
                # neither count) or start_plus_acquired. / 解約率の分母：start（期首の顧客）または start_plus_acquired
                churn.denominator = %s

                # Historic CLV adds up gross margin (margin) or revenue (revenue). / 実績CLVの基準：粗利または売上
                clv.basis = %s

                # Weights of the customer advocacy index (trust, satisfaction, recommend) and of the
                # engagement score (frequency, breadth, social, support). / 顧客擁護指数とエンゲージメントスコアの重み
                %s%s
                # Surveys collected by Kizuna: nobody is asked again within this many days (0: no limit),
                # and links point to this address. / アンケート：同じ人への再依頼までの日数、リンクのURL
                survey.throttle_days = 30
                survey.base_url = http://localhost:8080

                # Invitations are emailed through this SMTP server when smtp.host is set, else written to
                # the outbox/ folder as .eml files. The password may instead come from KIZUNA_SMTP_PASSWORD.
                # 招待メールのSMTPサーバー（未設定なら outbox/ フォルダに .eml として保存）
                # smtp.host = smtp.example.com
                # smtp.port = 587
                # smtp.user = surveys@example.com
                # smtp.password =
                # smtp.from = Customer Success <surveys@example.com>

                # Scheduled reports: every week (the last full ISO week) or month (the last full month), a report
                # is written to report.folder (default: reports/ in this folder) and, when smtp.host is set,
                # emailed to report.email_to. report.where keeps only some customers (plan=pro, several joined
                # by &). / 定期レポート：毎週または毎月、レポートをフォルダに保存し、SMTP設定があればメールで送る
                # report.schedule = monthly
                # report.format = xlsx
                # report.lang = ja
                # report.folder = reports
                # report.family = voice,retention
                # report.metric = nps,churn_rate
                # report.where = plan=pro
                # report.email_to = cs-team@example.com, ceo@example.com
                """.formatted(
                        s.reportingCurrency(),
                        s.timeZone().getId(),
                        s.language(),
                        s.inactivityWindowDays(),
                        s.onboardingTargetDays(),
                        s.firstResponseTargetHours().toPlainString(),
                        s.resolutionTargetHours().toPlainString(),
                        csat,
                        targets,
                        conventions.churnDenominator().key(),
                        conventions.clvBasis().key(),
                        weights(CAI_WEIGHT_PREFIX, conventions.caiWeights()),
                        weights(ENGAGEMENT_WEIGHT_PREFIX, conventions.engagementWeights()));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * The text of a settings file with some entries changed, everything else (comments, order, other entries)
     * kept: an entry present is rewritten in place, one present only as a comment ({@code # smtp.host = …}) is
     * written there, a new one is put after the last entry of its family ({@code target.}, {@code smtp.}, …)
     * or at the end. A null value removes the entry.
     *
     * @throws Refused when a value holds a line break or another control character
     */
    public static String edit(String text, Map<String, String> changes) {
        for (Map.Entry<String, String> change : changes.entrySet()) {
            if (change.getValue() != null && change.getValue().chars().anyMatch(Character::isISOControl)) {
                throw Refused.of(change.getKey(), "setting.line_break");
            }
        }
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        Set<String> active = new java.util.HashSet<>();
        for (String line : lines) {
            entryKey(line).ifPresent(active::add);
        }
        Set<String> written = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            java.util.Optional<String> key = entryKey(line);
            if (key.isPresent() && changes.containsKey(key.get())) {
                String value = changes.get(key.get());
                if (value == null || written.contains(key.get())) {
                    lines.remove(i--);
                } else {
                    lines.set(i, entry(key.get(), value));
                    written.add(key.get());
                }
                continue;
            }
            String stripped = line.strip();
            if (stripped.startsWith("#")) {
                java.util.Optional<String> commented = entryKey(stripped.substring(1));
                if (commented.isPresent()
                        && changes.get(commented.get()) != null
                        && !active.contains(commented.get())
                        && !written.contains(commented.get())) {
                    lines.set(i, entry(commented.get(), changes.get(commented.get())));
                    written.add(commented.get());
                }
            }
        }
        for (Map.Entry<String, String> change : new TreeMap<>(changes).entrySet()) {
            if (change.getValue() == null || written.contains(change.getKey())) {
                continue;
            }
            String family = change.getKey().contains(".")
                    ? change.getKey().substring(0, change.getKey().lastIndexOf('.') + 1)
                    : change.getKey();
            int at = lines.size();
            while (at > 0 && lines.get(at - 1).isEmpty()) {
                at--;
            }
            for (int i = 0; i < lines.size(); i++) {
                java.util.Optional<String> key = entryKey(lines.get(i));
                if (key.isPresent() && key.get().startsWith(family)) {
                    at = i + 1;
                }
            }
            lines.add(at, entry(change.getKey(), change.getValue()));
            written.add(change.getKey());
        }
        return String.join("\n", lines);
    }

    /**
     * Replaces the settings file with the text at once: the text is written to a file beside it, then renamed
     * over it, so that a reader sees the old file or the new one, never half of one.
     */
    public static void replace(Path file, String text) throws IOException {
        Path next = Files.createTempFile(file.toAbsolutePath().getParent(), ".settings", ".tmp");
        try {
            Files.writeString(next, text, StandardCharsets.UTF_8);
            try {
                Files.move(
                        next,
                        file,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(next);
        }
    }

    /** The entries of a settings file's text, as {@link #load(Path)} reads them from the file. */
    public static Properties parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(text));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }

    /** The key of an entry line ({@code key = value}), or empty for comments and blank lines. */
    private static java.util.Optional<String> entryKey(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = ENTRY.matcher(stripped);
        return m.lookingAt() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static final java.util.regex.Pattern ENTRY = java.util.regex.Pattern.compile("([A-Za-z0-9_.\\-]+)\\s*[=:]");

    private static String entry(String key, String value) {
        return key + " = " + value.strip().replace("\\", "\\\\");
    }

    public static WorkspaceSettings read(Path file) {
        Checked checked = check(load(file));
        if (!checked.problems().isEmpty()) {
            throw new WorkspaceException(file.getFileName() + ": "
                    + checked.problems().values().iterator().next());
        }
        return checked.settings();
    }

    /** The settings file's entries as written, keyed by setting. */
    public static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new WorkspaceException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return p;
    }

    /**
     * The settings the entries hold, or what is wrong with them.
     *
     * @param settings the settings, or null when there are problems
     * @param reasons per setting (or {@code ""} for unknown settings), what is wrong, its wording starting with the
     *     setting's name, e.g. {@code language: "fr" is not ja or en}
     */
    public record Checked(WorkspaceSettings settings, Map<String, Reason> reasons) {

        public Checked {
            reasons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reasons));
        }

        /** What is wrong, per setting, in English. */
        public Map<String, String> problems() {
            return english(reasons);
        }
    }

    /** Reasons per setting in English, in the same order. */
    public static Map<String, String> english(Map<String, Reason> reasons) {
        Map<String, String> english = new java.util.LinkedHashMap<>();
        reasons.forEach((key, reason) -> english.put(key, reason.english()));
        return java.util.Collections.unmodifiableMap(english);
    }

    /**
     * A setting's value that cannot be used, as {@link #edit}, {@link #check} and the other settings' checks refuse
     * it.
     *
     * @see #reason()
     */
    public static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String key;
        private final transient Reason reason;

        private Refused(String key, Reason reason) {
            super(reason.english());
            this.key = key;
            this.reason = reason;
        }

        /**
         * The setting refused for the reason worded by the key: every setting's wording names the setting first
         * ({@code {0}}), then the values given.
         */
        public static Refused of(String key, String wording, Object... values) {
            Object[] named = new Object[values.length + 1];
            named[0] = key;
            System.arraycopy(values, 0, named, 1, values.length);
            return new Refused(key, Reason.of(wording, named));
        }

        /** The setting refused. */
        public String key() {
            return key;
        }

        /** Why, its wording starting with the setting's name. */
        public Reason reason() {
            return reason;
        }
    }

    /** Checks every entry, so that a form can show every problem at once beside its setting. */
    public static Checked check(Properties p) {
        Map<String, Reason> problems = new java.util.LinkedHashMap<>();
        Set<String> unknown = new TreeSet<>();
        Map<String, BigDecimal> thresholds = new TreeMap<>();
        Map<String, BigDecimal> targets = new TreeMap<>();
        MetricConventions defaults = MetricConventions.defaults();
        Map<String, BigDecimal> caiWeights = new TreeMap<>(defaults.caiWeights());
        Map<String, BigDecimal> engagementWeights = new TreeMap<>(defaults.engagementWeights());
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            try {
                if (key.startsWith(CAI_WEIGHT_PREFIX) || key.startsWith(ENGAGEMENT_WEIGHT_PREFIX)) {
                    boolean cai = key.startsWith(CAI_WEIGHT_PREFIX);
                    String component = key.substring((cai ? CAI_WEIGHT_PREFIX : ENGAGEMENT_WEIGHT_PREFIX).length());
                    List<String> components =
                            cai ? MetricConventions.CAI_COMPONENTS : MetricConventions.ENGAGEMENT_COMPONENTS;
                    if (!components.contains(component)) {
                        throw Refused.of(key, "setting.component", component, String.join(", ", components));
                    }
                    BigDecimal weight = decimal(p, key);
                    if (weight.signum() < 0) {
                        throw Refused.of(key, "setting.below_zero", weight.toPlainString());
                    }
                    (cai ? caiWeights : engagementWeights).put(component, weight);
                } else if (key.startsWith(TARGET_PREFIX)) {
                    String metric = key.substring(TARGET_PREFIX.length());
                    if (MetricCatalog.find(metric).isEmpty()) {
                        throw Refused.of(key, "setting.metric", metric, String.join(", ", MetricCatalog.ids()));
                    }
                    targets.put(metric, decimal(p, key));
                } else if (key.startsWith(CSAT_PREFIX)) {
                    String scale = key.substring(CSAT_PREFIX.length());
                    if (!scale.matches("-?\\d+(\\.\\d+)?--?\\d+(\\.\\d+)?")) {
                        throw Refused.of(key, "setting.scale", CSAT_PREFIX + "1-5");
                    }
                    thresholds.put(scale, decimal(p, key));
                } else if (!KEYS.contains(key)) {
                    unknown.add(key);
                }
            } catch (Refused e) {
                problems.put(key, e.reason());
            }
        }
        if (!unknown.isEmpty()) {
            problems.put(
                    "",
                    Reason.of(
                            "setting.unknown",
                            String.join(", ", unknown),
                            String.join(", ", new TreeSet<>(KEYS)) + ", " + CSAT_PREFIX + "MIN-MAX, "
                                    + CAI_WEIGHT_PREFIX + "COMPONENT, " + ENGAGEMENT_WEIGHT_PREFIX + "COMPONENT",
                            TARGET_PREFIX + "METRIC"));
        }
        String currency = checked(problems, "reporting_currency", () -> {
            String code = text(p, "reporting_currency");
            try {
                Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                throw Refused.of("reporting_currency", "setting.currency", code);
            }
            return code;
        });
        ZoneId zone = checked(problems, "time_zone", () -> {
            String id = text(p, "time_zone");
            try {
                return ZoneId.of(id);
            } catch (DateTimeException e) {
                throw Refused.of("time_zone", "setting.time_zone", id);
            }
        });
        String language = checked(problems, "language", () -> {
            String given = text(p, "language");
            if (!given.equals("ja") && !given.equals("en")) {
                throw Refused.of("language", "setting.language", given);
            }
            return given;
        });
        Integer inactivity =
                checked(problems, "inactivity_window_days", () -> positiveInt(p, "inactivity_window_days"));
        Integer onboarding =
                checked(problems, "onboarding_target_days", () -> positiveInt(p, "onboarding_target_days"));
        BigDecimal firstResponse =
                checked(problems, "sla.first_response_hours", () -> positiveDecimal(p, "sla.first_response_hours"));
        BigDecimal resolution =
                checked(problems, "sla.resolution_hours", () -> positiveDecimal(p, "sla.resolution_hours"));
        ChurnDenominator denominator = checked(
                problems,
                "churn.denominator",
                () -> choice(
                        p,
                        "churn.denominator",
                        ChurnDenominator.values(),
                        ChurnDenominator::key,
                        defaults.churnDenominator()));
        ClvBasis basis = checked(
                problems,
                "clv.basis",
                () -> choice(p, "clv.basis", ClvBasis.values(), ClvBasis::key, defaults.clvBasis()));
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        MetricConventions conventions;
        try {
            conventions = new MetricConventions(denominator, basis, caiWeights, engagementWeights);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            problems.put(
                    message.contains("advocacy") ? CAI_WEIGHT_PREFIX + "*" : ENGAGEMENT_WEIGHT_PREFIX + "*",
                    Reason.text(message));
            return new Checked(null, problems);
        }
        return new Checked(
                new WorkspaceSettings(
                        currency,
                        zone,
                        language,
                        inactivity,
                        onboarding,
                        firstResponse,
                        resolution,
                        thresholds,
                        targets,
                        conventions),
                Map.of());
    }

    private interface Reading<T> {
        T read();
    }

    private static <T> T checked(Map<String, Reason> problems, String key, Reading<T> reading) {
        try {
            return reading.read();
        } catch (Refused e) {
            problems.put(key, e.reason());
            return null;
        }
    }

    /** One of a closed set of words, or the default when the key is absent (files written by older versions). */
    private static <T> T choice(Properties p, String key, T[] values, Function<T, String> word, T otherwise) {
        String value = p.getProperty(key);
        if (value == null) {
            return otherwise;
        }
        String given = value.strip();
        for (T candidate : values) {
            if (word.apply(candidate).equals(given)) {
                return candidate;
            }
        }
        throw Refused.of(
                key,
                "setting.not_one_of",
                given,
                String.join(", ", java.util.Arrays.stream(values).map(word).toList()));
    }

    private static String weights(String prefix, Map<String, BigDecimal> weights) {
        StringBuilder lines = new StringBuilder();
        weights.forEach((component, weight) -> lines.append(prefix)
                .append(component)
                .append(" = ")
                .append(weight.toPlainString())
                .append('\n'));
        return lines.toString();
    }

    private static String text(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw Refused.of(key, "setting.missing");
        }
        return value.strip();
    }

    private static int positiveInt(Properties p, String key) {
        String value = text(p, key);
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message as a non-positive number
        }
        throw Refused.of(key, "setting.whole_above_zero", value);
    }

    private static BigDecimal decimal(Properties p, String key) {
        String value = text(p, key);
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw Refused.of(key, "setting.number", value);
        }
    }

    private static BigDecimal positiveDecimal(Properties p, String key) {
        BigDecimal value = decimal(p, key);
        if (value.signum() <= 0) {
            throw Refused.of(key, "setting.above_zero", value.toPlainString());
        }
        return value;
    }
}
