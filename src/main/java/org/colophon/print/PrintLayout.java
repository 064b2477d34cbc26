package org.colophon.print;

import java.util.OptionalDouble;

/**
 * How the book is laid out on paper, from book.yaml's {@code print:} section. Lengths are in points (1/72 in).
 * A margin left empty is chosen by the PDF writer (the inside one from the page count, as KDP asks). {@code minDpi} is
 * the resolution below which a figure's image is reported as too soft to print. {@code chapterOpening} is where a
 * chapter starts; {@code tocDepth} the heading levels of the contents page, empty to let the PDF writer choose. The
 * rest is for the printer and the cover: the paper (for the spine's width per page) or an exact spine width, the PDF
 * standard ({@code pdfa-1b} or {@code pdfx-1a}), whether the interior is black and white, whether it keeps bookmarks
 * and links; {@code hyphenation} whether justified text may be hyphenated (never Vietnamese, whatever it says);
 * {@code notes} whether the notes are set at the back of the book or at the foot of the page of their reference.
 * What the back of the cover shows (the blurb, the author's photo) is the book's content, in {@link org.colophon.book.Book}.
 */
public record PrintLayout(
        String trimName,
        double width,
        double height,
        OptionalDouble top,
        OptionalDouble bottom,
        OptionalDouble outside,
        OptionalDouble inside,
        ChapterOpening chapterOpening,
        double bleed,
        int minDpi,
        java.util.OptionalInt tocDepth,
        String paper,
        OptionalDouble spineWidth,
        String standard,
        boolean blackAndWhite,
        boolean interactive,
        boolean hyphenation,
        Notes notes) {

    public static final String PDFA_1B = "pdfa-1b";
    public static final String PDFX_1A = "pdfx-1a";

    /** Where the notes are printed: collected at the back of the book, or at the foot of the page of their reference. */
    public enum Notes {
        END, FOOT
    }

    /** A layout with the notes of book.yaml's {@code print.notes}. */
    public PrintLayout withNotes(Notes placement) {
        return new PrintLayout(trimName, width, height, top, bottom, outside, inside, chapterOpening, bleed, minDpi, tocDepth,
                paper, spineWidth, standard, blackAndWhite, interactive, hyphenation, placement);
    }

    /** Where a chapter starts: on the next page, on the next right-hand page, or on the same page after some space. */
    public enum ChapterOpening {
        PAGE, RECTO, CONTINUE
    }

    public PrintLayout(String trimName, double width, double height, OptionalDouble top, OptionalDouble bottom,
            OptionalDouble outside, OptionalDouble inside, boolean rectoOpenings, double bleed, int minDpi) {
        this(trimName, width, height, top, bottom, outside, inside,
                rectoOpenings ? ChapterOpening.RECTO : ChapterOpening.PAGE, bleed, minDpi, java.util.OptionalInt.empty(),
                "white", OptionalDouble.empty(), PDFA_1B, false, true, true, Notes.END);
    }

    /** Whether every chapter opens on a right-hand page ({@code recto-openings: true}, {@code chapter-opening: recto}). */
    public boolean rectoOpenings() {
        return chapterOpening == ChapterOpening.RECTO;
    }

    /** Spine width per page, in inches, of KDP's papers ("Paperback cover calculator", kdp.amazon.com/cover-calculator). */
    public double inchesPerPage() {
        return switch (paper) {
            case "cream" -> 0.0025;
            case "color" -> 0.002347;
            default -> 0.002252;
        };
    }

    /** The most pages KDP prints on this paper ("Paperback page count", KDP help G201834180). */
    public int maxPages() {
        return paper.equals("cream") ? 776 : 828;
    }

    public boolean pdfx() {
        return standard.equals(PDFX_1A);
    }

    /** Printers ask for 300 dpi; below it a figure prints soft. */
    public static final int MIN_DPI = 300;

    public PrintLayout(String trimName, double width, double height, OptionalDouble top, OptionalDouble bottom,
            OptionalDouble outside, OptionalDouble inside, boolean rectoOpenings, double bleed) {
        this(trimName, width, height, top, bottom, outside, inside, rectoOpenings, bleed, MIN_DPI);
    }

    public static final double INCH = 72;
    public static final double MM = 72 / 25.4;

    /** A 6 × 9 in trade paperback with chosen margins, chapters opening on the next page, no bleed, hyphenated. */
    public static PrintLayout defaults() {
        return new PrintLayout("6x9", 6 * INCH, 9 * INCH, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), false, 0);
    }
}
