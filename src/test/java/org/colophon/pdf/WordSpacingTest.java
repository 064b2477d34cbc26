package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.colophon.bench.WordSpacing;
import org.colophon.pipeline.BookBuild;
import org.colophon.pipeline.BuildRequest;
import org.colophon.output.Format;
import org.colophon.testing.Essay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The essay's justified lines are evenly spaced, as measured by the benchmark's own tool. */
class WordSpacingTest {
    @TempDir
    Path out;

    @Test
    void fewJustifiedLinesOfTheEssayAreLoose() throws IOException {
        Path pdf = new BookBuild().run(new BuildRequest(Essay.MANUSCRIPT, out, Format.PDF, false)).files().get(Format.PDF);
        WordSpacing.Figures f = WordSpacing.measure(pdf);
        assertTrue(f.lines() > 80, "the essay's justified lines are found: " + f);
        // greedy breaking without hyphens gave 33.7 % over 2× and 4 lines over 3×; total fit with hyphens 15.4 % and none;
        // kerned as well, 14.3 % (13 of 91 lines): 15 % fails without the kerning
        assertTrue(f.share2() <= 15, "at most 15 % of the lines over twice the natural space: " + f);
        assertEquals(0, f.over3(), "no line over three times the natural space: " + f);
    }
}
