package org.kizuna.reports.schedule;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.reports.ReportFormat;
import org.kizuna.reports.ReportRequest;
import org.kizuna.store.Reason;
import org.kizuna.store.SettingsFile;
import org.kizuna.store.SettingsFile.Refused;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;

/**
 * The scheduled report of a workspace, as its {@code settings.properties} asks for it: {@code report.schedule}
 * ({@code off}, {@code weekly} or {@code monthly}; default off), {@code report.format} (default xlsx), {@code
 * report.lang} (default the workspace's language), {@code report.folder} (default {@code reports} in the
 * workspace folder; a relative folder is inside it), {@code report.family} or {@code report.metric} (comma
 * lists; default every metric), {@code report.where} ({@code ATTR=VALUE}, several joined by {@code &}) and
 * {@code report.email_to} (comma list of addresses, emailed when {@code smtp.host} is set).
 *
 * @param frequency how often a report is due
 * @param format the file format
 * @param language the report's language
 * @param folder where the files go
 * @param families the families, or null for all
 * @param metricIds the metrics, or null for all (of the families)
 * @param where the customers kept
 * @param emailTo who is emailed each report
 * @param zone the workspace's time zone, in which weeks and months begin
 */
public record ReportSchedule(
        Frequency frequency,
        ReportFormat format,
        Language language,
        Path folder,
        List<Family> families,
        List<String> metricIds,
        Map<String, String> where,
        List<String> emailTo,
        ZoneId zone) {

    /** How often a report is due. */
    public enum Frequency {
        OFF,
        WEEKLY,
        MONTHLY;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final String SCHEDULE = "report.schedule";
    public static final String FORMAT = "report.format";
    public static final String LANG = "report.lang";
    public static final String FOLDER = "report.folder";
    public static final String FAMILY = "report.family";
    public static final String METRIC = "report.metric";
    public static final String WHERE = "report.where";
    public static final String EMAIL_TO = "report.email_to";

    /** The settings, in the order the settings page shows them. */
    public static final List<String> KEYS = List.of(SCHEDULE, FORMAT, LANG, FOLDER, FAMILY, METRIC, WHERE, EMAIL_TO);

    /** The folder inside the workspace folder that reports go to when {@code report.folder} is not set. */
    public static final String DEFAULT_FOLDER = "reports";

    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z0-9_]+");

    public ReportSchedule {
        families = families == null || families.isEmpty() ? null : List.copyOf(families);
        metricIds = metricIds == null || metricIds.isEmpty() ? null : List.copyOf(metricIds);
        where = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(where));
        emailTo = emailTo == null ? List.of() : List.copyOf(emailTo);
    }

    public boolean off() {
        return frequency == Frequency.OFF;
    }

    /** The scheduled report of a workspace, as its settings file has it now. */
    public static ReportSchedule of(Workspace workspace) {
        Properties p = SettingsFile.load(workspace.folder().resolve(SettingsFile.FILE_NAME));
        Map<String, String> problems = problems(p);
        if (!problems.isEmpty()) {
            throw new WorkspaceException(
                    SettingsFile.FILE_NAME + ": " + problems.values().iterator().next());
        }
        String lang = text(p, LANG).orElse(workspace.settings().language());
        Path folder = workspace.folder().resolve(text(p, FOLDER).orElse(DEFAULT_FOLDER));
        return new ReportSchedule(
                frequency(p),
                text(p, FORMAT).map(ReportFormat::of).orElse(ReportFormat.XLSX),
                Language.of(lang),
                folder,
                families(p),
                list(p, METRIC),
                where(p),
                list(p, EMAIL_TO),
                workspace.settings().timeZone());
    }

    /**
     * What is wrong with the report settings among the entries, per setting, each message starting with the
     * setting's name; empty when they are right. The settings page and {@link #of(Workspace)} check by these
     * rules.
     */
    public static Map<String, String> problems(Properties p) {
        return SettingsFile.english(reasons(p));
    }

    /** As {@link #problems}, each reason as the wording's key and values, to be said in another language. */
    public static Map<String, Reason> reasons(Properties p) {
        Map<String, Reason> problems = new LinkedHashMap<>();
        check(problems, SCHEDULE, () -> frequency(p));
        check(
                problems,
                FORMAT,
                () -> text(p, FORMAT).ifPresent(format -> {
                    try {
                        ReportFormat.of(format);
                    } catch (IllegalArgumentException e) {
                        throw Refused.of(FORMAT, "setting.not_one_of", format, String.join(", ", formats()));
                    }
                }));
        check(
                problems,
                LANG,
                () -> text(p, LANG).ifPresent(lang -> {
                    if (!lang.equals("ja") && !lang.equals("en")) {
                        throw Refused.of(LANG, "setting.language", lang);
                    }
                }));
        check(
                problems,
                FOLDER,
                () -> text(p, FOLDER).ifPresent(folder -> {
                    try {
                        Path.of(folder);
                    } catch (InvalidPathException e) {
                        throw Refused.of(FOLDER, "setting.folder", folder, e.getReason());
                    }
                }));
        check(problems, FAMILY, () -> families(p));
        check(problems, METRIC, () -> {
            List<String> ids = list(p, METRIC);
            if (ids != null) {
                for (String id : ids) {
                    if (MetricCatalog.find(id).isEmpty()) {
                        throw Refused.of(METRIC, "setting.metric", id, String.join(", ", MetricCatalog.ids()));
                    }
                }
                if (list(p, FAMILY) != null) {
                    throw Refused.of(METRIC, "setting.either", METRIC, FAMILY);
                }
            }
        });
        check(problems, WHERE, () -> where(p));
        check(problems, EMAIL_TO, () -> {
            List<String> addresses = list(p, EMAIL_TO);
            if (addresses != null) {
                for (String address : addresses) {
                    try {
                        InternetAddress parsed = new InternetAddress(address, true);
                        if (!parsed.getAddress().contains("@")) {
                            throw new AddressException("no @");
                        }
                    } catch (AddressException e) {
                        throw Refused.of(EMAIL_TO, "setting.email", address);
                    }
                }
            }
        });
        return problems;
    }

    private static void check(Map<String, Reason> problems, String key, Runnable reading) {
        try {
            reading.run();
        } catch (Refused e) {
            problems.put(key, e.reason());
        } catch (IllegalArgumentException e) {
            problems.put(key, Reason.text(key + ": " + e.getMessage()));
        }
    }

    private static Frequency frequency(Properties p) {
        Optional<String> given = text(p, SCHEDULE);
        if (given.isEmpty()) {
            return Frequency.OFF;
        }
        for (Frequency frequency : Frequency.values()) {
            if (frequency.key().equals(given.get())) {
                return frequency;
            }
        }
        throw Refused.of(SCHEDULE, "setting.not_one_of", given.get(), "off, weekly, monthly");
    }

    private static List<String> formats() {
        return Arrays.stream(ReportFormat.values()).map(ReportFormat::extension).toList();
    }

    private static List<Family> families(Properties p) {
        List<String> names = list(p, FAMILY);
        if (names == null) {
            return null;
        }
        List<Family> families = new ArrayList<>();
        for (String name : names) {
            try {
                families.add(ReportRequest.family(name));
            } catch (IllegalArgumentException e) {
                throw Refused.of(
                        FAMILY,
                        "setting.not_one_of",
                        name,
                        String.join(
                                ", ",
                                Arrays.stream(Family.values())
                                        .map(f -> f.name().toLowerCase(Locale.ROOT))
                                        .toList()));
            }
        }
        return families;
    }

    /** {@code plan=pro&region=kanto}: each attribute and the value its customers must have. */
    private static Map<String, String> where(Properties p) {
        Map<String, String> where = new LinkedHashMap<>();
        Optional<String> given = text(p, WHERE);
        if (given.isEmpty()) {
            return where;
        }
        for (String part : given.get().split("&")) {
            String condition = part.strip();
            int equals = condition.indexOf('=');
            if (equals <= 0
                    || !ATTRIBUTE
                            .matcher(condition.substring(0, equals).strip())
                            .matches()
                    || condition.substring(equals + 1).isBlank()) {
                throw Refused.of(WHERE, "setting.where", condition);
            }
            String attribute = condition.substring(0, equals).strip();
            if (where.containsKey(attribute)) {
                throw Refused.of(WHERE, "setting.twice", attribute);
            }
            where.put(attribute, condition.substring(equals + 1).strip());
        }
        return where;
    }

    /** A comma list, or null when the setting is absent or blank. */
    private static List<String> list(Properties p, String key) {
        Optional<String> given = text(p, key);
        if (given.isEmpty()) {
            return null;
        }
        List<String> items = Arrays.stream(given.get().split(","))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
        return items.isEmpty() ? null : items;
    }

    private static Optional<String> text(Properties p, String key) {
        return Optional.ofNullable(p.getProperty(key)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
