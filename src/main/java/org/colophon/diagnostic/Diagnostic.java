package org.colophon.diagnostic;

import java.util.Objects;

/**
 * One problem found in a manuscript, printed as {@code path:line:col: error: message}.
 * Lines and columns count from 1; a problem about a whole file has line and column 0 and prints
 * as {@code path: error: message}.
 */
public record Diagnostic(String path, int line, int column, Severity severity, String message) {

    public Diagnostic {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(String path, int line, int column, String message) {
        return new Diagnostic(path, line, column, Severity.ERROR, message);
    }

    public static Diagnostic warning(String path, int line, int column, String message) {
        return new Diagnostic(path, line, column, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        String where = line > 0 ? path + ":" + line + ":" + Math.max(column, 1) : path;
        return where + ": " + severity.label() + ": " + message;
    }
}
