package org.kizuna.web.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /reports/download}: the report of what a dashboard page shows (its period, filter, breakdown and
 * language) as an Excel, PDF, Word or CSV file, for any signed-in account. A parameter that cannot be used is
 * answered with an error page in the page's language that names it.
 */
@Controller
class ReportDownloadController {

    private final ReportDownloads downloads;

    ReportDownloadController(ReportDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/reports/download")
    void download(
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) List<String> where,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) List<String> metric,
            @RequestParam(required = false) List<String> family,
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String bom,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        ReportDownloads.Download download = downloads.prepare(
                new ReportDownloads.Parameters(format, period, where, by, metric, family, lang, bom), locale, locale);
        downloads.send(download, response);
    }
}
