package org.colophon.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.colophon.book.Book;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.LibraryFailure;

/**
 * Writes one format of a book: the extension point for outputs. Writers are found with {@link ServiceLoader} (listed
 * in {@code META-INF/services/org.colophon.output.BookWriter}), so that a new format is a package of its own and a
 * line in that list. A writer keeps nothing between calls: everything a writing needs comes in with the call, and
 * everything it tells comes back in its {@link Written}, so that one writer may serve any number of builds, one after
 * another or at once. A build has each writer {@linkplain #proof proof} the book, then has each {@linkplain #write
 * write} once, in the order of {@link Writers#plan}.
 */
public interface BookWriter {

    Format format();

    /** The file name extension, without the dot. */
    default String extension() {
        return format().name();
    }

    /** The file's name in the output folder, from the book's file stem ("an-alliance…"). */
    default String fileName(String stem) {
        return stem + "." + extension();
    }

    /**
     * The formats this one is made from (the print cover needs the interior's page count, say). A build adds them
     * when they were not asked for, writes them first, and hands what they wrote to this writer's {@link Inputs};
     * writers that need nothing of each other still run side by side. A cycle is a bug in the writers.
     */
    default Set<Format> needs() {
        return Set.of();
    }

    /**
     * The formats this one makes use of when they are built anyway (the EPUB takes the print edition's page breaks
     * from the PDF): unlike {@link #needs}, a build does not add them; when they are built, it writes them first and
     * hands what they wrote to this writer's {@link Inputs} as well.
     */
    default Set<Format> uses() {
        return Set.of();
    }

    /**
     * What this format needs of the book that the manuscript checks do not see (a figure's resolution at its printed
     * size, say), with the settings book.yaml gives the writers (each setting found by its type: the PDF and the cover
     * take the {@code print:} section's layout, the others pass it over); found before any writer runs, so that
     * errors and {@code --strict} stop the build before layout.
     */
    default List<Diagnostic> proof(Book book, WriterSettings settings) {
        return List.of();
    }

    /**
     * Writes the book's file to {@code out} and tells what it wrote. A failure inside a library is a
     * {@link LibraryFailure}.
     */
    Written write(Book book, Inputs inputs, OutputStream out) throws IOException;

    /** A new validator of this format's files (EPUBCheck), if it has one; a build keeps it, warmed, for later builds. */
    default Optional<Validator> validator() {
        return Optional.empty();
    }
}
