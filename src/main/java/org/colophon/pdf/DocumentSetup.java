package org.colophon.pdf;

import com.lowagie.text.pdf.PdfPageLabels;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.IntSupplier;
import org.colophon.book.Book;
import org.colophon.press.PdfStandard;
import org.colophon.print.PrintLayout;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.PDFCreationListener;

/**
 * What the interior says of itself as Flying Saucer writes it: what its standard asks ({@link PdfStandard}: output
 * intent, language, dates and file identifier from the book, XMP), the folios as a viewer's page labels, and the first
 * page's boxes.
 */
final class DocumentSetup implements PDFCreationListener {
    private final Book book;
    private final PrintLayout layout;
    private final PdfStandard standard;
    private final PageBoxes boxes;
    /** The 0-based page on which the body (folio 1) begins, known after layout. */
    private final IntSupplier bodyPage;

    DocumentSetup(Book book, PrintLayout layout, PageBoxes boxes, IntSupplier bodyPage) {
        this.book = book;
        this.layout = layout;
        this.standard = PdfStandard.of(layout);
        this.boxes = boxes;
        this.bodyPage = bodyPage;
    }

    @Override
    public void preOpen(ITextRenderer renderer) {
        boxes.boxesFor(renderer.getWriter(), 1);
    }

    @Override
    public void preWrite(ITextRenderer renderer, int pageCount) {
        PdfWriter writer = renderer.getWriter();
        // a viewer's page numbers are the folios: roman in the front matter, arabic from page 1 of the body
        PdfPageLabels labels = new PdfPageLabels();
        labels.addPageLabel(1, PdfPageLabels.LOWERCASE_ROMAN_NUMERALS);
        if (bodyPage.getAsInt() > 0) {
            labels.addPageLabel(bodyPage.getAsInt() + 1, PdfPageLabels.DECIMAL_ARABIC_NUMERALS, null, 1);
        }
        writer.setPageLabels(labels);
        try {
            standard.describe(writer, book, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void onClose(ITextRenderer renderer) {
        if (!layout.interactive()) {   // Flying Saucer makes an outline from the headings when it has none
            renderer.getWriter().getRootOutline().getKids().clear();
        }
        standard.close(renderer.getWriter());
    }
}
