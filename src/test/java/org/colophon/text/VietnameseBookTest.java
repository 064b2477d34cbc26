package org.colophon.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.epub.EpubValidator;
import org.colophon.output.Format;
import org.colophon.pipeline.BookBuild;
import org.colophon.pipeline.BuildRequest;
import org.colophon.pipeline.BuildResult;
import org.colophon.proof.GlyphCoverage;
import org.colophon.testing.Epubs;
import org.colophon.testing.Manuscripts;
import org.colophon.typeface.FontFace;
import org.colophon.typeface.Typefaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Vietnamese test book: all 134 letters with a diacritic, in the four faces, in headings, notes, a caption and a
 * table, written partly in NFD. Both outputs must carry every letter, precomposed, in the face the author chose.
 */
class VietnameseBookTest {
    static final Path BOOK = Path.of("src/test/resources/books/vietnamese");
    static final Path REFERENCE = Path.of("src/test/resources/reference/vietnamese-stacked-marks.png");
    /** The 67 lower-case letters with a diacritic: 12 vowels × 5 tones, then ă â ê ô ơ ư đ. */
    static final List<String> LOWER = lower();
    static final List<String> UPPER = LOWER.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();

    @TempDir
    static Path out;
    static BuildResult result;

    static List<String> lower() {
        List<String> letters = new ArrayList<>();
        for (String vowel : "a ă â e ê i o ô ơ u ư y".split(" ")) {
            for (String tone : new String[] {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}) {
                letters.add(Normalizer.normalize(vowel + tone, Normalizer.Form.NFC));
            }
        }
        letters.addAll(List.of("ă", "â", "ê", "ô", "ơ", "ư", "đ"));
        return List.copyOf(letters);
    }

    @BeforeAll
    static void build() throws IOException {
        result = new BookBuild().run(new BuildRequest(BOOK, out, Format.ALL, false));
    }

    @Test
    void thereAre134Letters() {
        assertEquals(134, new HashSet<>(all()).size());
        all().forEach(l -> assertEquals(1, l.length(), l + " has a precomposed form"));
    }

    @Test
    void everyFaceHasAGlyphForEveryLetter() {
        GlyphCoverage coverage = new GlyphCoverage(Typefaces.literata(), new Diagnostics());
        for (FontFace face : Typefaces.literata().faces()) {
            for (String letter : all()) {
                assertTrue(coverage.covers(face, letter.codePointAt(0)), letter + " in " + face.styleName());
            }
        }
    }

    /** PDFBox reads every letter back, precomposed, in each of the four faces, in the order of the source. */
    @Test
    void pdfTextIsTheNfcSourceInEveryFace() throws IOException {
        try (PDDocument doc = Loader.loadPDF(result.files().get(Format.PDF).toFile())) {
            Map<String, StringBuilder> byFace = new HashMap<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        String face = p.getFont().getName().replaceFirst("^[A-Z]{6}\\+", "");
                        byFace.computeIfAbsent(face, f -> new StringBuilder()).append(p.getUnicode());
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "the PDF's text is NFC");
            assertEquals(List.of("Literata-Bold", "Literata-BoldItalic", "Literata-Italic", "Literata-Regular"),
                    byFace.keySet().stream().sorted().toList());
            for (Map.Entry<String, StringBuilder> face : byFace.entrySet()) {
                for (String letter : all()) {
                    assertTrue(face.getValue().indexOf(letter) >= 0, letter + " is drawn in " + face.getKey());
                }
            }
            String compact = text.replaceAll("[\\s\\u00A0]+", "");   // the line breaker binds words with no-break spaces
            String lower = String.join("", LOWER);
            String upper = String.join("", UPPER);
            for (String line : List.of("Thường:" + lower, "Nghiêng:" + lower, "Đậm:" + lower, "Đậmnghiêng:" + lower,
                    "Hoathường:" + upper, "Hoanghiêng:" + upper, "Hoađậm:" + upper, "Hoađậmnghiêng:" + upper,
                    "Dòngphânrã:" + lower + upper, "Nghiêngphânrã:" + lower + upper, "Đậmphânrã:" + lower + upper,
                    "Đậmnghiêngphânrã:" + lower + upper, "Đầuđềnhỏ:" + lower, "Chúthích:" + lower + upper,
                    "Ghichúthường:" + lower + upper, "Ghichúphânrã:" + lower + upper, "ỂẶỖ:dấuchồnglênnhau")) {
                assertTrue(compact.contains(line), "the PDF reads back " + line);
            }
        }
    }

    @Test
    void epubHoldsOnlyNfcTextAndPassesEpubCheck() throws IOException {
        Path epub = result.files().get(Format.EPUB);
        assertEquals(List.of(), new EpubValidator().validate(epub));
        StringBuilder all = new StringBuilder();
        for (Map.Entry<String, byte[]> e : Epubs.entries(epub).entrySet()) {
            if (e.getKey().endsWith(".xhtml") || e.getKey().endsWith(".opf") || e.getKey().endsWith(".ncx")) {
                String xml = new String(e.getValue(), StandardCharsets.UTF_8);
                assertTrue(Normalizer.isNormalized(xml, Normalizer.Form.NFC), e.getKey() + " is NFC");
                all.append(xml);
            }
        }
        for (String letter : all()) {
            assertTrue(all.indexOf(letter) >= 0, letter);
        }
        assertTrue(all.indexOf("xml:lang=\"vi\"") >= 0);
    }

    @Test
    void decomposedLinesAreAWarning() {
        assertTrue(result.warnings().stream().anyMatch(d -> d.toString().endsWith(
                "02-phan-ra.md:1:1: warning: 9 lines are written with decomposed letters (NFD), from here on; "
                        + "Colophon composes them (NFC), the file stays as it is")), result.warnings().toString());
    }

    /** A letter the typeface lacks stops the build where it stands, in the face it was to be drawn in. */
    @Test
    void aLetterOutsideTheFontsFailsAndWritesNothing(@TempDir Path tmp) throws IOException {
        Manuscripts m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML).file("03-neutral.md", "# Ba\n\nPlain text and *an italic ǹ here*, and ǹ.\n");
        Manuscripts.Run run = m.build();
        assertEquals(1, run.exit());
        String dir = m.dir().toAbsolutePath().toString();
        assertTrue(run.err().contains(dir + "/03-neutral.md:3:27: error: 'ǹ' (U+01F9) has no glyph in Literata Italic"), run.err());
        assertTrue(run.err().contains(dir + "/03-neutral.md:3:40: error: 'ǹ' (U+01F9) has no glyph in Literata Regular"), run.err());
        assertTrue(m.nothingWritten());
    }

    /**
     * The page with the stacked marks, rendered by PDFBox, against a reference image committed with the test.
     * To make the reference again, on purpose: {@code mvn test -Dtest=VietnameseBookTest -Dcolophon.updateReferences=true}.
     */
    @Test
    void stackedMarksLookAsTheReference() throws IOException {
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(result.files().get(Format.PDF).toFile())) {
            int index = -1;
            for (int p = 0; p < doc.getNumberOfPages() && index < 0; p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setSortByPosition(true);
                s.setStartPage(p + 1);
                s.setEndPage(p + 1);
                // the first page whose text begins with the heading: its opening (later pages carry it as running head)
                if (s.getText(doc).replaceAll("\\s+", "").startsWith("ỂẶỖ:dấu")) {
                    index = p;
                }
            }
            assertTrue(index >= 0, "the opening page of the stacked marks");
            page = new PDFRenderer(doc).renderImageWithDPI(index, 100, ImageType.GRAY);
        }
        if (Boolean.getBoolean("colophon.updateReferences")) {
            Files.createDirectories(REFERENCE.getParent());
            ImageIO.write(page, "png", REFERENCE.toFile());
        }
        BufferedImage reference = ImageIO.read(REFERENCE.toFile());
        assertEquals(reference.getWidth(), page.getWidth());
        assertEquals(reference.getHeight(), page.getHeight());
        long differing = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int a = page.getRaster().getSample(x, y, 0);
                int b = reference.getRaster().getSample(x, y, 0);
                if (Math.abs(a - b) > 64) {
                    differing++;
                }
            }
        }
        double share = (double) differing / (page.getWidth() * page.getHeight());
        // same JDK, same fonts: the rendering is the same to the pixel; the margin allows for anti-aliasing only,
        // well under one misplaced mark (about 60 pixels at 100 dpi)
        assertTrue(differing <= 40, String.format("%d pixels (%.4f%%) differ from the reference", differing, share * 100));
    }

    private static List<String> all() {
        List<String> all = new ArrayList<>(LOWER);
        all.addAll(UPPER);
        return all;
    }
}
