package org.colophon.pipeline;

import java.util.List;
import org.colophon.diagnostic.Diagnostic;

/**
 * Thrown when a written book fails its validator. That is a fault of Colophon, not of the manuscript:
 * the file is not put in place, and the findings are printed for a bug report.
 */
public final class ValidationFailure extends RuntimeException {
    private final transient List<String> findings;
    private final transient List<Diagnostic> warnings;

    /** {@code warnings}: the manuscript's, which the author still needs to see beside the bug report. */
    public ValidationFailure(String file, List<String> findings, List<Diagnostic> warnings) {
        super(file + " failed validation with " + findings.size() + " finding(s)");
        this.findings = List.copyOf(findings);
        this.warnings = List.copyOf(warnings);
    }

    public List<Diagnostic> warnings() {
        return warnings;
    }

    public List<String> findings() {
        return findings;
    }
}
