package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.pipeline.BookBuild;
import org.colophon.pipeline.BuildRequest;
import org.colophon.pipeline.BuildResult;
import org.colophon.output.Format;
import org.colophon.print.PrintLayout;
import org.colophon.testing.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book with formulas in the line and displayed, in English and in Vietnamese, built to both formats (the build
 * runs EPUBCheck, and fails on any finding): the PDF is PDF/A-1b with every font embedded, Computer Modern among
 * them; an inline formula sits on the baseline of its line; a display formula is centred on the text block, its
 * number at the right edge; the words of a formula are the book's face's own letters (độ, ề), never accents set
 * over letters; and as PDF/X-1a the math holds no RGB.
 */
class MathPdfTest {
    static final Path BOOK = Path.of("src/test/resources/books/math");

    @TempDir
    static Path out;
    static BuildResult result;

    /** Every glyph of the interior: its page (from 1), its font, where it stands. */
    record Glyph(int page, String font, TextPosition at) {
        String text() {
            return at.getUnicode();
        }
    }

    static List<Glyph> glyphs = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        result = new BookBuild().run(new BuildRequest(BOOK, out.resolve("book"), Format.ALL, true));
        try (PDDocument doc = Loader.loadPDF(result.files().get(Format.PDF).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        glyphs.add(new Glyph(getCurrentPageNo(), p.getFont().getName(), p));
                    }
                }
            };
            stripper.getText(doc);
        }
    }

    @Test
    void theBookBuildsToBothFormatsAndThePdfIsPdfA1bWithItsMathFontsEmbedded() throws Exception {
        assertEquals(List.of("EPUBCheck 5.3.0: 0 errors, 0 warnings"), result.validation());
        assertEquals(List.of(), VeraPdf.pdfA1bFailures(result.files().get(Format.PDF)));
        List<String> fonts = glyphs.stream().map(Glyph::font).distinct().sorted().toList();
        assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+jlm_cmmi10")), fonts.toString());
        assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+jlm_cmex10")), fonts.toString());
        for (String f : fonts) {
            assertTrue(f.matches("[A-Z]{6}\\+((Literata|JetBrainsMono)-(Regular|Italic|Bold|BoldItalic)|jlm_[a-z0-9]+)"), f);
        }
    }

    /** "legs $a$ and": the math italic a stands on the baseline of the words around it. */
    @Test
    void anInlineFormulaSitsOnTheBaselineOfItsLine() {
        Glyph legs = word("legs").get(3);
        Glyph a = glyphs.stream().filter(g -> g.font().endsWith("jlm_cmmi10") && g.text().equals("a")
                && g.page() == legs.page() && Math.abs(g.at().getYDirAdj() - legs.at().getYDirAdj()) < 6).findFirst().orElseThrow();
        assertEquals(legs.at().getYDirAdj(), a.at().getYDirAdj(), 0.25, "baseline of a against 'legs'");
        assertTrue(a.at().getXDirAdj() > legs.at().getXDirAdj(), "a comes after 'legs'");
    }

    /** "(1)", "(2)" and "(3)" end at the text block's right edge, and the formula of (3) is centred on the block. */
    @Test
    void aNumberedFormulaIsCentredAndItsNumberStandsAtTheRightEdge() throws IOException {
        int pages;
        try (PDDocument doc = Loader.loadPDF(result.files().get(Format.PDF).toFile())) {
            pages = doc.getNumberOfPages();
        }
        PageGeometry g = PageGeometry.of(PrintLayout.defaults(), pages);
        for (String number : List.of("(1)", "(2)", "(3)")) {
            List<Glyph> n = word(number);
            Glyph close = n.get(n.size() - 1);
            double left = close.page() % 2 == 1 ? g.inside() : g.outside();
            double right = close.at().getXDirAdj() + close.at().getWidthDirAdj();
            assertEquals(left + g.textWidth(), right, 1.0, number + " ends at the right edge");
        }
        // "chu vi = a + b + √…" of (3): its first and last glyphs lie as far from the block's centre on either side
        Glyph chu = word("chu").get(0);
        List<Glyph> line = glyphs.stream().filter(x -> x.page() == chu.page()
                && Math.abs(x.at().getYDirAdj() - chu.at().getYDirAdj()) < 8 && !x.font().contains("Literata-Regular")
                || x == chu).toList();
        double first = chu.at().getXDirAdj();
        double last = line.stream().mapToDouble(x -> x.at().getXDirAdj() + x.at().getWidthDirAdj()).max().orElseThrow();
        double left = chu.page() % 2 == 1 ? g.inside() : g.outside();
        assertEquals(left + g.textWidth() / 2, (first + last) / 2, 3.0, "centre of (3)'s formula");
    }

    /** The words of a formula are set in Literata, each letter its own glyph: "độ dài cạnh huyền", "đúng như định lý". */
    @Test
    void theWordsOfAFormulaAreTheBooksOwnLetters() {
        String set = String.join("", glyphs.stream().filter(x -> x.font().contains("Literata")).map(Glyph::text).toList());
        assertTrue(set.contains("độdàicạnhhuyền") || set.contains("độ dài cạnh huyền"), set);
        assertTrue(glyphs.stream().anyMatch(x -> x.text().equals("ề") && x.font().endsWith("Literata-Regular")));
        assertTrue(glyphs.stream().anyMatch(x -> x.text().equals("đ") && x.font().endsWith("Literata-Italic")),
                "\\textit in the italic face");
        // no accent of its own anywhere: jlatexmath's way of making ộ
        assertTrue(glyphs.stream().noneMatch(x -> x.font().contains("jlm") && "^`´¨~˜ˆ".contains(x.text())), "no stacked accent");
    }

    @Test
    void asPdfx1aTheMathHoldsNoRgb() throws IOException {
        Path press = out.resolve("press");
        Files.createDirectories(press.resolve("images"));
        try (Stream<Path> files = Files.list(BOOK)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, press.resolve(f.getFileName()));
            }
        }
        Files.copy(BOOK.resolve("images/triangle.svg"), press.resolve("images/triangle.svg"));
        Files.writeString(press.resolve("book.yaml"), Files.readString(press.resolve("book.yaml")) + "print:\n  standard: pdfx-1a\n");
        BuildResult built = new BookBuild().run(new BuildRequest(press, out.resolve("press-out"), Format.PDF, false));
        List<String> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(built.files().get(Format.PDF).toFile())) {
            for (PDPage page : doc.getPages()) {
                PressPdfTest.colours(page, found);
            }
        }
        assertEquals(List.of(), found, "RGB or transparency");
    }

    /** The glyphs of the first place where {@code word} is set whole (its letters one after the other). */
    private static List<Glyph> word(String word) {
        for (int i = 0; i + word.length() <= glyphs.size(); i++) {
            boolean match = true;
            for (int j = 0; j < word.length() && match; j++) {
                match = glyphs.get(i + j).text().equals(String.valueOf(word.charAt(j)));
            }
            if (match) {
                return glyphs.subList(i, i + word.length());
            }
        }
        throw new AssertionError("'" + word + "' is not set");
    }
}
