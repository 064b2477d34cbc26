package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.epub.EpubValidator;
import org.colophon.print.PrintLayout;
import org.colophon.testing.Epubs;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.PdfImages;
import org.colophon.testing.TestImages;
import org.colophon.testing.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code {width=50%}} after a figure's image: its printed width in both books, and the width the dpi proof measures. */
class FigureWidthTest {
    @TempDir
    Path tmp;

    @Test
    void aFigureWidthIsUsedInBothBooksAndByTheDpiProof() throws IOException {
        Manuscripts m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML);
        // 900 px: 184 dpi across the text block (4.875 in), 369 dpi at 50 %
        m.bytes("images/small.png", TestImages.png(900, 600)).bytes("images/tiny.png", TestImages.png(300, 200)).bytes("images/big.png", TestImages.png(2000, 1000));
        m.file("one.md", """
                # One

                ![A small web image.](images/small.png){width=50%}
                Printed at half the measure.

                ![A tiny one.](images/tiny.png){width=40%}
                Still too small.

                ![A bad width.](images/big.png){width=wide}
                """);
        Manuscripts.Run run = m.build("--no-validate");
        assertEquals(0, run.exit(), run.err());
        String dir = m.dir().toAbsolutePath().toString();
        assertTrue(!run.err().contains("'small.png' prints at"), "sharp at half the measure: " + run.err());
        assertTrue(run.err().contains(dir + "/one.md:6:1: warning: image 'tiny.png' prints at 153 dpi at 40% of the text block"), run.err());
        assertTrue(run.err().contains(dir + "/one.md:9:1: warning: width=wide is not a share of the text block"), run.err());
        Path epub = m.out().resolve("a-test-book.epub");
        assertEquals(List.of(), new EpubValidator().validate(epub));
        var imgs = Xml.elements(Xml.parse(Epubs.entries(epub).get("EPUB/one.xhtml")), "img");
        assertEquals("width: 50%", imgs.get(0).getAttribute("style"));
        assertEquals("", imgs.get(2).getAttribute("style"));
        try (PDDocument doc = Loader.loadPDF(m.out().resolve("a-test-book.pdf").toFile())) {
            PageGeometry g = PageGeometry.of(PrintLayout.defaults(), doc.getNumberOfPages());
            List<PdfImages.Drawn> drawn = PdfImages.drawn(doc);
            assertEquals(3, drawn.size());
            assertEquals(g.textWidth() * 0.5, drawn.get(0).box().getWidth(), 1.0);
            assertEquals(g.textWidth() * 0.4, drawn.get(1).box().getWidth(), 1.0);
            assertEquals(g.textWidth(), drawn.get(2).box().getWidth(), 1.0);
        }
    }
}
