package org.colophon.cover;

import org.colophon.book.Image;
import org.colophon.print.PrintLayout;

/**
 * The print cover's sheet, in points: back, spine and front side by side, with 0.125 in bleed on every outer edge.
 * KDP's figures ("Create a paperback cover", kdp.amazon.com/help/topic/G201953020; "Paperback cover calculator"):
 * width = 2 × trim width + spine + 0.25 in, height = trim height + 0.25 in; the spine is the page count, made even,
 * times the paper's thickness per page (or a printer's exact figure, {@code print.spine-width}). Text stays
 * 0.125 in inside the trim, spine text 0.0625 in clear of the folds and only from 79 pages; the barcode area is
 * 2 × 1.2 in at the bottom right of the back, 0.25 in from the spine and the trim.
 */
record CoverGeometry(double trimWidth, double trimHeight, double spine, int pages) {
    static final double INCH = PrintLayout.INCH;
    static final double BLEED = 0.125 * INCH;
    static final double SAFE = 0.125 * INCH;
    static final double SPINE_CLEARANCE = 0.0625 * INCH;
    static final int SPINE_TEXT_PAGES = 79;
    static final double BARCODE_WIDTH = 2 * INCH;
    static final double BARCODE_HEIGHT = 1.2 * INCH;
    static final double BARCODE_OFFSET = 0.25 * INCH;

    static CoverGeometry of(PrintLayout layout, int interiorPages) {
        int pages = interiorPages + interiorPages % 2;
        double spine = layout.spineWidth().orElse(pages * layout.inchesPerPage() * INCH);
        return new CoverGeometry(layout.width(), layout.height(), spine, pages);
    }

    double width() {
        return 2 * trimWidth + spine + 2 * BLEED;
    }

    double height() {
        return trimHeight + 2 * BLEED;
    }

    /** The left edge of the spine (the back's fold). */
    double spineLeft() {
        return BLEED + trimWidth;
    }

    /** The left edge of the front (the front's fold). */
    double frontLeft() {
        return spineLeft() + spine;
    }

    boolean spineText() {
        return pages >= SPINE_TEXT_PAGES;
    }

    /** The barcode area: x, y, right, top. */
    double[] barcode() {
        double right = spineLeft() - BARCODE_OFFSET;
        double bottom = BLEED + BARCODE_OFFSET;
        return new double[] {right - BARCODE_WIDTH, bottom, right, bottom + BARCODE_HEIGHT};
    }

    /** The printed width of the author's photo on the back. */
    static final double PHOTO_WIDTH = 1.5 * INCH;

    /**
     * Where the author's photo goes (x, y, right, top): 1.5 in wide, at most 2 in tall, at the foot of the back on
     * the outer side, 0.5 in inside the trim, level with the barcode area and clear of it.
     */
    double[] authorPhoto(Image photo) {
        double w = PHOTO_WIDTH;
        double h = w * photo.height() / Math.max(1, photo.width());
        if (h > 2 * INCH) {
            w = w * 2 * INCH / h;
            h = 2 * INCH;
        }
        double x = BLEED + 0.5 * INCH;
        double y = BLEED + BARCODE_OFFSET;
        return new double[] {x, y, x + w, y + h};
    }

    /** The spine's area for text: x, y, right, top. */
    double[] spineTextArea() {
        return new double[] {spineLeft() + SPINE_CLEARANCE, BLEED + SAFE, frontLeft() - SPINE_CLEARANCE, BLEED + trimHeight - SAFE};
    }
}
