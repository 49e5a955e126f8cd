package org.kizuna.web.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.kizuna.domain.MetricConventions;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.reports.schedule.ReportSchedule;
import org.kizuna.store.Reason;
import org.kizuna.store.SettingsFile;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;
import org.kizuna.store.survey.SurveySettings;
import org.springframework.stereotype.Service;

/**
 * Reads the workspace's settings file for the settings form and saves a form into it: every entry is checked
 * by the store's own rules (those of {@code kizuna} reading the file), and the file is replaced at once, or
 * not at all when any entry is wrong. Comments and entries the form does not show are kept as they are.
 */
@Service
class SettingsEditor {

    /** The settings the form shows one field each for, in its order. */
    static final List<String> GENERAL = List.of(
            "language",
            "time_zone",
            "reporting_currency",
            "inactivity_window_days",
            "onboarding_target_days",
            "sla.first_response_hours",
            "sla.resolution_hours",
            "churn.denominator",
            "clv.basis");

    static final List<String> SURVEY =
            List.of("survey.throttle_days", "survey.base_url", "smtp.host", "smtp.port", "smtp.user", "smtp.from");

    /** The scheduled report's settings, all optional. */
    static final List<String> REPORT = ReportSchedule.KEYS;

    /** Optional settings: a blank field removes the entry, so that its default applies. */
    static final List<String> OPTIONAL = List.of(
            "churn.denominator",
            "clv.basis",
            "survey.throttle_days",
            "survey.base_url",
            "smtp.host",
            "smtp.port",
            "smtp.user",
            "smtp.from");

    static final String PASSWORD = "smtp.password";
    static final String NEW_SCALE = "csat.new.scale";
    static final String NEW_THRESHOLD = "csat.new.threshold";
    static final String CSAT = "csat.threshold.";
    static final String TARGET = "target.";
    static final String CAI = "cai.weight.";
    static final String ENGAGEMENT = "engagement.weight.";

    private final Workspace workspace;

    SettingsEditor(Workspace workspace) {
        this.workspace = workspace;
    }

    private Path file() {
        return workspace.folder().resolve(SettingsFile.FILE_NAME);
    }

    /** The entries of the file as written. */
    Map<String, String> current() {
        Properties p = SettingsFile.load(file());
        Map<String, String> values = new TreeMap<>();
        p.stringPropertyNames()
                .forEach(key -> values.put(key, p.getProperty(key).strip()));
        return values;
    }

    /** What is wrong with the file as it is (after a hand edit), per setting; empty when it reads well. */
    Map<String, Reason> problemsOfFile() {
        try {
            return check(Files.readString(file(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The outcome of saving a form.
     *
     * @param values what the form shows next: the entries as submitted
     * @param problems per setting, what is wrong; empty when the file was saved
     */
    record Saved(Map<String, String> values, Map<String, Reason> problems) {

        boolean saved() {
            return problems.isEmpty();
        }
    }

    /** Saves the form's fields into the settings file, all of them or, on any problem, none. */
    synchronized Saved save(Map<String, String> form) {
        Map<String, String> current = current();
        Map<String, String> changes = new LinkedHashMap<>();
        for (String key : GENERAL) {
            changes.put(key, field(form, key, OPTIONAL.contains(key)));
        }
        for (String key : SURVEY) {
            changes.put(key, field(form, key, true));
        }
        for (String key : REPORT) {
            changes.put(key, field(form, key, true));
        }
        String password = form.getOrDefault(PASSWORD, "");
        if (!password.isBlank()) {
            changes.put(PASSWORD, password.strip());
        }
        for (String id : MetricCatalog.ids()) {
            changes.put(TARGET + id, field(form, TARGET + id, true));
        }
        for (String key : current.keySet()) {
            if (key.startsWith(CSAT)) {
                changes.put(key, field(form, key, true));
            }
        }
        for (String component : MetricConventions.CAI_COMPONENTS) {
            changes.put(CAI + component, field(form, CAI + component, true));
        }
        for (String component : MetricConventions.ENGAGEMENT_COMPONENTS) {
            changes.put(ENGAGEMENT + component, field(form, ENGAGEMENT + component, true));
        }
        Map<String, Reason> problems = new LinkedHashMap<>();
        String scale = form.getOrDefault(NEW_SCALE, "").strip();
        String threshold = form.getOrDefault(NEW_THRESHOLD, "").strip();
        if (!scale.isEmpty() || !threshold.isEmpty()) {
            if (scale.isEmpty()) {
                problems.put(NEW_SCALE, Reason.of("setting.new_scale", NEW_SCALE));
            } else {
                changes.put(CSAT + scale, threshold);
            }
        }
        Map<String, String> shown = new TreeMap<>();
        changes.forEach((key, value) -> {
            if (value != null && !key.equals(PASSWORD)) {
                shown.put(key, value);
            }
        });
        String text;
        try {
            text = SettingsFile.edit(Files.readString(file(), StandardCharsets.UTF_8), changes);
        } catch (SettingsFile.Refused e) {
            problems.put(e.key(), e.reason());
            return new Saved(shown, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        problems.putAll(check(text));
        if (!problems.isEmpty()) {
            return new Saved(shown, problems);
        }
        try {
            SettingsFile.replace(file(), text);
        } catch (IOException e) {
            throw new WorkspaceException("the settings could not be saved: " + e.getMessage(), e);
        }
        return new Saved(shown, Map.of());
    }

    /**
     * Every problem of a settings text, per setting: the workspace settings by the settings file's rules, then
     * the scheduled report's by theirs, then the survey and SMTP settings by theirs.
     */
    private static Map<String, Reason> check(String text) {
        Properties entries = SettingsFile.parse(text);
        Map<String, Reason> problems =
                new LinkedHashMap<>(SettingsFile.check(entries).reasons());
        problems.putAll(ReportSchedule.reasons(entries));
        problems.putAll(SurveySettings.reasons(entries));
        return problems;
    }

    /** A field's value; blank is null (the entry removed) for optional settings, else kept blank to be reported. */
    private static String field(Map<String, String> form, String key, boolean optional) {
        String value = form.getOrDefault(key, "").strip();
        return value.isEmpty() && optional ? null : value;
    }

    /** The CSAT scales the file has a threshold for, e.g. 1-5. */
    static List<String> scales(Map<String, String> values) {
        List<String> scales = new ArrayList<>();
        values.keySet().stream()
                .filter(key -> key.startsWith(CSAT))
                .forEach(key -> scales.add(key.substring(CSAT.length())));
        return scales;
    }
}
