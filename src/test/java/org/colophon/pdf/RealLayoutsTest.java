package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.print.PrintLayout;
import org.colophon.testing.Epubs;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Pdfs;
import org.colophon.testing.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layouts of real books: breaks at a page's foot, nested lists, wide tables, empty table heads, heading levels. */
class RealLayoutsTest {
    @TempDir
    Path tmp;

    private Manuscripts manuscript() throws IOException {
        Manuscripts m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML + "chapters: [" + String.join(", ", chapterNames()) + "]\n");
        return m;
    }

    private List<String> names = new ArrayList<>();

    private List<String> chapterNames() {
        return names;
    }

    /** The text inside the text block of a page (running heads and folios lie outside it). */
    private static String body(PDDocument doc, int page, PageGeometry g) throws IOException {
        return Pdfs.areaText(doc, page, 0, (float) g.bottom(), (float) g.width(), (float) g.textHeight()).strip();
    }

    @Test
    void aThematicBreakAtThePageFootLeavesNoEmptyPage() throws IOException {
        for (int k = 26; k <= 40; k++) {
            names.add("c" + k + ".md");
        }
        Manuscripts m = manuscript();
        for (int k = 26; k <= 40; k++) {
            StringBuilder md = new StringBuilder("# Chapter " + k + "\n\n");
            for (int i = 1; i <= k; i++) {
                md.append("Line ").append(i).append(".\n\n");
            }
            md.append("---\n\nAfter the break.\n");
            m.file("c" + k + ".md", md.toString());
        }
        Manuscripts.Run run = m.build("--format", "pdf");
        assertEquals(0, run.exit(), run.err());
        try (PDDocument doc = Loader.loadPDF(m.out().resolve("a-test-book.pdf").toFile())) {
            PageGeometry g = PageGeometry.of(PrintLayout.defaults(), doc.getNumberOfPages());
            int first = -1;
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                String text = body(doc, p, g);
                if (first < 0 && text.startsWith("Chapter 26")) {
                    first = p;
                }
                if (first >= 0 && p < doc.getNumberOfPages() - 1) {   // the colophon page closes the book
                    assertTrue(!text.isEmpty(), "page " + (p + 1) + " is empty");
                }
            }
            assertTrue(first > 0);
        }
    }

    @Test
    void nestedListsAlignTheSameTightOrLoose() throws IOException {
        names.add("one.md");
        Manuscripts m = manuscript();
        m.file("one.md", """
                # Lists

                - Tight one
                  - Tight inner
                - Tight two

                Between.

                - Loose one

                  - Loose inner

                - Loose two
                """);
        assertEquals(0, m.build("--format", "pdf").exit());
        List<float[]> starts = new ArrayList<>();   // x of the first letter of each item's text
        try (PDDocument doc = Loader.loadPDF(m.out().resolve("a-test-book.pdf").toFile())) {
            List<String> wanted = List.of("Tight one", "Tight inner", "Tight two", "Loose one", "Loose inner", "Loose two");
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (String w : wanted) {
                        if (text.strip().startsWith(w)) {
                            starts.add(new float[] {wanted.indexOf(w), positions.get(text.indexOf(w)).getXDirAdj()});
                        }
                    }
                }
            };
            s.getText(doc);
        }
        assertEquals(6, starts.size());
        float[] x = new float[6];
        starts.forEach(a -> x[(int) a[0]] = a[1]);
        assertEquals(x[0], x[3], 0.5, "outer items");
        assertEquals(x[1], x[4], 0.5, "inner items");
        assertEquals(x[2], x[5], 0.5, "outer items after the inner list");
    }

    @Test
    void aTableTooWideForTheMeasureStaysInsideTheTextBlock() throws IOException {
        names.add("one.md");
        Manuscripts m = manuscript();
        String word = "Incomprehensibilities";
        StringBuilder table = new StringBuilder("| A | B | C | D | E | F |\n|---|---|---|---|---|---|\n");
        for (int r = 0; r < 3; r++) {
            table.append(("| " + word + word + " ").repeat(6)).append("|\n");
        }
        m.file("one.md", "# Wide\n\n" + table);
        assertEquals(0, m.build("--format", "pdf").exit());
        try (PDDocument doc = Loader.loadPDF(m.out().resolve("a-test-book.pdf").toFile())) {
            PageGeometry g = PageGeometry.of(PrintLayout.defaults(), doc.getNumberOfPages());
            List<String> outside = new ArrayList<>();
            int[] count = {0};
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        double left = getCurrentPageNo() % 2 == 1 ? g.inside() : g.outside();
                        if ("IncomprehensibilitiesABCDEF".indexOf(p.getUnicode().charAt(0)) >= 0) {
                            count[0]++;
                            if (p.getXDirAdj() < left - 0.5 || p.getXDirAdj() + p.getWidthDirAdj() > left + g.textWidth() + 0.5) {
                                outside.add(p.getUnicode() + "@" + p.getXDirAdj());
                            }
                        }
                    }
                }
            };
            s.getText(doc);
            assertTrue(count[0] > 6 * 3 * 42, "the table's letters are all there: " + count[0]);
            assertEquals(List.of(), outside);
        }
    }

    @Test
    void anEmptyHeaderRowIsNotWrittenAsEmptyHeaderCells() throws IOException {
        names.add("one.md");
        Manuscripts m = manuscript();
        m.file("one.md", "# T\n\n|  |  |\n|--|--|\n| a | b |\n\n| H | |\n|--|--|\n| c | d |\n");
        Manuscripts.Run run = m.build("--format", "epub");
        assertEquals(0, run.exit(), run.err());
        var doc = Xml.parse(Epubs.entries(m.out().resolve("a-test-book.epub")).get("EPUB/one.xhtml"));
        assertEquals(1, Xml.elements(doc, "thead").size(), "only the second table has a head");
        assertEquals(2, Xml.elements(doc, "th").size());
        assertEquals(4, Xml.elements(doc, "td").size());
    }

    @Test
    void aSkippedHeadingLevelIsAPositionedWarning() throws IOException {
        names.add("one.md");
        Manuscripts m = manuscript();
        m.file("one.md", "# One\n\n### Three\n\n## Two\n\n### Three again\n\n##### Five\n");
        Manuscripts.Run run = m.build("--format", "epub", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        String dir = m.dir().toAbsolutePath().toString();
        assertTrue(run.err().contains(dir + "/one.md:3:1: warning: heading level 3 follows a heading of level 1; "
                + "screen readers navigate by levels: make it ## (or put a ## heading before it)"), run.err());
        assertTrue(run.err().contains(dir + "/one.md:9:1: warning: heading level 5 follows a heading of level 3"), run.err());
        assertEquals(2, run.err().lines().filter(l -> l.contains("heading level")).count(), run.err());
    }

    @Test
    void anEmptyLastChapterAndAnEmptyHeadingBuild() throws IOException {
        names.add("one.md");
        names.add("two.md");
        Manuscripts m = manuscript();
        m.file("one.md", "#\n\n# One\n\nText.\n").file("two.md", "[foo]: /url\n");
        Manuscripts.Run run = m.build();
        assertEquals(0, run.exit(), "was exit 70, Flying Saucer's NullPointerException: " + run.err());
        var nav = Xml.parse(Epubs.entries(m.out().resolve("a-test-book.epub")).get("EPUB/nav.xhtml"));
        assertTrue(Xml.elements(nav, "a").stream().noneMatch(a -> a.getTextContent().isBlank()), "no empty entry in the contents");
        assertTrue(Xml.elements(nav, "a").stream().anyMatch(a -> a.getTextContent().equals("One")), "an empty # titles nothing");
    }
}
