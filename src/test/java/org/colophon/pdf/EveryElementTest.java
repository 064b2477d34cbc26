package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.epub.EpubValidator;
import org.colophon.output.Format;
import org.colophon.pipeline.BookBuild;
import org.colophon.pipeline.BuildRequest;
import org.colophon.pipeline.BuildResult;
import org.colophon.print.PrintLayout;
import org.colophon.testing.Epubs;
import org.colophon.testing.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book that sets every kind of element (each Markdown block and inline, the raw HTML elements a book allows, a
 * table, notes, a figure with its caption and credit, code of every kind): every font that reaches the PDF is one of
 * the book's own, embedded and subset, code is set in the monospaced face in both formats, and a code line longer
 * than the measure stays inside the text block.
 */
class EveryElementTest {
    static final Path BOOK = Path.of("src/test/resources/books/every-element");

    @TempDir
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() throws IOException {
        result = new BookBuild().run(new BuildRequest(BOOK, out, Format.ALL, false));
    }

    @Test
    void everyFontInThePdfIsEmbeddedAndNoneIsBase14() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(result.files().get(Format.PDF).toFile())) {
            for (PDPage page : doc.getPages()) {
                fonts(page.getResources(), names);
            }
        }
        assertTrue(names.stream().anyMatch(n -> n.matches("[A-Z]{6}\\+JetBrainsMono-Regular")), "code is set: " + names);
        assertTrue(names.stream().anyMatch(n -> n.matches("[A-Z]{6}\\+JetBrainsMono-(Bold|Italic)")), "code in emphasis: " + names);
        assertTrue(names.stream().anyMatch(n -> n.matches("[A-Z]{6}\\+jlm_cmmi10")), "math is set in Computer Modern: " + names);
        for (String name : names) {
            // the book's faces, and the formulas' own (jlatexmath's Computer Modern and AMS fonts)
            assertTrue(name.matches("[A-Z]{6}\\+((Literata|JetBrainsMono)-(Regular|Italic|Bold|BoldItalic)|jlm_[a-z0-9]+)"),
                    name + " is a subset of the book's faces or of the math fonts");
        }
    }

    /** Every font of a resource dictionary and of the forms it holds; fails on one that is not embedded. */
    private static void fonts(PDResources resources, TreeSet<String> names) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName n : resources.getFontNames()) {
            PDFont font = resources.getFont(n);
            assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            assertFalse(font.isStandard14(), font.getName() + " is one of the base 14");
            names.add(font.getName());
        }
        for (COSName n : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(n);
            if (x instanceof PDFormXObject form) {
                fonts(form.getResources(), names);
            }
        }
    }

    @Test
    void thePdfIsPdfA1b() throws Exception {
        assertEquals(List.of(), VeraPdf.pdfA1bFailures(result.files().get(Format.PDF)));
    }

    @Test
    void theEpubEmbedsTheCodeFaceAndPassesEpubCheck() throws IOException {
        Path epub = result.files().get(Format.EPUB);
        assertEquals(List.of(), new EpubValidator().validate(epub));
        Map<String, byte[]> files = Epubs.entries(epub);
        assertTrue(files.containsKey("EPUB/fonts/JetBrainsMono-Regular.ttf"), files.keySet().toString());
        String css = new String(files.get("EPUB/css/book.css"), StandardCharsets.UTF_8);
        assertTrue(css.contains("pre, code, kbd, samp {\n  font-family: \"JetBrains Mono\", monospace;"), css);
    }

    @Test
    void codeIsSetInTheMonospacedFaceAndItsLongLinesStayInTheTextBlock() throws IOException {
        record Glyph(int page, TextPosition at) {
        }
        List<Glyph> code = new ArrayList<>();
        int pages;
        try (PDDocument doc = Loader.loadPDF(result.files().get(Format.PDF).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        if (p.getFont().getName().contains("JetBrainsMono")) {
                            code.add(new Glyph(getCurrentPageNo(), p));
                        }
                    }
                }
            };
            stripper.getText(doc);
            pages = doc.getNumberOfPages();
        }
        String set = String.join("", code.stream().map(g -> g.at().getUnicode()).toList());
        assertTrue(set.contains("├── src/"), set);
        assertTrue(set.contains("✓ ✗ → ← ↑ ↓ Tiếng Việt"), set);
        assertTrue(set.contains("Ctrl+C"), "kbd of raw HTML in the code face: " + set);
        assertTrue(set.contains("a_line_of_code_that_is_much_longer"), set);
        // every glyph of code lies inside the text block of its page, whose inside margin is on the left of a recto
        PageGeometry g = PageGeometry.of(PrintLayout.defaults(), pages);
        for (Glyph glyph : code) {
            TextPosition p = glyph.at();
            double left = glyph.page() % 2 == 1 ? g.inside() : g.outside();
            double right = left + g.textWidth();
            assertTrue(p.getXDirAdj() >= left - 0.5 && p.getXDirAdj() + p.getWidthDirAdj() <= right + 0.5,
                    "'" + p.getUnicode() + "' on page " + glyph.page() + " at x " + p.getXDirAdj() + "–"
                            + (p.getXDirAdj() + p.getWidthDirAdj()) + " is outside the text block, " + left + "–" + right);
        }
    }
}
