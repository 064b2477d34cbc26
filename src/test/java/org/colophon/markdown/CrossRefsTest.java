package org.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.colophon.testing.SmallBooks;
import org.colophon.testing.TestImages;
import org.junit.jupiter.api.Test;

/** pandoc-crossref's and Quarto's labels and references: numbered figures, sections, the number alone, pages. */
class CrossRefsTest {
    private static SmallBooks.Result book(String language, String yaml, String... chapters) {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        for (int i = 0; i < chapters.length; i++) {
            files.put("0" + (i + 1) + ".md", chapters[i]);
        }
        try {
            return SmallBooks.build(language, yaml, files, Map.of("harbour.png", TestImages.png(400, 300)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aLabelledFigureIsNumberedAndAReferenceGivesItsWordAndNumber() {
        SmallBooks.Result r = book("en", "", "# One\n\nAs @fig:harbour shows, and [-@fig-quay] too.\n\n"
                + "![A harbour at dawn.](harbour.png){#fig:harbour}\nThe harbour.\n\n"
                + "![A quay.](harbour.png){#fig-quay}\n\n![Not labelled.](harbour.png)\nNo number.\n");
        assertEquals("", r.messages());
        assertTrue(r.chapter(0).contains("<p>As <a href=\"ch-01.xhtml#fig-harbour\" class=\"xref\">Figure 1</a> shows, and "
                + "<a href=\"ch-01.xhtml#fig-quay\" class=\"xref\">2</a> too.</p>"), r.chapter(0));
        assertTrue(r.chapter(0).contains("<figure id=\"fig-harbour\" class=\"figure\">"), r.chapter(0));
        assertTrue(r.chapter(0).contains("<figcaption><span class=\"figure-number\">Figure 1.</span> <span class=\"caption\">The harbour.</span></figcaption>"), r.chapter(0));
        assertTrue(r.chapter(0).contains("<figcaption><span class=\"figure-number\">Figure 2.</span> <span class=\"caption\" aria-hidden=\"true\">A quay.</span></figcaption>"),
                "a lone image is captioned by its alt text, after its number: " + r.chapter(0));
        assertTrue(r.chapter(0).contains("<figcaption><span class=\"caption\">No number.</span></figcaption>"), "an unlabelled figure has no number");
    }

    @Test
    void byChapterFiguresAreNumberedChapterDotFigureInTheBooksLanguage() {
        SmallBooks.Result r = book("vi", "numbering: chapter\n", "# Một\n\n![Cảng.](harbour.png){#fig:a}\n",
                "# Hai\n\nXem @fig:b và @fig:a.\n\n![Cầu tàu.](harbour.png){#fig:b}\n");
        assertEquals("", r.messages());
        assertTrue(r.chapter(1).contains("Xem <a href=\"ch-02.xhtml#fig-b\" class=\"xref\">Hình 2.1</a> và "
                + "<a href=\"ch-01.xhtml#fig-a\" class=\"xref\">Hình 1.1</a>."), r.chapter(1));
    }

    @Test
    void aSectionIsReferredToByItsTitleAndAPageReferenceInAnEbookWithoutPrintIsItsLabel() {
        SmallBooks.Result r = book("en", "", "# One\n\nSee @sec:harbours, and @fig:harbour[page].\n\n## The Harbours {#sec:harbours}\n\n"
                + "![A harbour at dawn.](harbour.png){#fig:harbour}\n");
        assertEquals("", r.messages());
        assertTrue(r.chapter(0).contains("See <a href=\"ch-01.xhtml#sec-harbours\" class=\"xref\">The Harbours</a>, and "
                + "<span class=\"page-reference\"><a href=\"ch-01.xhtml#fig-harbour\" class=\"xref page-number\">Figure 1</a>.</span>"), r.chapter(0));
        assertTrue(r.chapter(0).contains("<h2 id=\"sec-harbours\">The Harbours</h2>"), r.chapter(0));
    }

    @Test
    void aReferenceToNoLabelIsAnErrorWithTheNearLabels() {
        SmallBooks.Result r = book("en", "", "# One\n\nSee @fig:harbor and [-@tbl:prices].\n\n![A harbour.](harbour.png){#fig:harbour}\n");
        assertEquals("""
                01.md:3:5: error: @fig:harbor names no label of the book (did you mean @fig:harbour?)
                01.md:3:23: error: @tbl:prices names no label of the book; label its target with {#tbl:prices}""", r.messages());
    }

    @Test
    void anEquationLabelledByTheMathReaderIsReferredToByItsNumber() {
        SmallBooks.Result r = book("en", "", "# One\n\nBy @eq:sum and [-@eq:sum].\n\n$$\nx = 1\n$$ {#eq:sum}\n");
        assertEquals("", r.messages());
        assertTrue(r.chapter(0).contains("By <a href=\"ch-01.xhtml#eq-sum\" class=\"xref\">Equation 1</a> and "
                + "<a href=\"ch-01.xhtml#eq-sum\" class=\"xref\">1</a>."), r.chapter(0));
    }
}
