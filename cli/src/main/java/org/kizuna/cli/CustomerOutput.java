package org.kizuna.cli;

import org.kizuna.metrics.Language;
import org.kizuna.store.Workspace;
import picocli.CommandLine.Option;

/** The options {@code kizuna customers} and {@code kizuna customer} share: the day of the figures and the output. */
final class CustomerOutput {

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "the day of the figures (default: today)")
    String asOf;

    @Option(
            names = "--format",
            defaultValue = "table",
            description = "table or json; csv for the customer list, every page of it, or for a customer's timeline"
                    + " (default: ${DEFAULT-VALUE})")
    MetricsCommand.OutputFormat format;

    @Option(names = "--json", description = "the same as --format json")
    boolean json;

    @Option(names = "--lang", description = "ja or en (default: the workspace's language)")
    String language;

    /**
     * Whether to print JSON rather than a table.
     *
     * @param what what is printed, for the message refusing another format
     */
    boolean asJson(String what) {
        boolean asJson = json || format == MetricsCommand.OutputFormat.JSON;
        if (!asJson && format != MetricsCommand.OutputFormat.TABLE) {
            throw new IllegalArgumentException(what + " printed as a table or as json, not " + format);
        }
        return asJson;
    }

    /** Whether tables are in Japanese: as asked, else in the workspace's language. */
    boolean japanese(Workspace workspace) {
        return Language.of(language == null ? workspace.settings().language() : language) == Language.JA;
    }
}
