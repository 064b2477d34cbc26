package org.colophon.diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of a build, so that an author sees all of them at once rather than one per run.
 * Not thread-safe: stages report from the build's own thread.
 */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void report(Diagnostic d) {
        all.add(d);
    }

    public void error(SourcePosition at, String message) {
        report(Diagnostic.error(at.path(), at.line(), at.column(), message));
    }

    public void warning(SourcePosition at, String message) {
        report(Diagnostic.warning(at.path(), at.line(), at.column(), message));
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return all.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return all.size() - errorCount();
    }

    /** Every diagnostic, ordered by file and position so that the output reads like the manuscript. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(Comparator.comparing(Diagnostic::path)
                .thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column));
        return Collections.unmodifiableList(copy);
    }

    /** Stops the build when any error was reported. */
    public void throwIfErrors() {
        throwIfErrors(false);
    }

    /** Stops the build when any error was reported, or with {@code strict} any warning, which then counts as an error. */
    public void throwIfErrors(boolean strict) {
        if (strict && warningCount() > 0) {
            all.replaceAll(d -> d.isError() ? d : new Diagnostic(d.path(), d.line(), d.column(), Severity.ERROR, d.message()));
        }
        if (hasErrors()) {
            throw new ManuscriptException(this);
        }
    }
}
