package org.colophon.build;

import java.util.List;

/**
 * Thrown when a written book fails its validator. That is a fault of Colophon, not of the manuscript:
 * the file is not put in place, and the findings are printed for a bug report.
 */
public final class ValidationFailure extends RuntimeException {
    private final transient List<String> findings;

    public ValidationFailure(String file, List<String> findings) {
        super(file + " failed validation with " + findings.size() + " finding(s)");
        this.findings = List.copyOf(findings);
    }

    public List<String> findings() {
        return findings;
    }
}
