package org.kizuna.web.data;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.kizuna.reports.CsvReport;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;
import org.kizuna.store.importing.ImportHistoryCsv;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The data page: every signed-in account sees the import history and may download it whole; analysts and admins upload files, imported
 * as {@code kizuna import} imports them. The form posts with htmx (showing the upload's progress) and works
 * without it as a plain form.
 */
@Controller
class DataController {

    private final DataImports imports;
    private final DataPage page;
    private final MessageSource messages;
    private final Workspace workspace;

    DataController(DataImports imports, DataPage page, MessageSource messages, Workspace workspace) {
        this.imports = imports;
        this.page = page;
        this.messages = messages;
        this.workspace = workspace;
    }

    @GetMapping("/data")
    String data(Model model, CsrfToken csrf) {
        return page.render(model, null, null, false, csrf);
    }

    /**
     * Every import of the history, newest first, not only the latest ones the page lists: a CSV file for a
     * spreadsheet (with a byte order mark, so that Excel reads it as UTF-8), the times in the workspace's time
     * zone.
     */
    @GetMapping("/data/history.csv")
    ResponseEntity<byte[]> history() {
        String csv =
                ImportHistoryCsv.write(imports.history(), workspace.settings().timeZone());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kizuna-import-history.csv\"")
                .body(CsvReport.withBom(csv));
    }

    @PostMapping("/data/import")
    String upload(
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Authentication authentication,
            CsrfToken csrf,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        DataImports.Outcome outcome;
        try {
            outcome = imports.upload(files == null ? List.of() : files, authentication.getName(), locale);
        } catch (WorkspaceException e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return page.render(
                    model,
                    null,
                    messages.getMessage("data.failed", new Object[] {e.getMessage()}, locale),
                    htmx != null,
                    csrf);
        }
        if (!outcome.imported()) {
            // The data cannot be imported as it is: the request was understood, its content is refused.
            response.setStatus(422);
        }
        return page.render(model, outcome, null, htmx != null, csrf);
    }
}
