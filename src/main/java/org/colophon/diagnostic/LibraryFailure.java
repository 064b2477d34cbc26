package org.colophon.diagnostic;

/**
 * A library (Flying Saucer, OpenPDF, EPUBCheck, an image reader) failed on a book that passed every check of ours.
 * It names the library and the part of the manuscript at fault, so that an author can work around it and report it;
 * it is never a mistake of the author's, and the build ends with the internal-error exit code.
 */
public final class LibraryFailure extends RuntimeException {
    private final String library;
    private final String where;

    /**
     * @param library the library that failed, as its users know it
     * @param where   the chapter file (or part of the book) it failed on
     */
    public LibraryFailure(String library, String where, Throwable cause) {
        super(library + " failed on " + where + ": " + describe(cause), cause);
        this.library = library;
        this.where = where;
    }

    public String library() {
        return library;
    }

    /** The error as an author reads it, at the file it concerns. */
    public Diagnostic diagnostic() {
        return Diagnostic.error(where, 0, 0, library + " failed while setting this: " + describe(getCause())
                + ". This is an internal error, not a mistake in the manuscript; simplify what this file holds"
                + " to work around it, and please report it");
    }

    /** What went wrong, in a line: the kind of failure and its message, never a stack trace. */
    static String describe(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "it ran out of memory (give Java more, e.g. java -Xmx4g -jar colophon.jar …)";
        }
        if (t instanceof StackOverflowError) {
            return "its stack overflowed (content nested too deeply for it)";
        }
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().strip().lines().findFirst().orElse("");
        return t.getClass().getSimpleName() + message;
    }
}
