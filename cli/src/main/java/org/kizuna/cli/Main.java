package org.kizuna.cli;

import java.io.PrintWriter;
import org.kizuna.store.WorkspaceException;
import picocli.CommandLine;

/**
 * Runs the {@code kizuna} command line and turns every failure into a message and an exit status. Another
 * entry point (the web server's) takes the same command line from {@link #commandLine()} and adds its own
 * subcommands to it.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The {@code kizuna} command line with every subcommand of this module, case-insensitive options and the
     * handlers that print mistakes and failures as messages rather than stack traces.
     */
    public static CommandLine commandLine() {
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
        return commandLine;
    }

    /**
     * Replaces a subcommand of the command line by another of the same name (the web's {@code demo}), or adds
     * it when there is none, keeping the handlers of the command line.
     */
    public static CommandLine replaceSubcommand(CommandLine commandLine, String name, Object command) {
        if (commandLine.getSubcommands().containsKey(name)) {
            commandLine.getCommandSpec().removeSubcommand(name);
        }
        commandLine.addSubcommand(name, command);
        // Settings of a command line reach only the subcommands it has when they are set: set them again.
        return commandLine
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(commandLine.getParameterExceptionHandler())
                .setExecutionExceptionHandler(commandLine.getExecutionExceptionHandler());
    }
}
