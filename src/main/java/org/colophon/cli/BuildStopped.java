package org.colophon.cli;

import java.io.PrintWriter;
import org.colophon.pipeline.ValidationFailure;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.LibraryFailure;
import org.colophon.diagnostic.ManuscriptException;

/** Why a build stopped, said to the author the same way by every command, with its exit code. */
final class BuildStopped {
    private BuildStopped() {
    }

    /**
     * Prints what stopped the build and returns the exit code: 1 for the manuscript's errors, 70 for a failure of a
     * library or a written file failing its validator. {@code outcome} says what became of the files
     * ("no book file was written or changed").
     */
    static int report(RuntimeException stop, PrintWriter err, String outcome) {
        if (stop instanceof ManuscriptException e) {
            e.diagnostics().forEach(err::println);
            long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
            err.println(errors + (errors == 1 ? " error" : " errors") + "; " + outcome + ".");
            return Main.MANUSCRIPT_ERRORS;
        }
        if (stop instanceof LibraryFailure e) {
            err.println(e.diagnostic());
            err.println(outcome + ".");
            return Main.INTERNAL_ERROR;
        }
        ValidationFailure e = (ValidationFailure) stop;
        e.warnings().forEach(err::println);
        e.findings().forEach(f -> err.println("validation: " + f));
        err.println("colophon: " + e.getMessage() + "; " + outcome + ". This is a bug in Colophon: please report it with this output.");
        return Main.INTERNAL_ERROR;
    }
}
