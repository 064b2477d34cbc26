package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.epub.EpubValidator;
import org.colophon.output.Format;
import org.colophon.pipeline.BookBuild;
import org.colophon.pipeline.BuildRequest;
import org.colophon.pipeline.BuildResult;
import org.colophon.testing.Epubs;
import org.colophon.testing.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two books in faces their authors bring, built whole: a Vietnamese one in TeX Gyre Pagella and Cursor (OpenType
 * with CFF outlines), and a Vietnamese one with Chinese and Japanese in one chapter, in Noto Serif and DejaVu Sans
 * Mono (TrueType) with Noto Serif CJK SC from a collection as the fallback. Each face is embedded as a subset, the
 * PDFs are PDF/A-1b, the EPUBs pass EPUBCheck and carry the same files.
 */
class TypefaceBooksTest {
    static final Path PAGELLA = Path.of("src/test/resources/typefaces/pagella");
    static final Format COVER = new Format("cover");
    static final Path CJK = Path.of("src/test/resources/typefaces/noto-cjk");

    @TempDir
    static Path out;
    static BuildResult pagella;
    static BuildResult cjk;

    @BeforeAll
    static void build() throws IOException {
        pagella = new BookBuild().run(new BuildRequest(PAGELLA, out.resolve("pagella"), Format.ALL, false));
        cjk = new BookBuild().run(new BuildRequest(CJK, out.resolve("cjk"), Format.ALL, false));
    }

    @Test
    void everyFaceIsEmbeddedAsASubsetInTheInteriorAndTheCover() throws IOException {
        assertEquals(List.of("TeXGyreCursor-Bold", "TeXGyreCursor-Italic", "TeXGyreCursor-Regular", "TeXGyrePagella-Bold",
                "TeXGyrePagella-BoldItalic", "TeXGyrePagella-Italic", "TeXGyrePagella-Regular"), fonts(pagella.files().get(Format.PDF)));
        assertEquals(List.of("DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono-Oblique", "NotoSerif-Bold", "NotoSerif-Italic",
                "NotoSerif-Regular", "NotoSerifCJKsc-Bold", "NotoSerifCJKsc-Regular"), fonts(cjk.files().get(Format.PDF)));
        assertEquals(List.of("TeXGyrePagella-Bold", "TeXGyrePagella-Italic", "TeXGyrePagella-Regular"),
                fonts(pagella.files().get(COVER)));
    }

    /** The fonts of a PDF, each checked embedded and subset, without the subset's tag and OpenPDF's CID suffix. */
    private static List<String> fonts(Path pdf) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDResources r = page.getResources();
                for (COSName n : r.getFontNames()) {
                    PDFont font = r.getFont(n);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName() + " is a subset");
                    names.add(font.getName().substring(7).replace("-Identity-H", ""));
                }
            }
        }
        return List.copyOf(names);
    }

    @Test
    void thePdfsArePdfA1b() throws Exception {
        for (BuildResult r : List.of(pagella, cjk)) {
            assertEquals(List.of(), VeraPdf.pdfA1bFailures(r.files().get(Format.PDF)));
            assertEquals(List.of(), VeraPdf.pdfA1bFailures(r.files().get(COVER)));
        }
    }

    /** The PDF reads back the Vietnamese letters and the Chinese and Japanese text, line by line as printed. */
    @Test
    void theTextReadsBack() throws IOException {
        try (PDDocument doc = Loader.loadPDF(cjk.files().get(Format.PDF).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);   // Flying Saucer draws a line's fallback runs after its others
            String text = stripper.getText(doc).replaceAll("\\s+", "");
            for (String s : List.of("chữHán(漢字)vàchữNôm", "学而时习之，不亦说乎？有朋自远方来", "「こんにちは」と彼は言った。",
                    "ChữđậmvớichữHán:漢字。", "#打印问候", "Ểnhươngkêuộpộp")) {
                assertTrue(text.contains(s), s + " in " + text);
            }
        }
        try (PDDocument doc = Loader.loadPDF(pagella.files().get(Format.PDF).toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Sách được sắp chữ bằng phông TeX Gyre Pagella."), "the colophon names a face that names no designer");
            assertTrue(text.replaceAll("\\s+", "").contains("ỂẶỖ:dấuchồnglênnhau"), text);
        }
    }

    /** No line of the Chinese paragraph starts with closing punctuation, nor ends with opening punctuation. */
    @Test
    void chineseLinesBreakByTheirRules() throws IOException {
        try (PDDocument doc = Loader.loadPDF(cjk.files().get(Format.PDF).toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            List<String> lines = s.getText(doc).lines().filter(l -> l.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)).toList();
            assertTrue(lines.size() > 8, lines.toString());
            for (String line : lines) {
                assertFalse("。、，）」》？！：”".indexOf(line.strip().charAt(0)) >= 0, "a line starts with closing punctuation: " + line);
                assertFalse("（「《“".indexOf(line.strip().charAt(line.strip().length() - 1)) >= 0, "a line ends with opening punctuation: " + line);
            }
        }
    }

    @Test
    void theEpubsCarryTheSameFilesAndPassEpubCheck() throws IOException {
        for (BuildResult r : List.of(pagella, cjk)) {
            assertEquals(List.of(), new EpubValidator().validate(r.files().get(Format.EPUB)));
        }
        Map<String, byte[]> files = Epubs.entries(cjk.files().get(Format.EPUB));
        String css = new String(files.get("EPUB/css/book.css"), StandardCharsets.UTF_8);
        assertTrue(css.contains("html {\n  font-family: \"Noto Serif\", \"Noto Serif CJK SC\", serif;\n}"), css);
        assertTrue(css.contains("pre, code, kbd, samp {\n  font-family: \"DejaVu Sans Mono\", \"Noto Serif CJK SC\", monospace;"), css);
        assertTrue(files.containsKey("EPUB/fonts/noto-serif-cjk-sc-regular.otf"), files.keySet().toString());
        Map<String, byte[]> p = Epubs.entries(pagella.files().get(Format.EPUB));
        byte[] regular = Files.readAllBytes(Path.of("src/test/resources/typefaces/fonts/tex-gyre-pagella/texgyrepagella-regular.otf"));
        assertTrue(java.util.Arrays.equals(regular, p.get("EPUB/fonts/tex-gyre-pagella-regular.otf")), "the author's file, as it is");
        String opf = new String(p.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("href=\"fonts/tex-gyre-pagella-regular.otf\" media-type=\"font/otf\""), opf);
    }

    /** Kerning comes from each face's GPOS through Java's text layout, OpenType CFF included. */
    @Test
    void anOpenTypeCffFaceKerns() throws IOException {
        var face = new org.colophon.manuscript.ManuscriptLoader(new org.colophon.diagnostic.Diagnostics()).load(PAGELLA)
                .orElseThrow().typefaces().text().face(false, false);
        Kerning kerning = Kerning.of(PrintFonts.font(face));
        assertTrue(kerning.pair('A', 'V') < -30, "A V kerns: " + kerning.pair('A', 'V'));
        assertEquals(0, kerning.pair('o', ' '));
    }
}
