package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.io.FileUtils;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.epub.EpubValidator;
import org.colophon.print.PrintLayout;
import org.colophon.testing.Epubs;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.PdfImages;
import org.colophon.testing.Pdfs;
import org.colophon.testing.TestImages;
import org.colophon.testing.Xml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images that are not figures (in a paragraph, a list, a block quote, a table of photos) fit their box in both
 * books, in print without running off the text block or spreading a table over near-empty pages; a raw {@code <h1>}
 * titles a chapter that has no Markdown heading.
 */
class ImagesAnywhereTest {
    @TempDir
    static Path tmp;
    static Manuscripts m;
    static Manuscripts.Run run;

    @BeforeAll
    static void build() throws IOException {
        m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML);
        m.bytes("images/photo.png", TestImages.png(2000, 1500));
        m.bytes("images/icon.png", TestImages.png(200, 200));
        m.bytes("images/tall.png", TestImages.png(400, 3000));
        StringBuilder table = new StringBuilder("| A | B | C | D |\n|---|---|---|---|\n");
        for (int row = 0; row < 6; row++) {
            table.append("| ![photo](images/photo.png) ".repeat(4)).append("|\n");
        }
        m.file("one.md", """
                # Photos

                Words before an icon ![an icon](images/icon.png) and words after it, in one line of text.

                - A list item with a photo:

                  ![a photo in a list](images/photo.png)

                > ![a photo in a quote](images/photo.png)

                """ + table + """

                ![a tall strip](images/tall.png)
                A figure taller than the page, in proportion.
                """);
        m.file("two.md", "<h1>A Title <em>in HTML</em></h1>\n\n<p>Text of two.</p>\n");
        run = m.build("--no-validate");
        if (System.getenv("KEEP") != null) { FileUtils.copyDirectory(tmp.toFile(), new File(System.getenv("KEEP"))); }
    }

    @Test
    void theBuildSucceedsAndTheEpubScalesImagesToTheirBox() throws IOException {
        assertEquals(0, run.exit(), run.err());
        Path epub = m.out().resolve("a-test-book.epub");
        assertEquals(List.of(), new EpubValidator().validate(epub));
        Map<String, byte[]> files = Epubs.entries(epub);
        String css = new String(files.get("EPUB/css/book.css"), StandardCharsets.UTF_8);
        assertTrue(css.contains("img {\n  max-width: 100%;\n  height: auto;\n}"), css);
        var imgs = Xml.elements(Xml.parse(files.get("EPUB/one.xhtml")), "img");
        assertEquals(28, imgs.size());
        assertEquals("200", imgs.get(0).getAttribute("width"), "the image's own size, for the reading system's layout");
        String nav = new String(files.get("EPUB/nav.xhtml"), StandardCharsets.UTF_8);
        assertTrue(nav.contains("A Title in HTML"), "a raw <h1> titles its chapter: " + nav);
        assertTrue(!run.err().contains("chapter has no heading"), run.err());
    }

    @Test
    void everyImageOfThePdfLiesInsideTheTextBlockAndTheTableTakesFewPages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(m.out().resolve("a-test-book.pdf").toFile())) {
            List<PdfImages.Drawn> drawn = PdfImages.drawn(doc);
            assertEquals(28, drawn.size(), drawn.toString());
            PageGeometry g = PageGeometry.of(PrintLayout.defaults(), doc.getNumberOfPages());
            for (PdfImages.Drawn d : drawn) {
                double left = d.page() % 2 == 0 ? g.inside() : g.outside();   // page 0 is a recto
                var b = d.box();
                assertTrue(b.getMinX() >= left - 0.5 && b.getMaxX() <= left + g.textWidth() + 0.5,
                        "image on page " + d.page() + " at x " + b.getMinX() + "–" + b.getMaxX() + " outside " + left + "–" + (left + g.textWidth()));
                assertTrue(b.getMinY() >= g.bottom() - 0.5 && b.getMaxY() <= g.height() - g.top() + 0.5,
                        "image on page " + d.page() + " at y " + b.getMinY() + "–" + b.getMaxY() + " outside the text block");
            }
            var icon = drawn.get(0).box();
            assertTrue(icon.getHeight() <= BookReplacedElements.INLINE_HEIGHT + 0.5, "an icon in a line stays small: " + icon);
            var tall = drawn.get(drawn.size() - 1).box();
            assertTrue(tall.getHeight() <= BookReplacedElements.PAGE_SHARE * g.textHeight() + 0.5, "the tall figure fits a page: " + tall);
            var cell = drawn.get(3).box();
            assertTrue(cell.getWidth() <= g.textWidth() / 4, "a photo in a 4-column table takes a quarter of the measure: " + cell);
            long pagesWithImages = drawn.stream().mapToInt(PdfImages.Drawn::page).distinct().count();
            assertTrue(pagesWithImages <= 5, "27 images on " + pagesWithImages + " pages");
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                all.append(Pdfs.pageText(doc, i));
            }
            assertTrue(all.toString().contains("Words before an icon"), all.toString());
            assertTrue(all.toString().contains("A Title in HTML"), all.toString());
        }
    }
}
