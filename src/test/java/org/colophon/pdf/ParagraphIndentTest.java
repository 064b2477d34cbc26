package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.bench.WordSpacing;
import org.colophon.testing.Manuscripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paragraphs indented as a trade book's, measured on the printed page: the first after a heading, a block quote or a
 * scene break flush with the text block, the others indented by the same em; a block quote's paragraphs inset on both
 * sides, the first flush with the quote's edge and the others indented as in the body.
 */
class ParagraphIndentTest {
    private static final String LINES = " The rain went on and the lamps were lit along the quay one after another.";
    /** print.css: the paragraph indent and a block quote's inset, in points. */
    private static final double INDENT = 14;
    private static final double INSET = 18;

    @TempDir
    Path tmp;

    @Test
    void paragraphsAndQuotationsAreIndentedAsInATradeBook() throws IOException {
        String md = "# Quotes\n\nAlpha." + LINES.repeat(4) + "\n\nBravo." + LINES.repeat(3)
                + "\n\n> Charlie." + LINES.repeat(3) + "\n>\n> Delta." + LINES.repeat(3) + "\n>\n> Echo." + LINES.repeat(2)
                + "\n\nFoxtrot." + LINES.repeat(3) + "\n\nGolf." + LINES.repeat(3)
                + "\n\n***\n\nHotel." + LINES.repeat(3) + "\n";
        Manuscripts ms = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML).file("01.md", md);
        Manuscripts.Run run = ms.build("--format", "pdf", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        try (PDDocument doc = Loader.loadPDF(ms.interiorPdf().toFile())) {
            List<WordSpacing.Line> lines = WordSpacing.lines(doc);
            // each first line against the paragraph's second, which starts at the edge of the text block (or quote):
            // versos and rectos have their text blocks at different places
            assertEquals(0, indent(lines, "Alpha."), 0.5, "the first paragraph after a heading: flush");
            assertEquals(INDENT, indent(lines, "Bravo."), 0.5, "a paragraph after another is indented");
            assertEquals(0, indent(lines, "Charlie."), 0.5, "a quotation's first paragraph: flush with its edge");
            assertEquals(INDENT, indent(lines, "Delta."), 0.5, "its next ones: indented");
            assertEquals(INDENT, indent(lines, "Echo."), 0.5, "its next ones: indented");
            WordSpacing.Line alpha = second(lines, "Alpha.");
            WordSpacing.Line quoted = second(lines, "Charlie.");
            assertEquals(page(alpha), page(quoted), "the test's quotation is on the page of its first paragraph");
            assertEquals(alpha.left() + INSET, quoted.left(), 0.5, "a quotation is inset on the left");
            assertEquals(alpha.right() - INSET, quoted.right(), 1, "and on the right");
            assertEquals(0, indent(lines, "Foxtrot."), 0.5, "after a quotation: flush");
            assertEquals(INDENT, indent(lines, "Golf."), 0.5);
            assertEquals(0, indent(lines, "Hotel."), 0.5, "after a scene break: flush");
        }
    }

    /** A GitHub alert is set in as a quotation: its text flush under its title, the paragraph after it flush too. */
    @Test
    void anAlertIsSetInAsAQuotation() throws IOException {
        String md = "# Alerts\n\nAlpha." + LINES.repeat(3) + "\n\n> [!NOTE]\n> India." + LINES.repeat(3) + "\n>\n> Juliett."
                + LINES.repeat(3) + "\n\nKilo." + LINES.repeat(3) + "\n";
        Manuscripts ms = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML).file("01.md", md);
        Manuscripts.Run run = ms.build("--format", "pdf", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        try (PDDocument doc = Loader.loadPDF(ms.interiorPdf().toFile())) {
            List<WordSpacing.Line> lines = WordSpacing.lines(doc);
            assertEquals(0, indent(lines, "India."), 0.5, "the first paragraph under the title: flush");
            assertEquals(INDENT, indent(lines, "Juliett."), 0.5, "the next: indented");
            assertEquals(second(lines, "Alpha.").left() + INSET, second(lines, "India.").left(), 0.5, "inset as a quotation");
            assertEquals(second(lines, "Alpha.").right() - INSET, second(lines, "India.").right(), 1, "on both sides");
            assertEquals(0, indent(lines, "Kilo."), 0.5, "after an alert: flush");
        }
    }

    /** A {@code <details>} opens as a heading does: its first paragraph flush under the summary, and the one after it. */
    @Test
    void detailsAreSetFlushAsAfterAHeading() throws IOException {
        String md = "# Details\n\nAlpha." + LINES.repeat(3) + "\n\n<details>\n<summary>More</summary>\n\nLima." + LINES.repeat(3)
                + "\n\nMike." + LINES.repeat(3) + "\n\n</details>\n\nNovember." + LINES.repeat(3) + "\n";
        Manuscripts ms = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML).file("01.md", md);
        Manuscripts.Run run = ms.build("--format", "pdf", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        try (PDDocument doc = Loader.loadPDF(ms.interiorPdf().toFile())) {
            List<WordSpacing.Line> lines = WordSpacing.lines(doc);
            assertEquals(0, indent(lines, "Lima."), 0.5, "under the summary: flush");
            assertEquals(INDENT, indent(lines, "Mike."), 0.5, "the next: indented");
            assertEquals(0, indent(lines, "November."), 0.5, "after the details: flush");
        }
    }

    /** How far the first line of the paragraph beginning with {@code word} starts after its second line. */
    private static double indent(List<WordSpacing.Line> lines, String word) {
        return starting(lines, word).left() - second(lines, word).left();
    }

    private static WordSpacing.Line second(List<WordSpacing.Line> lines, String word) {
        WordSpacing.Line first = starting(lines, word);
        WordSpacing.Line next = lines.get(lines.indexOf(first) + 1);
        assertEquals(first.page(), next.page(), word + ": its paragraph goes on on the same page");
        return next;
    }

    private static int page(WordSpacing.Line l) {
        return l.page();
    }

    private static WordSpacing.Line starting(List<WordSpacing.Line> lines, String word) {
        List<WordSpacing.Line> found = lines.stream().filter(l -> l.text().strip().startsWith(word)).toList();
        assertTrue(found.size() == 1, word + " begins one line: " + found.size());
        return found.get(0);
    }
}
