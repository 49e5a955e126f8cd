package org.kizuna.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.store.Workspace;
import org.kizuna.store.account.AccountStore;
import org.kizuna.store.account.Role;
import org.kizuna.store.importing.ImportOptions;
import org.kizuna.store.importing.Importer;
import org.kizuna.testkit.GoldenData;
import org.kizuna.web.account.Credentials;

/**
 * The golden data set of the testkit imported into a Tokyo workspace (Japanese, JPY), with one account of
 * each role, made once per test run and shared by every test of the server, so that they share one server.
 */
public final class GoldenWorkspace {

    public static final String PASSWORD = "correct-horse-battery";
    public static final String ADMIN = "aiko";
    public static final String ANALYST = "kenji";
    public static final String VIEWER = "mika";

    private static Path folder;

    private GoldenWorkspace() {}

    public static synchronized Path folder() {
        if (folder == null) {
            try {
                Path dir = Files.createTempDirectory("kizuna-web-test");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                Path data = GoldenData.copyTo(dir.resolve("golden"));
                Workspace workspace = Workspace.init(
                        dir.resolve("ws"), WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo")));
                new Importer(workspace).importFrom(data, ImportOptions.defaults());
                AccountStore accounts = new AccountStore(workspace);
                Credentials.addAccount(accounts, ADMIN, PASSWORD, Role.ADMIN);
                Credentials.addAccount(accounts, ANALYST, PASSWORD, Role.ANALYST);
                Credentials.addAccount(accounts, VIEWER, PASSWORD, Role.VIEWER);
                folder = workspace.folder();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    public static Workspace workspace() {
        return Workspace.open(folder());
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
