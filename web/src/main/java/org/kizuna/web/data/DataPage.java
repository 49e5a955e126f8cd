package org.kizuna.web.data;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.ImportReport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;

/** What the data page shows around an upload's outcome: the form (to analysts), the limit and the history. */
@Component
class DataPage {

    /** How many imports the history lists. */
    static final int HISTORY = 50;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DataImports imports;
    private final Workspace workspace;
    private final DataSize limit;

    DataPage(
            DataImports imports,
            Workspace workspace,
            @Value("${spring.servlet.multipart.max-request-size:100MB}") DataSize limit) {
        this.imports = imports;
        this.workspace = workspace;
        this.limit = limit;
    }

    /**
     * One import of the history as the page lists it.
     *
     * @param when when it was committed, in the workspace's time zone
     * @param who the account that uploaded it, or empty for the command line
     * @param fromWeb whether it was uploaded from the dashboard
     * @param tables what each table received
     * @param rows rows read in all
     * @param replaced stored rows the import replaced
     */
    record HistoryRow(
            String when,
            String who,
            boolean fromWeb,
            List<ImportReport.TableSummary> tables,
            long rows,
            long replaced) {}

    String limitText() {
        long megabytes = limit.toMegabytes();
        return megabytes > 0 ? megabytes + " MB" : limit.toKilobytes() + " KB";
    }

    /** Fills the model of the data page; returns the view name for a full page or for the htmx fragment. */
    String render(Model model, DataImports.Outcome outcome, String error, boolean fragment, CsrfToken csrf) {
        ZoneId zone = workspace.settings().timeZone();
        List<HistoryRow> history = imports.history(HISTORY).stream()
                .map(entry -> new HistoryRow(
                        WHEN.format(entry.importedAt().atZone(zone)),
                        entry.username().orElse(""),
                        entry.username().isPresent(),
                        entry.tables(),
                        entry.rows(),
                        entry.replaced()))
                .toList();
        model.addAttribute("history", history);
        model.addAttribute("zone", zone.getId());
        model.addAttribute("outcome", outcome);
        model.addAttribute("uploadError", error);
        model.addAttribute("canImport", hasRole("ROLE_ANALYST"));
        model.addAttribute("limit", limitText());
        model.addAttribute("limitBytes", limit.toBytes());
        if (csrf != null) {
            model.addAttribute("csrfHeaders", "{\"" + csrf.getHeaderName() + "\": \"" + csrf.getToken() + "\"}");
        }
        return fragment ? "data :: outcome" : "data";
    }

    static boolean hasRole(String authority) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(authority));
    }
}
