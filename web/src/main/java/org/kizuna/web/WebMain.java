package org.kizuna.web;

import org.kizuna.cli.Main;
import org.kizuna.reports.ReportBenchCommand;
import org.kizuna.reports.ReportCommand;
import org.kizuna.web.account.AccountCommand;
import org.kizuna.web.bench.WebBenchCommand;
import picocli.CommandLine;

/**
 * The {@code kizuna} command line of the runnable jar: every command of {@link Main}, plus {@code serve},
 * {@code account}, {@code report}, and a {@code demo} that ends in the dashboard rather than a table.
 */
public final class WebMain {

    private WebMain() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine commandLine = Main.commandLine();
        Main.replaceSubcommand(commandLine, "serve", new ServeCommand());
        Main.replaceSubcommand(commandLine, "demo", new WebDemoCommand());
        Main.replaceSubcommand(commandLine, "account", new AccountCommand());
        Main.replaceSubcommand(commandLine, "bench-web", new WebBenchCommand());
        Main.replaceSubcommand(commandLine, "report", new ReportCommand());
        Main.replaceSubcommand(commandLine, "bench-report", new ReportBenchCommand());
        return commandLine;
    }
}
