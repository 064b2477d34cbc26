package org.colophon.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WordSpacing finds word gaps from glyph positions alone: a PDF that positions its words without drawing a space (as
 * XeLaTeX writes them) gives the same gaps and figures as one that draws its spaces (as Flying Saucer does), set in
 * Literata by PDFBox with gaps chosen here.
 */
class WordGapsTest {
    private static final Path FONTS = Path.of("fonts");
    private static final Path LITERATA = FONTS.resolve("Literata-Regular.ttf");
    private static final double BODY = 10.5;
    /** Literata's space is 200 units of 1000. */
    private static final double NATURAL = 0.2 * BODY;
    private static final float EDGE = 396;

    /** A line set flush with the right edge, its words {@code ratio} times the natural space apart; or ending short. */
    private record Setting(String text, double ratio, double size, float shortBy) {
        Setting(String text, double ratio) {
            this(text, ratio, BODY, 0);
        }
    }

    /** Words with no ligature in Literata (PDFBox sets "Th" and "fi" as one glyph, whose text is lost). */
    private static final List<Setting> PAGE = List.of(
            new Setting("A Cold War was heating up in Asia", 1.2, BODY, 0),
            new Setting("China received Moscow’s blessing", 2.4),
            new Setting("to guide revolutions in Asia", 3.3),
            new Setting("Ho Chi Minh’s Democratic Republic", 1.0),
            new Setting("against the French.", 1.0, BODY, 40),    // a paragraph's last line: short, not justified
            new Setting("Forty-two years", 4.0),                 // one gap only: not measured
            new Setting("A Sino-Soviet Rupture", 5.0, 14, 0));  // a heading: not at the body size

    @TempDir
    Path dir;

    @Test
    void aPdfWithoutDrawnSpacesGivesTheGapsOfOneThatDrawsThem() throws IOException {
        Path drawn = write("drawn.pdf", true, true);
        Path positioned = write("positioned.pdf", false, true);
        List<List<Double>> expected = expectedGaps();
        assertGaps(expected, drawn, null);
        // the subset of the positioned PDF has no space glyph: its width comes from the face's own file
        assertGaps(expected, positioned, FONTS);
        WordSpacing.Figures figures = WordSpacing.measure(positioned, FONTS);
        assertEquals(WordSpacing.measure(drawn).toString(), figures.toString());
        assertEquals(4, figures.lines(), "the short line, the one with one gap and the heading are left out: " + figures);
        assertEquals(2, figures.over2(), figures.toString());
        assertEquals(1, figures.over3(), figures.toString());
        assertEquals(3.3, figures.worst(), 0.01);
    }

    @Test
    void theNaturalSpaceComesFromTheEmbeddedFontWhenItKeepsItsSpace() throws IOException {
        // the whole face embedded, no space drawn: its own cmap and advances give the space, no folder needed
        Path whole = write("whole.pdf", false, false);
        assertGaps(expectedGaps(), whole, null);
    }

    @Test
    void aSubsetWithoutItsSpaceAndNoFontFolderIsReportedByName() throws IOException {
        Path positioned = write("positioned.pdf", false, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WordSpacing.measure(positioned));
        assertTrue(e.getMessage().contains("Literata-Regular") && e.getMessage().contains("--fonts"), e.getMessage());
    }

    private static void assertGaps(List<List<Double>> expected, Path pdf, Path fonts) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<WordSpacing.Justified> found = WordSpacing.justified(doc, fonts);
            assertEquals(expected.size(), found.size(), pdf.getFileName() + ": justified lines");
            for (int i = 0; i < expected.size(); i++) {
                WordSpacing.Justified line = found.get(i);
                assertEquals(NATURAL, line.natural(), 1e-6, "the natural space is Literata's at 10.5 pt");
                assertEquals(expected.get(i).size(), line.gaps().size(), pdf.getFileName() + ": gaps of " + line.line().text());
                for (int g = 0; g < line.gaps().size(); g++) {
                    assertEquals(expected.get(i).get(g), line.gaps().get(g), 0.01, pdf.getFileName() + ": " + line.line().text());
                }
            }
        }
    }

    /** The gaps of the lines that are justified body lines with two gaps or more, as they were set. */
    private static List<List<Double>> expectedGaps() {
        List<List<Double>> gaps = new ArrayList<>();
        for (Setting s : PAGE) {
            int words = s.text().split(" ").length;
            if (s.size() == BODY && s.shortBy() == 0 && words >= 3) {
                gaps.add(Collections.nCopies(words - 1, s.ratio() * NATURAL));
            }
        }
        return gaps;
    }

    /** Sets the page word by word, each word placed at its own position, with or without a space glyph after it. */
    private Path write(String name, boolean drawSpaces, boolean subset) throws IOException {
        Path pdf = dir.resolve(name);
        try (PDDocument doc = new PDDocument(); InputStream face = Files.newInputStream(LITERATA)) {
            PDPage page = new PDPage(new PDRectangle(432, 648));
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, face, subset);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = 600;
                for (Setting s : PAGE) {
                    String[] words = s.text().split(" ");
                    float gap = (float) (s.ratio() * 0.2 * s.size());
                    float width = 0;
                    for (String w : words) {
                        width += font.getStringWidth(w) / 1000 * (float) s.size();
                    }
                    float x = EDGE - s.shortBy() - width - gap * (words.length - 1);
                    for (int i = 0; i < words.length; i++) {
                        content.beginText();
                        content.setFont(font, (float) s.size());
                        content.newLineAtOffset(x, y);
                        content.showText(drawSpaces && i < words.length - 1 ? words[i] + " " : words[i]);
                        content.endText();
                        x += font.getStringWidth(words[i]) / 1000 * (float) s.size() + gap;
                    }
                    y -= 20;
                }
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }
}
