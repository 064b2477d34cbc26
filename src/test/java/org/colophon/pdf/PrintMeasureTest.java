package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.PdfImages;
import org.colophon.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The insets the PDF writer measures with are print.css's own: read from the stylesheet, they agree with
 * {@link PrintMeasure}; and an image takes the width of the text around it, inside an alert as inside a quotation.
 */
class PrintMeasureTest {
    @TempDir
    Path tmp;

    @Test
    void theInsetsAreThoseOfPrintCss() throws IOException {
        String css;
        try (InputStream in = PrintMeasureTest.class.getResourceAsStream("/org/colophon/pdf/print.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        double[] quote = horizontal(rule(css, "blockquote"), "margin");
        assertEquals(PrintMeasure.QUOTE, quote[0] + quote[1], "blockquote's margins");
        double[] alert = horizontal(rule(css, "div.alert"), "margin");
        assertEquals(PrintMeasure.QUOTE, alert[0] + alert[1], "an alert's margins");
        assertEquals(PrintMeasure.LIST, points(declaration(rule(css, "ul, ol"), "padding-left")), "a list's indent");
        double[] cell = horizontal(rule(css, "th, td"), "padding");
        assertEquals(PrintMeasure.CELL_PADDING, cell[0] + cell[1], "a cell's padding");
        assertEquals(PrintMeasure.INDENT, points(declaration(rule(css, "p"), "text-indent")), "a paragraph's indent");
    }

    /** The declarations of the rule whose selector is exactly {@code selector}. */
    private static String rule(String css, String selector) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)}").matcher(css);
        assertTrue(m.find(), "print.css has a rule for " + selector);
        return m.group(1);
    }

    private static String declaration(String rule, String property) {
        Matcher m = Pattern.compile("(?:^|[;\\s])" + Pattern.quote(property) + "\\s*:\\s*([^;]+);").matcher(rule);
        assertTrue(m.find(), property + " in " + rule);
        return m.group(1).strip();
    }

    /** The left and right of a CSS shorthand ({@code margin: 8pt 18pt}), in points. */
    private static double[] horizontal(String rule, String property) {
        String[] v = declaration(rule, property).split("\\s+");
        double right = points(v.length == 1 ? v[0] : v[1]);
        double left = points(v.length == 4 ? v[3] : v.length == 1 ? v[0] : v[1]);
        return new double[] {left, right};
    }

    private static double points(String length) {
        assertTrue(length.equals("0") || length.endsWith("pt"), "a length in points: " + length);
        return length.equals("0") ? 0 : Double.parseDouble(length.substring(0, length.length() - 2));
    }

    /**
     * A strip wider than the measure among the words of a paragraph in an alert, and one in a block quote: each
     * takes no more than its paragraph's lines, so it stays inside the text block. (A figure is fitted by
     * Flying Saucer itself, {@code -fs-fit-images-to-width}; an image in running text is sized by
     * {@link BookReplacedElements} alone.)
     */
    @Test
    void anImageInAnAlertIsNoWiderThanTheAlertsText() throws IOException {
        Manuscripts m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML);
        m.bytes("images/strip.png", TestImages.png(4000, 100));
        String words = "Alpha words run on along the line until the paragraph fills its measure and wraps. ".repeat(3);
        m.file("one.md", "# One\n\n> [!NOTE]\n> Quoted " + words + "A strip ![a strip](images/strip.png) in the text.\n\n"
                + "Between them.\n\n> Quoted " + words + "A strip ![a strip](images/strip.png) in the text.\n");
        Manuscripts.Run run = m.build("--format", "pdf", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        try (PDDocument doc = Loader.loadPDF(m.out().resolve("a-test-book.pdf").toFile())) {
            List<PdfImages.Drawn> drawn = PdfImages.drawn(doc);
            assertEquals(2, drawn.size(), drawn.toString());
            for (PdfImages.Drawn image : drawn) {
                double[] text = quotedLines(doc, image.page());
                var box = image.box();
                String where = " on page " + image.page() + ": text " + text[0] + "–" + text[1] + ", image " + box.getMinX()
                        + "–" + box.getMaxX();
                assertEquals(text[0], box.getMinX(), 1.0, "the image's left edge against its text's" + where);
                assertEquals(text[1], box.getMaxX(), 1.0, "the image's right edge against its text's" + where);
            }
        }
    }

    /** The leftmost and rightmost x of the lines of the quoted paragraphs on a page. */
    private static double[] quotedLines(PDDocument doc, int page) throws IOException {
        List<double[]> lines = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> glyphs) {
                if (text.strip().length() > 25) {   // a line of the quoted words, not the title, a heading or a folio
                    TextPosition last = glyphs.get(glyphs.size() - 1);
                    lines.add(new double[] {glyphs.get(0).getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj()});
                }
            }
        };
        s.setSortByPosition(true);
        s.setStartPage(page + 1);
        s.setEndPage(page + 1);
        s.getText(doc);
        assertTrue(lines.size() >= 2, "quoted lines on page " + page + ": " + lines.size());
        // the last line of a paragraph is short: the measure is the widest
        double left = lines.stream().mapToDouble(l -> l[0]).min().orElseThrow();
        double right = lines.stream().mapToDouble(l -> l[1]).max().orElseThrow();
        return new double[] {left, right};
    }
}
