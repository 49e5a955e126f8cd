package org.kizuna.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.store.SettingsFile;
import org.kizuna.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Creates a workspace. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Create a workspace: a folder with the database and an editable settings file.")
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the new workspace folder")
    Path folder;

    @Option(names = "--currency", description = "reporting currency (default JPY for a Japanese locale, else USD)")
    String currency;

    @Option(names = "--time-zone", description = "time zone of periods (default: this machine's)")
    String timeZone;

    @Option(names = "--lang", description = "language of output, ja or en (default: from the locale)")
    String language;

    @Override
    public Integer call() {
        Workspace workspace = Workspace.init(folder, settings(currency, timeZone, language));
        System.out.println("Created workspace " + workspace.folder() + " (settings: "
                + workspace.folder().resolve(SettingsFile.FILE_NAME) + ")");
        return 0;
    }

    static WorkspaceSettings settings(String currency, String timeZone, String language) {
        WorkspaceSettings defaults = WorkspaceSettings.defaults(Locale.getDefault(), ZoneId.systemDefault());
        ZoneId zone = timeZone == null ? defaults.timeZone() : zone(timeZone);
        return new WorkspaceSettings(
                currency == null ? defaults.reportingCurrency() : currency.toUpperCase(Locale.ROOT),
                zone,
                language == null
                        ? defaults.language()
                        : org.kizuna.metrics.Language.of(language).code(),
                defaults.inactivityWindowDays(),
                defaults.onboardingTargetDays(),
                defaults.firstResponseTargetHours(),
                defaults.resolutionTargetHours(),
                defaults.csatThresholds(),
                defaults.targets());
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("\"" + id + "\" is not a known time zone (e.g. Asia/Tokyo)");
        }
    }
}
