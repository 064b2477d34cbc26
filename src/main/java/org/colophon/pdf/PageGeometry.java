package org.colophon.pdf;

import java.util.Locale;
import org.colophon.print.PrintLayout;

/**
 * The page of the printed book, in points: trim size, mirrored margins and bleed. The inside (gutter) margin grows
 * with the page count as KDP asks, and no margin is under 0.5 in, IngramSpark's minimum. With a bleed the page
 * grows by it on the three outer edges, and the margins with it, so the text block stays where it was.
 */
record PageGeometry(double width, double height, double top, double bottom, double inside, double outside, double bleed) {
    static final double MIN_MARGIN = 0.5 * PrintLayout.INCH;

    /** The geometry for a book of {@code pages} pages. */
    static PageGeometry of(PrintLayout layout, int pages) {
        double inch = PrintLayout.INCH;
        return new PageGeometry(layout.width(), layout.height(),
                atLeastMinimum(layout.top().orElse(0.75 * inch)),
                atLeastMinimum(layout.bottom().orElse(0.8 * inch)),
                atLeastMinimum(layout.inside().orElse(gutter(pages))),
                atLeastMinimum(layout.outside().orElse(0.625 * inch)),
                layout.bleed());
    }

    /** KDP's minimum inside margin for a page count. */
    static double gutter(int pages) {
        double inch = PrintLayout.INCH;
        if (pages <= 150) {
            return 0.375 * inch;
        } else if (pages <= 300) {
            return 0.5 * inch;
        } else if (pages <= 500) {
            return 0.625 * inch;
        } else if (pages <= 700) {
            return 0.75 * inch;
        }
        return 0.875 * inch;
    }

    private static double atLeastMinimum(double margin) {
        return Math.max(margin, MIN_MARGIN);
    }

    /**
     * The trimmed page inside the media box of a recto or verso, in PDF coordinates (x, y, right, top): the bleed
     * lies outside it on the top, the bottom and the outer edge.
     */
    float[] trimBox(boolean recto) {
        float x = (float) (recto ? 0 : bleed);
        return new float[] {x, (float) bleed, (float) (x + width), (float) (bleed + height)};
    }

    /** The height of the text block. */
    double textHeight() {
        return height - top - bottom;
    }

    /** The width of the text block. */
    double textWidth() {
        return width - inside - outside;
    }

    /**
     * The @page rules: size and mirrored margins for every page; folios in roman numerals on the "front" pages
     * (contents), running heads and arabic folios on the "body" pages; title, copyright and colophon pages bare.
     * Margin boxes inherit nothing from the document, so each names the book's face: otherwise Flying Saucer
     * would fall back to Times.
     */
    String css(String family) {
        String box = "font-family: \"" + family + "\"; font-size: 9pt;";
        // heads and folios sit by the text block, never nearer the trim than 0.375 in (KDP's least for bleed books):
        // a margin box grows by the bleed, so a centred one came within 0.27 in of the trim
        String head = box + String.format(Locale.ROOT, " vertical-align: bottom; padding-bottom: %.3fpt;", runningPadding(top));
        String foot = box + String.format(Locale.ROOT, " vertical-align: top; padding-top: %.3fpt;", runningPadding(bottom));
        return String.format(Locale.ROOT, """
                @page { size: %1$.3fpt %2$.3fpt; margin-top: %3$.3fpt; margin-bottom: %4$.3fpt; }
                @page :right { margin-left: %5$.3fpt; margin-right: %6$.3fpt; }
                @page :left { margin-left: %6$.3fpt; margin-right: %5$.3fpt; }
                @page front { @bottom-center { content: counter(page, lower-roman); %8$s } }
                @page body:right {
                  @top-center { content: element(recto-head, last-except); %7$s }
                  @bottom-center { content: counter(page); %8$s } }
                @page body:left {
                  @top-center { content: element(verso-head, last-except); %7$s }
                  @bottom-center { content: counter(page); %8$s } }
                """, width + bleed, height + 2 * bleed, top + bleed, bottom + bleed, inside, outside + bleed, head, foot);
    }

    /** Room between a running head or folio and the text block: up to 10 pt, as the margin leaves beyond 0.375 in. */
    static double runningPadding(double margin) {
        return Math.max(0, Math.min(10, margin - 0.375 * PrintLayout.INCH - 13));
    }
}
