package org.colophon.typeface;

import java.util.List;

/**
 * The typefaces a book is set in: the text's, the code's, and the fallback faces, in book.yaml's order, for the
 * scripts the text face lacks (a run of Chinese in an English chapter is set in the first fallback that has it).
 * Without {@code typeface:} in book.yaml, Colophon's own Literata and JetBrains Mono, and no fallback.
 */
public record BookTypefaces(Typeface text, Typeface code, List<Typeface> fallbacks) {

    public BookTypefaces {
        fallbacks = List.copyOf(fallbacks);
    }

    /** Literata and JetBrains Mono, from the jar. */
    public static BookTypefaces shipped() {
        return new BookTypefaces(Typefaces.literata(), Typefaces.jetBrainsMono(), List.of());
    }
}
