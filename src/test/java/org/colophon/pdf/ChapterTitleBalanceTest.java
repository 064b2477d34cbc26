package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Pdfs;
import org.colophon.testing.Rendering;
import org.colophon.testing.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chapter's title that takes two lines is set in two even lines, as a display line: no word left alone. */
class ChapterTitleBalanceTest {
    @TempDir
    Path tmp;

    @Test
    void aLongChapterTitleIsBalanced() throws IOException {
        Manuscripts m = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML)
                .file("a.md", "# Book One, Chapter One: Amory, Son of Beatrice\n\nText of the chapter.\n");
        Manuscripts.Run run = m.build("--format", "pdf", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        try (PDDocument doc = Loader.loadPDF(m.interiorPdf().toFile())) {
            List<String> title = List.of();
            for (int p = 0; p < doc.getNumberOfPages() && title.isEmpty(); p++) {
                if (Pdfs.pageText(doc, p).contains("Text of the chapter.")) {
                    title = Pdfs.linesAtLeast(doc, p, 17f);
                }
            }
            assertEquals(List.of("Book One, Chapter One:", "Amory, Son of Beatrice"), title.stream().map(String::strip).toList());
            assertTrue(title.get(1).strip().contains(" "), "no word alone on the last line");
        }
    }

    /** The print document Flying Saucer gets holds the title as TitleBalance set it: one break, no-break spaces. */
    @Test
    void thePrintDocumentHoldsTheBalancedTitle() {
        org.w3c.dom.Document print = Rendering.printDocument("# Book One, Chapter One: Amory, Son of Beatrice\n\nText of the chapter.\n");
        org.w3c.dom.Element title = Xml.elements(print, "h1").stream().filter(h -> h.getTextContent().contains("Amory"))
                .findFirst().orElseThrow();
        assertEquals(1, title.getElementsByTagNameNS(Xml.XHTML, "br").getLength(), "two lines");
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (org.w3c.dom.Node n = title.getFirstChild(); n != null; n = n.getNextSibling()) {
            if ("br".equals(n.getLocalName())) {
                lines.add(line.toString());
                line.setLength(0);
            } else {
                line.append(n.getTextContent());
            }
        }
        lines.add(line.toString());
        assertEquals(List.of("Book\u00A0One,\u00A0Chapter\u00A0One:", "Amory,\u00A0Son\u00A0of\u00A0Beatrice"),
                lines.stream().map(String::strip).toList(), "no-break spaces inside each line");
    }
}
