package org.kizuna.web.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kizuna.store.Reason;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;
import org.kizuna.store.importing.ImportFailedException;
import org.kizuna.store.importing.ImportHistory;
import org.kizuna.store.importing.ImportOptions;
import org.kizuna.store.importing.ImportReport;
import org.kizuna.store.importing.Importer;
import org.kizuna.store.importing.Problem;
import org.kizuna.web.metrics.FiguresWarmer;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports uploaded files with the store's {@link Importer}, exactly as {@code kizuna import} imports a folder:
 * the files are saved under their own names in a temporary folder, which is imported and deleted. One import
 * runs at a time; the store's transaction makes each all or nothing. After an import the figures are computed
 * ahead at once ({@link FiguresWarmer}).
 */
@Service
class DataImports {

    /** A file name the importer can read the table from, without any folder. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final Workspace workspace;
    private final FiguresWarmer warmer;

    DataImports(Workspace workspace, FiguresWarmer warmer) {
        this.workspace = workspace;
        this.warmer = warmer;
    }

    /**
     * What an upload came to: the report of an import, or the problems that stopped it.
     *
     * @param report what was imported, or null when nothing was
     * @param problems the problems found, the first {@link Importer#PROBLEM_LIMIT} of them
     * @param total how many problems there were in all
     */
    record Outcome(ImportReport report, List<ProblemRow> problems, long total) {

        public boolean imported() {
            return report != null;
        }
    }

    /** Imports the files, or lists the problems that stop it in the locale's language where there is wording in it. */
    Outcome upload(List<MultipartFile> files, String username, Locale locale) {
        List<Problem> refused = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (MultipartFile file : files) {
            String name = baseName(file.getOriginalFilename());
            if (name.isEmpty() && file.isEmpty()) {
                continue;
            }
            if (!FILE_NAME.matcher(name).matches()) {
                refused.add(new Problem(name, Reason.of("file_name")));
            } else if (!names.add(name)) {
                refused.add(new Problem(name, Reason.of("file_twice")));
            }
        }
        if (names.isEmpty() && refused.isEmpty()) {
            refused.add(new Problem("", Reason.of("no_files")));
        }
        if (!refused.isEmpty()) {
            return failed(refused, refused.size(), "", locale);
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("kizuna-upload");
            for (MultipartFile file : files) {
                String name = baseName(file.getOriginalFilename());
                if (names.contains(name)) {
                    try (InputStream in = file.getInputStream()) {
                        Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            synchronized (this) {
                ImportReport report = new Importer(workspace)
                        .importFrom(folder, ImportOptions.defaults().withSource(ImportHistory.web(username)));
                // An upload is often followed by a report: its figures are computed now, not at the next look.
                warmer.runSoon();
                return new Outcome(report, List.of(), 0);
            }
        } catch (ImportFailedException e) {
            return failed(e.problems(), e.total(), folder.toString(), locale);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be saved for import: " + e.getMessage(), e);
        } finally {
            delete(folder);
        }
    }

    List<ImportHistory.Entry> history(int limit) {
        return new ImportHistory(workspace).latest(limit);
    }

    /** Every import, newest first. */
    List<ImportHistory.Entry> history() {
        return new ImportHistory(workspace).all();
    }

    private static Outcome failed(List<Problem> problems, long total, String folder, Locale locale) {
        return new Outcome(
                null,
                problems.stream().map(p -> ProblemRow.of(p, folder, locale)).toList(),
                total);
    }

    /** The name without any folder a browser may send (older browsers send the whole path). */
    private static String baseName(String original) {
        if (original == null) {
            return "";
        }
        String name = original.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | WorkspaceException e) {
            // A temporary folder left behind is harmless; the import's outcome stands.
        }
    }
}
