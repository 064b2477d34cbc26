package org.colophon.book;

import java.util.OptionalDouble;

/**
 * How the book is laid out on paper, from book.yaml's {@code print:} section. Lengths are in points (1/72 in).
 * A margin left empty is chosen by the PDF writer (the inside one from the page count, as KDP asks).
 */
public record PrintLayout(
        String trimName,
        double width,
        double height,
        OptionalDouble top,
        OptionalDouble bottom,
        OptionalDouble outside,
        OptionalDouble inside,
        boolean rectoOpenings,
        double bleed,
        boolean hyphenation) {

    public static final double INCH = 72;
    public static final double MM = 72 / 25.4;

    /** A 6 × 9 in trade paperback with chosen margins, chapters opening on the next page, no bleed, hyphenated. */
    public static PrintLayout defaults() {
        return new PrintLayout("6x9", 6 * INCH, 9 * INCH, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), false, 0, true);
    }
}
