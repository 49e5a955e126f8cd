package org.kizuna.cli;

import java.nio.file.Path;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.store.Workspace;
import picocli.CommandLine.Option;

/**
 * Where a demo lives and how big its company is: the options every {@code demo} command shares, and the
 * workspace they describe.
 */
public final class DemoWorkspace {

    @Option(
            names = "--workspace",
            defaultValue = "demo-workspace",
            description = "where the demo lives (default: ${DEFAULT-VALUE}); reused when it exists")
    Path folder;

    @Option(
            names = "--customers",
            defaultValue = "1000",
            description = "customers in the demo company (default: ${DEFAULT-VALUE})")
    int customers;

    @Option(
            names = "--lang",
            description = "ja or en: the language of a new demo workspace and of what is printed"
                    + " (default: the workspace's, else the machine's)")
    String language;

    public Path folder() {
        return folder;
    }

    /**
     * The demo workspace: opened when it exists, else a demo company generated into its {@code data} folder
     * and imported, saying what it does on standard output.
     */
    public Workspace prepare() {
        if (customers < 1) {
            throw new IllegalArgumentException("--customers must be at least 1, not " + customers);
        }
        if (Workspace.exists(folder)) {
            System.out.println("Using the demo workspace " + folder);
            return Workspace.open(folder);
        }
        Path data = folder.resolve("data");
        System.out.println("Generating a demo company of " + customers + " customers into " + data + " …");
        GenerateCommand.generate(customers, 24, 42, data);
        WorkspaceSettings settings = InitCommand.settings("JPY", GenerateCommand.COMPANY_ZONE.getId(), language);
        Workspace workspace = Workspace.init(folder, settings);
        System.out.println("Importing it into " + folder + " …");
        ImportCommand.print(ImportCommand.run(workspace, data, false, null));
        return workspace;
    }
}
