package org.kizuna.cli;

import org.kizuna.store.importing.ImportProgress;

/**
 * Counts the steps of a long computation for a progress bar ({@link ProgressBar}): each {@link #next} starts
 * the next step of the total. Safe to call from the threads that compute periods side by side.
 */
public final class Steps {

    /** Steps that nobody is shown. */
    public static final Steps NONE = new Steps(ImportProgress.SILENT, 0);

    private final ImportProgress progress;
    private final int total;
    private int step;

    /**
     * @param progress told each step as it starts
     * @param total how many steps there are in all
     */
    public Steps(ImportProgress progress, int total) {
        this.progress = progress;
        this.total = total;
    }

    /** Starts the next step, described in a few words. */
    public synchronized void next(String what) {
        progress.step(++step, total, what);
    }
}
