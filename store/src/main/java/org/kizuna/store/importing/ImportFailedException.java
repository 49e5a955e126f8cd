package org.kizuna.store.importing;

import java.util.List;
import org.kizuna.store.WorkspaceException;

/**
 * An import that found problems and so wrote nothing. Holds the first problems in file order and how many
 * there were in all.
 */
public final class ImportFailedException extends WorkspaceException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final long total;

    public ImportFailedException(List<Problem> problems, long total) {
        super(describe(problems, total));
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** All problems found, of which {@link #problems()} lists the first. */
    public long total() {
        return total;
    }

    private static String describe(List<Problem> problems, long total) {
        StringBuilder text = new StringBuilder();
        for (Problem problem : problems) {
            text.append(problem).append('\n');
        }
        if (total > problems.size()) {
            text.append("… and ").append(total - problems.size()).append(" more problems\n");
        }
        text.append("Nothing was imported: ")
                .append(total)
                .append(total == 1 ? " problem" : " problems")
                .append(" to fix first.");
        return text.toString();
    }
}
