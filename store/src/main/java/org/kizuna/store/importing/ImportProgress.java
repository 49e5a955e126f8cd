package org.kizuna.store.importing;

/** Told what an import is doing, step by step, so that a long import can show a progress bar. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress SILENT = (step, steps, what) -> {};

    /**
     * @param step the step now starting, from 1
     * @param steps how many steps the import has
     * @param what the step in words, e.g. "events.csv: reading"
     */
    void step(int step, int steps, String what);
}
