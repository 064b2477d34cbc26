package org.colophon.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colophon.book.Book;
import org.colophon.diagnostic.Diagnostic;

/**
 * Writes one format of a book: the extension point for outputs. Writers are found with {@link java.util.ServiceLoader}
 * (listed in {@code META-INF/services/org.colophon.output.BookWriter}), so that a new format is a package of its own
 * and a line in that list. A build gets fresh instances, {@linkplain #configure configures} each with book.yaml's
 * settings, has each {@linkplain #proof proof} the book, then uses each once, side by side.
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
     * when they were not asked for, writes them first, and hands them to {@link #after} before this writer writes;
     * writers that need nothing of each other still run side by side. A cycle is a bug in the writers.
     */
    default Set<Format> needs() {
        return Set.of();
    }

    /**
     * The formats this one makes use of when they are built anyway (the EPUB takes the print edition's page breaks
     * from the PDF): unlike {@link #needs}, a build does not add them; when they are built, it writes them first
     * and hands them to {@link #after} as well.
     */
    default Set<Format> uses() {
        return Set.of();
    }

    /** Receives the writers of {@link #needs} and of {@link #uses} that are built, each after it wrote its file. */
    default void after(Map<Format, BookWriter> written) {
    }

    /**
     * Takes the settings of this format from what book.yaml sets for the writers (the PDF and the cover take the
     * {@code print:} section's layout); called once, before {@link #proof} and {@link #write}. A writer that is not
     * configured, or finds no setting of its type, uses its defaults.
     */
    default void configure(WriterSettings settings) {
    }

    /**
     * What this format needs of the book that the manuscript checks do not see (a figure's resolution at its printed
     * size, say), found before any writer runs, so that errors and {@code --strict} stop the build before layout.
     */
    default List<Diagnostic> proof(Book book) {
        return List.of();
    }

    /** Writes the book's file. A failure inside a library is a {@link org.colophon.diagnostic.LibraryFailure}. */
    void write(Book book, OutputStream out) throws IOException;

    /** The validator that {@link #validate} runs ("EPUBCheck 5.3.0"), if the format has one. */
    default Optional<String> validator() {
        return Optional.empty();
    }

    /** Gets the validator ready; called on a thread of its own while the manuscript is still being read. */
    default void prepareValidation() {
    }

    /** What the validator finds in the written file; empty when it is valid. */
    default List<String> validate(Path written) throws IOException {
        return List.of();
    }

    /** Problems the writer saw that do not stop the build (an image that prints soft, say). */
    default List<Diagnostic> warnings() {
        return List.of();
    }

    /** Milliseconds spent in each step of {@link #write}, by step name, for the build's summary. */
    default Map<String, Long> timings() {
        return Map.of();
    }
}
