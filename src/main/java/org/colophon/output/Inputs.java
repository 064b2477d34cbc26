package org.colophon.output;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a writer writes from besides the book: what book.yaml sets for the writers, and what the writers it
 * {@linkplain BookWriter#needs needs} and {@linkplain BookWriter#uses uses} told of the files they wrote before it (the
 * cover takes the interior's page count, the EPUB the print edition's page starts).
 */
public record Inputs(WriterSettings settings, Map<Format, Written> written) {

    public Inputs {
        written = Map.copyOf(written);
    }

    /** Only the settings: for a writer that takes nothing from another. */
    public static Inputs of(WriterSettings settings) {
        return new Inputs(settings, Map.of());
    }

    /** No setting and nothing written before: every default. */
    public static Inputs none() {
        return of(WriterSettings.of());
    }

    /** These inputs and what the writer of {@code format} wrote. */
    public Inputs with(Format format, Written result) {
        Map<Format, Written> more = new LinkedHashMap<>(written);
        more.put(format, result);
        return new Inputs(settings, more);
    }

    /** What the writer of {@code format} told, if it wrote before this one. */
    public Optional<Written> from(Format format) {
        return Optional.ofNullable(written.get(format));
    }

    /** The pages of the file of {@code format}, if it was written before this one and has pages. */
    public Optional<Written.Pages> pages(Format format) {
        return from(format).flatMap(Written::pages);
    }
}
