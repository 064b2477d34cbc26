package org.colophon.diagnostic;

import java.util.List;

/** Thrown when the manuscript has errors; carries every diagnostic found so far. */
public final class ManuscriptException extends RuntimeException {
    private final transient List<Diagnostic> diagnostics;

    public ManuscriptException(Diagnostics diagnostics) {
        super(diagnostics.errorCount() + " error(s) in the manuscript");
        this.diagnostics = diagnostics.sorted();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
