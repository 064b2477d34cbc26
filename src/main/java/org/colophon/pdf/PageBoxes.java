package org.colophon.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPageEventHelper;

/**
 * Sets each page's TrimBox and BleedBox before OpenPDF starts it (OpenPDF copies them when a page begins, so
 * the boxes of page n+1 are set as page n ends, and those of page 1 before the document opens): the printer trims
 * there, and the bleed lies on the outer edge, on the right of a recto and on the left of a verso.
 */
final class PageBoxes extends PdfPageEventHelper {
    private final PageGeometry geometry;

    PageBoxes(PageGeometry geometry) {
        this.geometry = geometry;
    }

    /**
     * OpenPDF substitutes glyphs through FOP's complex-script code whenever FOP is on the class path (it is, for
     * its hyphenator), and then maps glyphs to the wrong letters: text copied from the PDF came out garbled.
     */
    @Override
    public void onOpenDocument(com.lowagie.text.pdf.PdfWriter writer, Document document) {
        document.setGlyphSubstitutionEnabled(false);
    }

    @Override
    public void onEndPage(com.lowagie.text.pdf.PdfWriter writer, Document document) {
        boxesFor(writer, writer.getPageNumber() + 1);
    }

    void boxesFor(com.lowagie.text.pdf.PdfWriter writer, int page) {
        float[] t = geometry.trimBox(page % 2 == 1);
        writer.setBoxSize("trim", new Rectangle(t[0], t[1], t[2], t[3]));
        writer.setBoxSize("bleed", new Rectangle(0, 0, (float) (geometry.width() + geometry.bleed()),
                (float) (geometry.height() + 2 * geometry.bleed())));
    }
}
