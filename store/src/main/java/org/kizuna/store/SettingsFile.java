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
            "smtp.from");
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

    public static WorkspaceSettings read(Path file) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new WorkspaceException(file + ": cannot be read: " + e.getMessage(), e);
        }
        String where = file.getFileName().toString();
        Set<String> unknown = new TreeSet<>();
        Map<String, BigDecimal> thresholds = new TreeMap<>();
        Map<String, BigDecimal> targets = new TreeMap<>();
        MetricConventions defaults = MetricConventions.defaults();
        Map<String, BigDecimal> caiWeights = new TreeMap<>(defaults.caiWeights());
        Map<String, BigDecimal> engagementWeights = new TreeMap<>(defaults.engagementWeights());
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(CAI_WEIGHT_PREFIX) || key.startsWith(ENGAGEMENT_WEIGHT_PREFIX)) {
                boolean cai = key.startsWith(CAI_WEIGHT_PREFIX);
                String component = key.substring((cai ? CAI_WEIGHT_PREFIX : ENGAGEMENT_WEIGHT_PREFIX).length());
                List<String> components =
                        cai ? MetricConventions.CAI_COMPONENTS : MetricConventions.ENGAGEMENT_COMPONENTS;
                if (!components.contains(component)) {
                    throw new WorkspaceException(where + ": " + key + ": \"" + component
                            + "\" is not a component; known: " + String.join(", ", components));
                }
                BigDecimal weight = decimal(where, p, key);
                if (weight.signum() < 0) {
                    throw new WorkspaceException(where + ": " + key + ": " + weight.toPlainString() + " is below 0");
                }
                (cai ? caiWeights : engagementWeights).put(component, weight);
                continue;
            }
            if (key.startsWith(TARGET_PREFIX)) {
                String metric = key.substring(TARGET_PREFIX.length());
                if (MetricCatalog.find(metric).isEmpty()) {
                    throw new WorkspaceException(where + ": " + key + ": \"" + metric + "\" is not a metric id; known: "
                            + String.join(", ", MetricCatalog.ids()));
                }
                targets.put(metric, decimal(where, p, key));
                continue;
            }
            if (key.startsWith(CSAT_PREFIX)) {
                String scale = key.substring(CSAT_PREFIX.length());
                if (!scale.matches("-?\\d+(\\.\\d+)?--?\\d+(\\.\\d+)?")) {
                    throw new WorkspaceException(
                            where + ": " + key + ": the scale must be written min-max, e.g. " + CSAT_PREFIX + "1-5");
                }
                thresholds.put(scale, decimal(where, p, key));
            } else if (!KEYS.contains(key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new WorkspaceException(where + ": unknown setting " + String.join(", ", unknown)
                    + "; known settings are "
                    + String.join(", ", new TreeSet<>(KEYS)) + ", " + CSAT_PREFIX + "MIN-MAX, " + CAI_WEIGHT_PREFIX
                    + "COMPONENT, " + ENGAGEMENT_WEIGHT_PREFIX + "COMPONENT and " + TARGET_PREFIX + "METRIC");
        }
        String currency = text(where, p, "reporting_currency");
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new WorkspaceException(
                    where + ": reporting_currency: \"" + currency + "\" is not an ISO 4217 currency code");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(text(where, p, "time_zone"));
        } catch (DateTimeException e) {
            throw new WorkspaceException(where + ": time_zone: \"" + p.getProperty("time_zone")
                    + "\" is not a known time zone (e.g. Asia/Tokyo)");
        }
        String language = text(where, p, "language");
        if (!language.equals("ja") && !language.equals("en")) {
            throw new WorkspaceException(where + ": language: \"" + language + "\" is not ja or en");
        }
        return new WorkspaceSettings(
                currency,
                zone,
                language,
                positiveInt(where, p, "inactivity_window_days"),
                positiveInt(where, p, "onboarding_target_days"),
                positiveDecimal(where, p, "sla.first_response_hours"),
                positiveDecimal(where, p, "sla.resolution_hours"),
                thresholds,
                targets,
                conventions(where, p, defaults, caiWeights, engagementWeights));
    }

    private static MetricConventions conventions(
            String where,
            Properties p,
            MetricConventions defaults,
            Map<String, BigDecimal> caiWeights,
            Map<String, BigDecimal> engagementWeights) {
        ChurnDenominator denominator = choice(
                where,
                p,
                "churn.denominator",
                ChurnDenominator.values(),
                ChurnDenominator::key,
                defaults.churnDenominator());
        ClvBasis basis = choice(where, p, "clv.basis", ClvBasis.values(), ClvBasis::key, defaults.clvBasis());
        try {
            return new MetricConventions(denominator, basis, caiWeights, engagementWeights);
        } catch (IllegalArgumentException e) {
            throw new WorkspaceException(where + ": " + e.getMessage());
        }
    }

    /** One of a closed set of words, or the default when the key is absent (files written by older versions). */
    private static <T> T choice(
            String where, Properties p, String key, T[] values, Function<T, String> word, T otherwise) {
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
        throw new WorkspaceException(where + ": " + key + ": \"" + given + "\" is not one of "
                + String.join(", ", java.util.Arrays.stream(values).map(word).toList()));
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

    private static String text(String where, Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new WorkspaceException(where + ": " + key + " is missing");
        }
        return value.strip();
    }

    private static int positiveInt(String where, Properties p, String key) {
        String value = text(where, p, key);
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message as a non-positive number
        }
        throw new WorkspaceException(where + ": " + key + ": \"" + value + "\" is not a whole number above 0");
    }

    private static BigDecimal decimal(String where, Properties p, String key) {
        String value = text(where, p, key);
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new WorkspaceException(where + ": " + key + ": \"" + value + "\" is not a number");
        }
    }

    private static BigDecimal positiveDecimal(String where, Properties p, String key) {
        BigDecimal value = decimal(where, p, key);
        if (value.signum() <= 0) {
            throw new WorkspaceException(where + ": " + key + ": " + value.toPlainString() + " is not above 0");
        }
        return value;
    }
}
