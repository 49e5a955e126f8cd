package org.kizuna.store.survey;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.kizuna.store.Reason;
import org.kizuna.store.SettingsFile;
import org.kizuna.store.SettingsFile.Refused;
import org.kizuna.store.WorkspaceException;

/**
 * The settings of survey collection, read from the workspace's {@code settings.properties}: {@code
 * survey.throttle_days} (default 30; 0 turns throttling off), {@code survey.base_url} (default {@code
 * http://localhost:8080}) and {@code smtp.host}, {@code smtp.port}, {@code smtp.user}, {@code smtp.password},
 * {@code smtp.from}. The SMTP password may instead come from the environment variable {@code
 * KIZUNA_SMTP_PASSWORD}, which wins, so that it need not be written into the file.
 *
 * @param throttleDays nobody is invited again until this many days after their last invitation
 * @param baseUrl the address links start with, without a trailing slash
 * @param smtp the mail server, or empty to write messages to the outbox folder
 * @param from the sender of invitation emails
 */
public record SurveySettings(int throttleDays, String baseUrl, Optional<Smtp> smtp, String from) {

    public static final int DEFAULT_THROTTLE_DAYS = 30;
    public static final String DEFAULT_BASE_URL = "http://localhost:8080";
    public static final String DEFAULT_FROM = "Kizuna <no-reply@localhost>";
    static final String PASSWORD_VARIABLE = "KIZUNA_SMTP_PASSWORD";

    public SurveySettings {
        if (throttleDays < 0) {
            throw new IllegalArgumentException("survey.throttle_days: " + throttleDays + " is below 0");
        }
        baseUrl = baseUrl(baseUrl);
    }

    /**
     * An SMTP server. Its password is not shown by {@link #toString()}.
     *
     * @param host the server
     * @param port its port (587 unless said)
     * @param user the login, if the server wants one
     * @param password the password of the login
     */
    public record Smtp(String host, int port, Optional<String> user, Optional<String> password) {

        @Override
        public String toString() {
            return "Smtp[host=" + host + ", port=" + port + ", user=" + user.orElse("") + "]";
        }
    }

    /** The settings in a workspace folder's settings file. */
    public static SurveySettings read(Path workspaceFolder) {
        Path file = workspaceFolder.resolve(SettingsFile.FILE_NAME);
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new WorkspaceException(file + ": cannot be read: " + e.getMessage(), e);
        }
        Map<String, Reason> reasons = reasons(p);
        if (!reasons.isEmpty()) {
            throw new WorkspaceException(SettingsFile.FILE_NAME + ": "
                    + reasons.values().iterator().next().english());
        }
        int throttle = whole(p, "survey.throttle_days").orElse(DEFAULT_THROTTLE_DAYS);
        String baseUrl = text(p, "survey.base_url").orElse(DEFAULT_BASE_URL);
        Optional<Smtp> smtp = text(p, "smtp.host")
                .map(host -> new Smtp(
                        host,
                        whole(p, "smtp.port").orElse(587),
                        text(p, "smtp.user"),
                        Optional.ofNullable(System.getenv(PASSWORD_VARIABLE))
                                .filter(s -> !s.isEmpty())
                                .or(() -> text(p, "smtp.password"))));
        return new SurveySettings(throttle, baseUrl, smtp, text(p, "smtp.from").orElse(DEFAULT_FROM));
    }

    /**
     * What is wrong with the survey and SMTP settings among the entries, per setting, each wording starting with
     * the setting's name; empty when they are right. {@link #read} and the settings page check by these rules.
     */
    public static Map<String, Reason> reasons(Properties p) {
        Map<String, Reason> reasons = new LinkedHashMap<>();
        String throttle = "survey.throttle_days";
        checkedWhole(p, throttle, reasons)
                .filter(days -> days < 0)
                .ifPresent(days -> reasons.put(
                        throttle,
                        Refused.of(throttle, "setting.below_zero", days).reason()));
        text(p, "survey.base_url").ifPresent(url -> {
            try {
                baseUrl(url);
            } catch (IllegalArgumentException e) {
                reasons.put(
                        "survey.base_url",
                        Refused.of("survey.base_url", "setting.address", url).reason());
            }
        });
        if (text(p, "smtp.host").isPresent()) {
            checkedWhole(p, "smtp.port", reasons);
        }
        return reasons;
    }

    // The setting as a whole number if it is given and is one; when it is not, why is added to the reasons.
    private static Optional<Integer> checkedWhole(Properties p, String key, Map<String, Reason> reasons) {
        try {
            return whole(p, key);
        } catch (NumberFormatException e) {
            reasons.put(
                    key,
                    Refused.of(key, "setting.whole", text(p, key).orElseThrow()).reason());
            return Optional.empty();
        }
    }

    /** The same settings with another base URL, e.g. one given on the command line. */
    public SurveySettings withBaseUrl(String url) {
        return new SurveySettings(throttleDays, url, smtp, from);
    }

    public SurveySettings withThrottleDays(int days) {
        return new SurveySettings(days, baseUrl, smtp, from);
    }

    /** The link that answers a token. */
    public String link(String token) {
        return baseUrl + "/s/" + token;
    }

    private static String baseUrl(String url) {
        String trimmed = url.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("\"" + url + "\" is not an http or https address");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + url + "\" is not an http or https address");
        }
        return trimmed;
    }

    private static Optional<String> text(Properties p, String key) {
        return Optional.ofNullable(p.getProperty(key)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The setting as a whole number, if it is given; NumberFormatException when it is not one. */
    private static Optional<Integer> whole(Properties p, String key) {
        return text(p, key).map(Integer::parseInt);
    }
}
