package org.kizuna.store;

/** A problem the user can fix, stated in words fit to show them (no stack trace). */
public class WorkspaceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The telling line of a database error, fit to show the user: DuckDB's JDBC driver puts the cause on a
     * line of its own starting with "Error: " below a generic first line.
     */
    public static String databaseCause(String message) {
        if (message == null) {
            return "unknown error";
        }
        String[] lines = message.split("\n");
        for (String line : lines) {
            if (line.startsWith("Error: ")) {
                return line.substring("Error: ".length());
            }
        }
        return lines[0];
    }
}
