package org.colophon.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks a written file with the validator the stores run (EPUBCheck for the EPUB). Getting one ready can cost
 * seconds (EPUBCheck compiles its schemas on its first book), so whoever runs builds keeps one per format for as long
 * as it lives, {@linkplain #warmUp warms it} once (on a thread of its own), and has it check the file of every build.
 */
public interface Validator {

    /** Its name and version, for the summary and a bug report ("EPUBCheck 5.3.0"). */
    String name();

    /**
     * Gets ready: the first call does the work (a build makes it on a thread of its own while the manuscript is read),
     * later ones return at once, and one made while another is under way waits for it.
     */
    default void warmUp() {
    }

    /** Every warning and error the validator finds in {@code file}; empty when the file is valid. */
    List<Finding> validate(Path file) throws IOException;

    /** One finding: its severity, the validator's id for it, where it is ("EPUB/notes.xhtml:12:7"), and what it says. */
    record Finding(String severity, String id, String location, String message) {

        /** Whether it lies in {@code entry}, a file inside the written one ("EPUB/notes.xhtml"). */
        public boolean in(String entry) {
            return location.equals(entry) || location.startsWith(entry + ":");
        }

        @Override
        public String toString() {
            return severity + " " + id + " " + location + ": " + message;
        }
    }
}
