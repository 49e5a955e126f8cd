package org.kizuna.reports;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report as one file format. */
public interface ReportWriter {

    /** Writes the whole report to the stream, which it leaves open. */
    void write(Report report, OutputStream out) throws IOException;
}
