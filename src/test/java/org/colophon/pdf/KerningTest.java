package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.bench.WordSpacing;
import org.colophon.output.Format;
import org.colophon.pipeline.BookBuild;
import org.colophon.pipeline.BuildRequest;
import org.colophon.testing.Essay;
import org.colophon.typeface.Typefaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Literata's kerning (in its GPOS table only) is drawn: "y," is kerned by -90 thousandths of the size, so in a
 * justified line of the essay the comma starts nearly a point before the end of the y's advance, where the other
 * letters of the line stand apart by Flying Saucer's justification, never closer than their advance widths.
 */
class KerningTest {
    @TempDir
    Path out;

    @Test
    void aKernedPairIsDrawnCloserThanItsAdvanceWidths() throws IOException {
        Path pdf = new BookBuild().run(new BuildRequest(Essay.MANUSCRIPT, out, Format.PDF, false)).files().get(Format.PDF);
        List<String> seen = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (WordSpacing.Justified j : WordSpacing.justified(doc, null)) {
                List<TextPosition> marks = j.line().marks();
                List<Double> letterGaps = new ArrayList<>();
                List<Double> pairGaps = new ArrayList<>();
                for (int i = 1; i < marks.size(); i++) {
                    TextPosition a = marks.get(i - 1);
                    TextPosition b = marks.get(i);
                    double gap = b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj());
                    if (gap > 0.5 * j.natural()) {
                        continue;   // a word space
                    }
                    (a.getUnicode().equals("y") && b.getUnicode().equals(",") ? pairGaps : letterGaps).add(gap);
                }
                if (pairGaps.isEmpty()) {
                    continue;
                }
                double median = letterGaps.stream().sorted().toList().get(letterGaps.size() / 2);
                for (double gap : pairGaps) {
                    seen.add(j.line().text());
                    // -90/1000 of 10.5 pt is -0.945 pt, plus the letter spacing the line's justification adds
                    assertTrue(gap < -0.8 && gap - median < -0.8 && gap - median > -1.1,
                            "\"y,\" is kerned by about -0.945 pt in \"" + j.line().text() + "\": drawn " + gap
                                    + " pt from the y's advance, other letters " + median + " pt");
                }
                assertTrue(median > -0.05, "unkerned letters keep their advance widths (within rounding): " + median);
            }
        }
        assertFalse(seen.isEmpty(), "the essay has a justified line with \"y,\"");
    }

    /**
     * No kern across a place where Flying Saucer may break a line (after a dash, before a slash): it measures the pieces
     * between those places apart, so a kern there would be drawn but missing from its test of what fits.
     */
    @Test
    void noKernAcrossAPlaceWhereALineMayBreak() throws IOException {
        Kerning literata = Kerning.of(PrintFonts.font(Typefaces.literata().face(false, false)));
        assertTrue(literata.pair('T', 'o') < 0, "a pair that kerns: To");
        assertTrue(literata.pair('V', '.') < 0, "a pair that kerns: V.");
        for (String pair : List.of("-Y", "\u2010T", "\u2013T", "\u2014Y", "V/", "7/")) {
            assertTrue(literata.pair(pair.charAt(0), pair.charAt(1)) == 0, "no kern in " + pair);
        }
    }
}
