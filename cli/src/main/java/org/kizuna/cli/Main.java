package org.kizuna.cli;

import java.io.PrintWriter;
import org.kizuna.store.WorkspaceException;
import picocli.CommandLine;

/** Runs the {@code kizuna} command line and turns every failure into a message and an exit status. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine commandLine = new CommandLine(new KizunaCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine command = exception.getCommandLine();
            PrintWriter err = command.getErr();
            err.println("kizuna: " + exception.getMessage());
            err.println(
                    "See: kizuna " + command.getCommandSpec().qualifiedName(" ").replaceFirst("^kizuna ?", "")
                            + (command.getCommandSpec().qualifiedName().equals("kizuna") ? "" : " ") + "--help");
            err.flush();
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (exception instanceof WorkspaceException || exception instanceof IllegalArgumentException) {
                err.println("kizuna: " + exception.getMessage());
                if (System.getenv("KIZUNA_DEBUG") != null) {
                    exception.printStackTrace(err);
                }
                err.flush();
                return 1;
            }
            err.println("kizuna: internal error: " + exception);
            err.println("Please report it with the command you ran; set KIZUNA_DEBUG=1 to see the details.");
            if (System.getenv("KIZUNA_DEBUG") != null) {
                exception.printStackTrace(err);
            }
            err.flush();
            return 70;
        });
        return commandLine.execute(args);
    }
}
