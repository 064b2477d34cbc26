package org.colophon.diagnostic;

import java.util.Locale;

/** How bad a diagnostic is: an error stops the build, a warning does not. */
public enum Severity {
    WARNING, ERROR;

    /** The word printed in {@code path:line:col: error: message}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
