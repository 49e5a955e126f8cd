package org.kizuna.reports;

import java.util.Locale;

/** The file formats a report is written in. */
public enum ReportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    CSV("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a user names, e.g. {@code xlsx}; anything else is an error naming the choices. */
    public static ReportFormat of(String name) {
        for (ReportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(name == null ? "" : name.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException(
                "--format \"" + name + "\" is not xlsx, pdf, docx or csv".toLowerCase(Locale.ROOT));
    }
}
