package org.colophon.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.colophon.book.Book;
import org.colophon.print.PrintLayout;
import org.colophon.xhtml.MathMarkup;
import org.colophon.xml.SafeXml;
import org.w3c.dom.Document;

/**
 * The print document as Flying Saucer is given it: the shared renderer's XHTML with the print stylesheet, then the
 * passes over it in their order (bookmarks, fallback runs, title balance, line breaks, table cells, code tabs, code lines, the
 * body's mark); the layout passes change a copy of it for each layout. {@link PdfWriter} lays out what this gives; tests read the same document without a layout.
 */
public final class PrintPasses {
    private PrintPasses() {
    }

    /** The document of the book's first layout, the gutter from the estimate of its pages. */
    public static Document firstLayout(Book book, PrintLayout layout) throws IOException {
        return document(book, layout, PageGeometry.of(layout, PdfWriter.estimatePages(book, layout)),
                new TexFormulas(book.typeface(), book.codeTypeface()).markup());
    }

    /**
     * The document of every layout of one page geometry, before the layout passes ({@link LayoutPasses}: notes at the
     * foot, scene splits, blank pages) change it from what the layouts before found; {@code math} writes each formula
     * as the element the layout draws it in.
     */
    static Document document(Book book, PrintLayout layout, PageGeometry geometry, MathMarkup math) throws IOException {
        // the page's margin boxes (folios, running heads) do not inherit from html: name the face for both
        String family = "\"" + book.typeface().family() + "\"";
        String css = geometry.css(book.typeface().family()) + "html { font-family: " + family + "; }\n"
                + "pre, code, kbd, samp { font-family: \"" + book.codeTypeface().family() + "\"; }\n" + stylesheet() + BlankPages.CSS + ParagraphSplit.CSS + FootNotes.CSS
                + PrintDocument.openingCss(layout.chapterOpening())
                + (layout.pdfx() ? PressColours.CSS : "")
                + CodeColours.css(layout)
                + FallbackRuns.css(book)
                + TitleBalance.copyrightAtFoot(book, geometry);
        Document doc = SafeXml.parse(PrintDocument.write(book, layout, css, math).getBytes(StandardCharsets.UTF_8));
        if (!layout.interactive()) {
            PressColours.removeBookmarks(doc);
        }
        FallbackRuns.apply(doc, book);   // first: the passes after it measure text in the book's faces only
        TitleBalance.apply(doc, book, geometry.textWidth());
        LineBreaks.apply(doc, book, geometry.textWidth(), layout.hyphenation());
        TableCells.apply(doc, book, geometry.textWidth());
        CodeTabs.expand(doc);
        CodeLines.apply(doc, geometry.textWidth());
        BlankPages.markBody(doc);
        return doc;
    }

    private static String stylesheet() {
        try (var in = PrintPasses.class.getResourceAsStream("/org/colophon/pdf/print.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
