package org.colophon.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;
import org.colophon.book.Book;
import org.colophon.print.PrintLayout;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.PDFCreationListener;

/**
 * PDF/A-1b needs an output intent and XMP metadata, which OpenPDF writes only when asked; the catalog also
 * gets the book's language, and the first page its boxes. The dates are the book's own and the file identifier
 * is derived from the book, not from the clock, so that the same book gives the same bytes.
 */
final class DocumentSetup implements PDFCreationListener {
    private final Book book;
    private final PrintLayout layout;
    private final PageBoxes boxes;
    /** The 0-based page on which the body (folio 1) begins, known after layout. */
    private final IntSupplier bodyPage;

    DocumentSetup(Book book, PrintLayout layout, PageBoxes boxes, IntSupplier bodyPage) {
        this.book = book;
        this.layout = layout;
        this.boxes = boxes;
        this.bodyPage = bodyPage;
    }

    @Override
    public void preOpen(ITextRenderer renderer) {
        boxes.boxesFor(renderer.getWriter(), 1);
    }

    @Override
    public void preWrite(ITextRenderer renderer, int pageCount) {
        com.lowagie.text.pdf.PdfWriter writer = renderer.getWriter();
        // a viewer's page numbers are the folios: roman in the front matter, arabic from page 1 of the body
        com.lowagie.text.pdf.PdfPageLabels labels = new com.lowagie.text.pdf.PdfPageLabels();
        labels.addPageLabel(1, com.lowagie.text.pdf.PdfPageLabels.LOWERCASE_ROMAN_NUMERALS);
        if (bodyPage.getAsInt() > 0) {
            labels.addPageLabel(bodyPage.getAsInt() + 1, com.lowagie.text.pdf.PdfPageLabels.DECIMAL_ARABIC_NUMERALS, null, 1);
        }
        writer.setPageLabels(labels);
        try {
            if (layout.pdfx()) {
                PressColours.outputIntent(writer);
            } else {
                writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
                        ICC_Profile.getInstance(ColorSpace.CS_sRGB));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(book.metadata().language()));
        java.util.Calendar modified = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
        modified.setTimeInMillis(book.modified().toEpochMilli());
        writer.getInfo().put(PdfName.CREATIONDATE, new com.lowagie.text.pdf.PdfDate(modified));
        writer.getInfo().put(PdfName.MODDATE, new com.lowagie.text.pdf.PdfDate(modified));
        byte[] id = digest(book.metadata().identifier() + "\n" + book.modified());
        writer.getInfo().put(PdfName.FILEID, com.lowagie.text.pdf.PdfEncryption.createInfoId(id, id));
    }

    private static byte[] digest(String s) {
        try {
            return java.security.MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void onClose(ITextRenderer renderer) {
        if (!layout.interactive()) {   // Flying Saucer makes an outline from the headings when it has none
            renderer.getWriter().getRootOutline().getKids().clear();
        }
        renderer.getWriter().createXmpMetadata();
    }
}
