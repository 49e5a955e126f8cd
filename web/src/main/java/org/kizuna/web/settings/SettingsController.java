package org.kizuna.web.settings;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kizuna.domain.MetricConventions;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.reports.ReportFormat;
import org.kizuna.reports.schedule.ReportSchedule;
import org.kizuna.store.Reason;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workspace settings, for admins: language, time zone, currency, activity and support windows,
 * conventions, metric targets, CSAT thresholds, weights, survey collection, the mail server and the scheduled
 * report. Saved into
 * {@code settings.properties}, which the running server reads again as soon as it changes.
 */
@Controller
class SettingsController {

    private final SettingsEditor editor;

    SettingsController(SettingsEditor editor) {
        this.editor = editor;
    }

    /**
     * A metric's target field.
     *
     * @param key its setting, {@code target.ID}
     * @param name the metric's name in the page's language
     * @param direction {@code ≥} when higher is better, else {@code ≤}
     */
    record TargetField(String key, String name, String direction) {}

    @GetMapping("/admin/settings")
    String settings(@RequestParam(required = false) String saved, Locale locale, Model model) {
        return page(editor.current(), editor.problemsOfFile(), saved != null, locale, model);
    }

    @PostMapping("/admin/settings")
    String save(@RequestParam Map<String, String> form, Locale locale, HttpServletResponse response, Model model) {
        SettingsEditor.Saved saved = editor.save(form);
        if (saved.saved()) {
            return "redirect:/admin/settings?saved";
        }
        response.setStatus(422);
        return page(saved.values(), saved.problems(), false, locale, model);
    }

    private static String page(
            Map<String, String> values, Map<String, Reason> reasons, boolean saved, Locale locale, Model model) {
        // Each problem in the page's language.
        Map<String, String> problems = new LinkedHashMap<>();
        reasons.forEach((key, reason) -> problems.put(key, reason.in(locale)));
        Language language = "ja".equals(locale.getLanguage()) ? Language.JA : Language.EN;
        List<TargetField> targets = new ArrayList<>();
        MetricCatalog.all()
                .forEach(metric -> targets.add(new TargetField(
                        SettingsEditor.TARGET + metric.definition().id(),
                        metric.definition().name(language),
                        metric.definition().higherIsBetter() ? "≥" : "≤")));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("saved", saved);
        model.addAttribute("general", SettingsEditor.GENERAL);
        model.addAttribute("survey", SettingsEditor.SURVEY);
        model.addAttribute("report", SettingsEditor.REPORT);
        model.addAttribute("targets", targets);
        model.addAttribute("scales", SettingsEditor.scales(values));
        model.addAttribute(
                "weights",
                List.of(
                        MetricConventions.CAI_COMPONENTS.stream()
                                .map(c -> SettingsEditor.CAI + c)
                                .toList(),
                        MetricConventions.ENGAGEMENT_COMPONENTS.stream()
                                .map(c -> SettingsEditor.ENGAGEMENT + c)
                                .toList()));
        model.addAttribute("passwordSet", values.containsKey(SettingsEditor.PASSWORD));
        model.addAttribute(
                "choices",
                Map.of(
                        "language",
                        List.of("ja", "en"),
                        ReportSchedule.SCHEDULE,
                        Arrays.stream(ReportSchedule.Frequency.values())
                                .map(ReportSchedule.Frequency::key)
                                .toList(),
                        ReportSchedule.FORMAT,
                        Arrays.stream(ReportFormat.values())
                                .map(ReportFormat::extension)
                                .toList(),
                        // blank: the workspace's language
                        ReportSchedule.LANG,
                        List.of("", "ja", "en"),
                        "churn.denominator",
                        Arrays.stream(MetricConventions.ChurnDenominator.values())
                                .map(MetricConventions.ChurnDenominator::key)
                                .toList(),
                        "clv.basis",
                        Arrays.stream(MetricConventions.ClvBasis.values())
                                .map(MetricConventions.ClvBasis::key)
                                .toList()));
        return "settings";
    }
}
