package org.kizuna.web.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.reports.Report;
import org.kizuna.reports.ReportBuilder;
import org.kizuna.reports.ReportFiles;
import org.kizuna.reports.ReportFormat;
import org.kizuna.reports.ReportRequest;
import org.kizuna.reports.ReportWriter;
import org.kizuna.web.api.BadParameterException;
import org.kizuna.web.dashboard.Selection;
import org.kizuna.web.metrics.MetricsService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Report files of the served workspace, for the dashboard's download menu and the API: the parameters read as
 * the dashboard reads a page's (period and filter through {@link Selection}), the report built by the command
 * line's {@link ReportBuilder} from the dashboard's remembered results, written whole to a temporary file and
 * only then sent, so that a failure is a clean error rather than half a file.
 */
@Service
class ReportDownloads {

    /** The longest file name sent, before its extension. */
    static final int NAME_LENGTH = 120;

    private final MetricsService metrics;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    ReportDownloads(MetricsService metrics, MessageSource messages) {
        this.metrics = metrics;
        this.messages = messages;
    }

    /** The parameters of a download as they come, before they are checked. */
    record Parameters(
            String format,
            String period,
            List<String> where,
            String by,
            List<String> metric,
            List<String> family,
            String lang,
            String bom) {}

    /** A download that can be made: what to build and how to write it. */
    record Download(ReportRequest request, ReportFormat format, ReportWriter writer) {}

    /**
     * Checks every parameter; the first that cannot be used is a {@link BadParameterException} in the language of
     * {@code messagesLocale}.
     *
     * @param pageLocale the language of the report when {@code lang} is not given
     * @param messagesLocale the language of refusals
     */
    Download prepare(Parameters parameters, Locale pageLocale, Locale messagesLocale) {
        if (parameters.format() == null || parameters.format().isBlank()) {
            throw refused("format", messagesLocale, "reports.error.formatMissing");
        }
        ReportFormat format;
        try {
            format = ReportFormat.of(parameters.format());
        } catch (IllegalArgumentException e) {
            throw refused("format", messagesLocale, "reports.error.format", parameters.format());
        }
        boolean bom = bom(parameters.bom(), messagesLocale);
        ReportWriter writer;
        try {
            writer = ReportFiles.writer(format, bom);
        } catch (IllegalArgumentException e) {
            throw refused("format", messagesLocale, "reports.error.formatUnavailable", format.extension());
        }
        Selection selection;
        try {
            selection = Selection.of(parameters.period(), null, null, null, metrics, messages, messagesLocale);
        } catch (ResponseStatusException e) {
            throw new BadParameterException("period", e.getReason());
        }
        Map<String, String> where;
        try {
            where = Selection.of(parameters.period(), null, null, parameters.where(), metrics, messages, messagesLocale)
                    .where();
        } catch (ResponseStatusException e) {
            throw new BadParameterException("where", e.getReason());
        }
        String by = blank(parameters.by());
        if (by != null && !metrics.breakdownAttributes().contains(by)) {
            throw refused(
                    "by", messagesLocale, "reports.error.by", by, String.join(", ", metrics.breakdownAttributes()));
        }
        List<String> metricIds = list(parameters.metric());
        for (String id : metricIds) {
            if (MetricCatalog.find(id).isEmpty()) {
                throw refused("metric", messagesLocale, "reports.error.metric", id);
            }
        }
        List<Family> families = new ArrayList<>();
        for (String name : list(parameters.family())) {
            try {
                families.add(ReportRequest.family(name));
            } catch (IllegalArgumentException e) {
                throw refused("family", messagesLocale, "reports.error.family", name, familyNames());
            }
        }
        if (!metricIds.isEmpty() && !families.isEmpty()) {
            throw refused("family", messagesLocale, "reports.error.metricAndFamily");
        }
        Language language = language(parameters.lang(), pageLocale, messagesLocale);
        ReportRequest request = new ReportRequest(selection.period(), where, by, metricIds, families, language);
        return new Download(request, format, writer);
    }

    /**
     * Builds the report, writes it to a temporary file and sends that file as an attachment; nothing is sent
     * until the whole file is written.
     */
    void send(Download download, HttpServletResponse response) throws IOException {
        Report report = new ReportBuilder(
                        metrics.workspace(),
                        (ws, chosen, period, by, where) -> metrics.compute(chosen, period, by, where),
                        clock)
                .build(download.request());
        Path folder = Files.createTempDirectory("kizuna-report-");
        Path file = folder.resolve("report." + download.format().extension());
        try {
            ReportFiles.write(report, download.writer(), file);
            String name = fileName(report, download.request()) + "."
                    + download.format().extension();
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(download.format().mediaType());
            response.setContentLengthLong(Files.size(file));
            response.setHeader("Content-Disposition", contentDisposition(name));
            try (OutputStream out = response.getOutputStream()) {
                Files.copy(file, out);
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    /**
     * {@code kizuna-<workspace>-<period>[-<metrics or families>]}, e.g. {@code kizuna-acme-2024-06-nps}: letters,
     * digits, {@code .}, {@code -} and {@code _} only, everything else made {@code _}.
     */
    static String fileName(Report report, ReportRequest request) {
        StringBuilder name = new StringBuilder("kizuna-")
                .append(report.workspace())
                .append('-')
                .append(report.period().label());
        if (request.metricIds() != null) {
            name.append('-').append(String.join("-", request.metricIds()));
        } else if (request.families() != null) {
            name.append('-')
                    .append(String.join(
                            "-",
                            request.families().stream()
                                    .map(family -> family.name().toLowerCase(Locale.ROOT))
                                    .toList()));
        }
        StringBuilder safe = new StringBuilder();
        name.codePoints()
                .limit(NAME_LENGTH)
                .forEach(c -> safe.appendCodePoint(
                        Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '_'));
        return safe.toString();
    }

    /**
     * An attachment with the name twice: ASCII only for old clients ({@code filename}), and percent-encoded UTF-8
     * as RFC 5987 writes it ({@code filename*}) for a workspace named in Japanese.
     */
    static String contentDisposition(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c < 0x80 && c != '"' && c != '\\' && c >= 0x20 ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private boolean bom(String text, Locale locale) {
        String value = blank(text);
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw refused("bom", locale, "reports.error.bom", text);
    }

    private Language language(String lang, Locale pageLocale, Locale messagesLocale) {
        String value = blank(lang);
        if (value == null) {
            return "ja".equals(pageLocale.getLanguage()) ? Language.JA : Language.EN;
        }
        if (value.equals("ja")) {
            return Language.JA;
        }
        if (value.equals("en")) {
            return Language.EN;
        }
        throw refused("lang", messagesLocale, "reports.error.lang", lang);
    }

    /** Values given repeated or separated by commas, without blanks. */
    private static List<String> list(List<String> values) {
        List<String> all = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value != null) {
                    for (String part : value.split(",")) {
                        if (!part.isBlank()) {
                            all.add(part.strip());
                        }
                    }
                }
            }
        }
        return all;
    }

    private static String familyNames() {
        List<String> names = new ArrayList<>();
        for (Family family : Family.values()) {
            names.add(family.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private BadParameterException refused(String parameter, Locale locale, String key, Object... arguments) {
        return new BadParameterException(parameter, messages.getMessage(key, arguments, locale));
    }
}
