package org.kizuna.reports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.kizuna.metrics.Language;

/** The labels of reports in one language, from {@code org/kizuna/reports/report[_ja].properties}. */
public final class ReportText {

    private static final ReportText JA = new ReportText(Language.JA);
    private static final ReportText EN = new ReportText(Language.EN);

    private final Language language;
    private final ResourceBundle bundle;

    private ReportText(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                "org.kizuna.reports.report",
                language == Language.JA ? Locale.JAPANESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ReportText of(Language language) {
        return language == Language.JA ? JA : EN;
    }

    /** The label for a key, with {@code {0}}, {@code {1}}… filled in. */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, language == Language.JA ? Locale.JAPANESE : Locale.ROOT).format(arguments);
    }
}
