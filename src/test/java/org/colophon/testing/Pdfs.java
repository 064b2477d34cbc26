package org.colophon.testing;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/** Reading PDFs with PDFBox: text of a page or of an area, where a link or bookmark leads. */
public final class Pdfs {
    private Pdfs() {
    }

    /**
     * The text of one page (0-based), with no-break spaces read as spaces: the print line breaker binds the words of
     * a line with them, which is how the lines are set, not what they say.
     */
    public static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);   // else a superscript note number lands at the end of its line
        s.setStartPage(page + 1);
        s.setEndPage(page + 1);
        return s.getText(doc).replace('\u00A0', ' ');
    }

    /**
     * The lines of one page (0-based) set at {@code minSize} points or more, top to bottom: with the body's size, the
     * lines of the text block, without the running head (8.5 pt) and the folio (9 pt).
     */
    public static List<String> linesAtLeast(PDDocument doc, int page, float minSize) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float[] size = {0};
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> glyphs) {
                line.append(text);
                glyphs.forEach(g -> size[0] = Math.max(size[0], g.getFontSizeInPt()));
            }

            @Override
            protected void writeWordSeparator() {
                line.append(' ');
            }

            @Override
            protected void writeLineSeparator() {
                if (size[0] >= minSize && !line.toString().isBlank()) {
                    lines.add(line.toString().replace('\u00A0', ' ').strip());
                }
                line.setLength(0);
                size[0] = 0;
            }
        };
        s.setSortByPosition(true);
        s.setStartPage(page + 1);
        s.setEndPage(page + 1);
        s.getText(doc);
        if (size[0] >= minSize && !line.toString().isBlank()) {
            lines.add(line.toString().replace('\u00A0', ' ').strip());
        }
        return lines;
    }

    /**
     * The text inside a rectangle of a page, in PDF user space (origin bottom left), no-break spaces read as spaces
     * (a balanced title binds its words with them, as the line breaker does a paragraph's).
     */
    public static String areaText(PDDocument doc, int page, float x, float y, float w, float h) throws IOException {
        PDPage p = doc.getPage(page);
        float height = p.getMediaBox().getHeight();
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        s.setSortByPosition(true);
        // the stripper's regions count y from the top of the page
        s.addRegion("r", new Rectangle2D.Float(x, height - y - h, w, h));
        s.extractRegions(p);
        return s.getTextForRegion("r").replace('\u00A0', ' ');
    }

    /** The 0-based page a link leads to inside the document, or -1 when it leads elsewhere. */
    public static int targetPage(PDDocument doc, PDAnnotationLink link) throws IOException {
        PDDestination d = link.getDestination();
        if (d == null && link.getAction() instanceof PDActionGoTo go) {
            d = go.getDestination();
        }
        return pageOf(doc, d);
    }

    public static int pageOf(PDDocument doc, PDDestination d) throws IOException {
        if (d instanceof PDNamedDestination named) {
            d = doc.getDocumentCatalog().findNamedDestinationPage(named);
        }
        if (d instanceof PDPageDestination pd) {
            return pd.retrievePageNumber();
        }
        return -1;
    }
}
