package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Pdfs;
import org.colophon.testing.VeraPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** book.yaml's print: section, and what the PDF writer does with images, on small manuscripts. */
class PrintLayoutTest {
    static final String CHAPTERS = "chapters: [one.md, two.md, three.md]\n";

    @TempDir
    Path tmp;

    private Manuscripts threeChapters(String print) throws IOException {
        Manuscripts m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML + CHAPTERS + print);
        for (String name : List.of("one", "two", "three")) {
            m.file(name + ".md", "# Chapter " + name + "\n\n" + "Some text of the chapter. ".repeat(40) + "\n");
        }
        return m;
    }

    private PDDocument pdf(Manuscripts m) throws IOException {
        Manuscripts.Run run = m.build("--format", "pdf");
        assertEquals(0, run.exit(), run.err());
        return Loader.loadPDF(m.out().resolve("a-test-book.pdf").toFile());
    }

    @Test
    void namedAndCustomTrimSizes() throws IOException {
        try (PDDocument doc = pdf(threeChapters("print:\n  trim: 5x8\n"))) {
            assertEquals(360, doc.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(576, doc.getPage(0).getMediaBox().getHeight(), 0.01);
        }
        try (PDDocument doc = pdf(threeChapters("print:\n  trim: 150mm x 220mm\n"))) {
            // Flying Saucer rounds page sizes to its internal units: within a twentieth of a point
            assertEquals(150 * 72 / 25.4, doc.getPage(0).getMediaBox().getWidth(), 0.05);
            assertEquals(220 * 72 / 25.4, doc.getPage(0).getMediaBox().getHeight(), 0.05);
        }
    }

    @Test
    void badTrimIsAnError() throws IOException {
        Manuscripts m = threeChapters("print:\n  trim: letter\n");
        Manuscripts.Run run = m.build("--format", "pdf");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("book.yaml:7:9: error: 'letter' is not a trim size"), run.err());
    }

    @Test
    void rectoOpeningsPutEveryChapterOnAnOddPage() throws IOException {
        try (PDDocument doc = pdf(threeChapters("print:\n  recto-openings: true\n"))) {
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                int page = Pdfs.pageOf(doc, item.getDestination());
                assertEquals(0, page % 2, item.getTitle() + " opens on a recto (page " + (page + 1) + ")");
            }
        }
    }

    @Test
    void bleedGrowsThePageAndSetsTrimAndBleedBoxes() throws IOException {
        try (PDDocument doc = pdf(threeChapters("print:\n  bleed: 0.125in\n"))) {
            PDPage recto = doc.getPage(0);
            PDPage verso = doc.getPage(1);
            assertEquals(441, recto.getMediaBox().getWidth(), 0.01);
            assertEquals(666, recto.getMediaBox().getHeight(), 0.01);
            assertBox(new PDRectangle(0, 9, 432, 648), recto.getTrimBox());
            assertBox(new PDRectangle(9, 9, 432, 648), verso.getTrimBox());
            assertBox(recto.getMediaBox(), recto.getBleedBox());
        }
    }

    @Test
    void marginUnderHalfAnInchIsRaisedWithAWarning() throws IOException {
        Manuscripts m = threeChapters("print:\n  margin-inside: 0.25in\n");
        Manuscripts.Run run = m.build("--format", "pdf");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("book.yaml:7:18: warning: margin-inside 0.25in is under 0.5in"), run.err());
    }

    @Test
    void lowResolutionFigureIsAWarningWithItsDpi() throws IOException {
        Manuscripts m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML).file("one.md", "# One\n\n![A small picture.](pic.png)\nIts caption.\n")
                .bytes("pic.png", png(480, 300, false));
        Manuscripts.Run run = m.build("--format", "pdf");
        assertEquals(0, run.exit(), run.err());
        // 480 px across a 4.875 in text block (6 in less 0.5 in inside and 0.625 in outside)
        assertTrue(run.err().contains("one.md:3:1: warning: image 'pic.png' prints at 98 dpi across the text block; "
                + "printers ask for 300 (give it at least 1463 pixels of width, or set print.min-dpi)"), run.err());
    }

    /** Bug 7 of issue 10, and --strict usable on a real book: every figure is seen, each image file warned about once. */
    @Test
    void everyFigureIsCheckedWhereverItStandsAndEachImageOnce() throws IOException {
        Manuscripts m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML).file("one.md", """
                # One

                > ![A small picture in a quotation.](pic.png)
                > Its caption.

                - ![The same picture in a list.](pic.png)
                  Again.

                ![Another small one.](other.png)
                Caption.
                """).bytes("pic.png", png(480, 300, false)).bytes("other.png", png(600, 300, false));
        Manuscripts.Run run = m.build("--format", "pdf");
        assertEquals(0, run.exit(), run.err());
        assertEquals(1, run.err().split("image 'pic.png' prints at", -1).length - 1, run.err());
        assertTrue(run.err().contains("one.md:3:3: warning: image 'pic.png' prints at 98 dpi"), run.err());
        assertTrue(run.err().contains("one.md:9:1: warning: image 'other.png' prints at 123 dpi"), run.err());
        assertTrue(run.out().contains("3 figures"), run.out());
        // the threshold is the author's: at 90 dpi the first image passes, the second too
        m.file("book.yaml", Manuscripts.VALID_YAML + "print:\n  min-dpi: 90\n");
        Manuscripts.Run lenient = m.build("--format", "pdf");
        assertEquals(0, lenient.exit(), lenient.err());
        assertFalse(lenient.err().contains("dpi"), lenient.err());
    }

    @Test
    void imageWithAlphaIsFlattenedForPdfA() throws Exception {
        Manuscripts m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML).file("one.md", "# One\n\n![A translucent square.](glass.png)\nGlass.\n")
                .bytes("glass.png", png(1600, 1000, true));
        try (PDDocument doc = pdf(m)) {
            int images = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject img) {
                        assertNull(img.getCOSObject().getItem(COSName.SMASK), "no soft mask");
                        images++;
                    }
                }
            }
            assertEquals(1, images);
        }
        assertEquals(List.of(), VeraPdf.pdfA1bFailures(m.out().resolve("a-test-book.pdf")));
    }

    private static byte[] png(int w, int h, boolean alpha) throws IOException {
        BufferedImage img = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(40, 90, 160, alpha ? 120 : 255));
        g.fillRect(0, 0, w, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static void assertBox(PDRectangle expected, PDRectangle actual) {
        assertEquals(expected.getLowerLeftX(), actual.getLowerLeftX(), 0.01, "x");
        assertEquals(expected.getLowerLeftY(), actual.getLowerLeftY(), 0.01, "y");
        assertEquals(expected.getWidth(), actual.getWidth(), 0.01, "width");
        assertEquals(expected.getHeight(), actual.getHeight(), 0.01, "height");
    }
}
