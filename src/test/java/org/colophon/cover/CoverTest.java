package org.colophon.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.colophon.book.Book;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.manuscript.ManuscriptLoader;
import org.colophon.markdown.BookAssembler;
import org.colophon.output.Format;
import org.colophon.output.Inputs;
import org.colophon.output.WriterSettings;
import org.colophon.output.Writers;
import org.colophon.output.Written;
import org.colophon.print.PrintLayout;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Pdfs;
import org.colophon.testing.VeraPdf;
import org.colophon.typeface.Typefaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paperback cover, written from small manuscripts and read back with PDFBox. */
class CoverTest {
    static final float IN = 72;

    @TempDir
    Path tmp;

    /** A book and the print layout its book.yaml sets, as a build hands them to the cover writer. */
    private record Edition(Book book, PrintLayout layout, WriterSettings settings) {
        List<Diagnostic> proof() {
            return new CoverWriter().proof(book, settings);
        }

        /** Writes the cover as a build does after an interior of {@code pages} pages. */
        Written write(int pages, OutputStream out) throws IOException {
            Written interior = Written.of(List.of(), Map.of()).withPages(new Written.Pages(pages, List.of()));
            return new CoverWriter().write(book, Inputs.of(settings).with(Format.PDF, interior), out);
        }
    }

    private Edition book(String extraYaml) throws IOException {
        Manuscripts m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML + "subtitle: A Subtitle\n" + extraYaml);
        m.file("one.md", "# One\n\nSome text.\n");
        Files.createDirectories(tmp.resolve("covers"));
        Files.copy(Path.of("covers/front.jpg"), tmp.resolve("covers/front.jpg"), StandardCopyOption.REPLACE_EXISTING);
        Diagnostics d = new Diagnostics();
        var manuscript = new ManuscriptLoader(d).load(m.dir()).orElseThrow();
        Book book = new BookAssembler(d).assemble(manuscript, Typefaces.literata(), Instant.EPOCH);
        assertFalse(d.sorted().stream().anyMatch(x -> x.isError()), d.sorted().toString());
        return new Edition(book, manuscript.print(), manuscript.writerSettings());
    }

    private PDDocument cover(Edition edition, int pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        edition.write(pages, out);
        return Loader.loadPDF(out.toByteArray());
    }

    @Test
    void sizeFromTrimPaperAndPageCount() throws IOException {
        // KDP: width = 2 × trim + pages × paper + 0.25 in, height = trim + 0.25 in; an odd count is made even
        record Case(String paper, int pages, double perPage) {
        }
        for (Case c : List.of(new Case("white", 120, 0.002252), new Case("white", 401, 0.002252),
                new Case("cream", 120, 0.0025), new Case("cream", 401, 0.0025))) {
            Edition book = book("print:\n  paper: " + c.paper() + "\n");
            try (PDDocument doc = cover(book, c.pages())) {
                assertEquals(1, doc.getNumberOfPages());
                PDPage page = doc.getPage(0);
                double spine = (c.pages() + c.pages() % 2) * c.perPage();
                double width = (2 * 6 + spine + 0.25) * IN;
                assertEquals(width, page.getMediaBox().getWidth(), 0.01, c.toString());
                assertEquals(9.25 * IN, page.getMediaBox().getHeight(), 0.01, c.toString());
                assertEquals(width, page.getBleedBox().getWidth(), 0.01);
                PDRectangle trim = page.getTrimBox();
                assertEquals(0.125 * IN, trim.getLowerLeftX(), 0.01);
                assertEquals(0.125 * IN, trim.getLowerLeftY(), 0.01);
                assertEquals(width - 0.25 * IN, trim.getWidth(), 0.01);
                assertEquals(9 * IN, trim.getHeight(), 0.01);
            }
        }
    }

    /** The cover is PDF/A-1b as the interior is, set up by the same {@code press.PdfStandard}: veraPDF finds nothing. */
    @Test
    void aPdfaCoverPassesVeraPdf() throws Exception {
        Edition book = book("cover: ../covers/front.jpg\nback-cover: A blurb in *italics* and **bold**.\n");
        Path cover = tmp.resolve("cover.pdf");
        try (OutputStream out = Files.newOutputStream(cover)) {
            book.write(200, out);
        }
        assertEquals(List.of(), VeraPdf.pdfA1bFailures(cover));
    }

    @Test
    void anExactSpineWidthWins() throws IOException {
        try (PDDocument doc = cover(book("print:\n  spine-width: 0.5in\n"), 120)) {
            assertEquals((12.5 + 0.25) * IN, doc.getPage(0).getMediaBox().getWidth(), 0.01);
        }
    }

    private static String spineText(PDDocument doc, Edition book, int pages) throws IOException {
        CoverGeometry g = CoverGeometry.of(book.layout(), pages);
        return Pdfs.areaText(doc, 0, (float) g.spineLeft(), 0, (float) g.spine(), (float) g.height()).strip();
    }

    @Test
    void spineTextFrom79PagesOnly() throws IOException {
        Edition book = book("");
        try (PDDocument doc = cover(book, 79)) {   // 80 once even: KDP's threshold is 79
            String spine = spineText(doc, book, 79);
            assertTrue(spine.contains("Ada Writer"), spine);
            assertTrue(spine.replaceAll("\\s+", " ").contains("A Test Book"), spine);
        }
        try (PDDocument doc = cover(book, 77)) {
            assertEquals("", spineText(doc, book, 77));
        }
    }

    @Test
    void spineTextKeepsClearOfTheFolds() throws IOException {
        Edition book = book("");
        CoverGeometry g = CoverGeometry.of(book.layout(), 300);
        try (PDDocument doc = cover(book, 300)) {
            // nothing in the 0.0625 in beside each fold, inside the spine
            double clear = 0.0625 * IN - 0.5;
            assertEquals("", Pdfs.areaText(doc, 0, (float) g.spineLeft(), 0, (float) clear, (float) g.height()).strip());
            assertEquals("", Pdfs.areaText(doc, 0, (float) (g.frontLeft() - clear), 0, (float) clear, (float) g.height()).strip());
            assertFalse(Pdfs.areaText(doc, 0, (float) g.spineLeft(), 0, (float) g.spine(), (float) g.height()).isBlank());
        }
    }

    @Test
    void typesetFrontAndBlurbOnTheBackWithAnEmptyBarcodeArea() throws IOException {
        String blurb = "back-cover: |\n  A *short* book about **tests**.\n\n  " + "A second paragraph of the blurb that runs on. ".repeat(40) + "\n";
        Edition book = book(blurb);
        CoverGeometry g = CoverGeometry.of(book.layout(), 200);
        try (PDDocument doc = cover(book, 200)) {
            String front = Pdfs.areaText(doc, 0, (float) g.frontLeft(), 0, (float) (g.width() - g.frontLeft()), (float) g.height());
            assertTrue(front.contains("A Test Book") && front.contains("A Subtitle") && front.contains("Ada Writer"), front);
            String back = Pdfs.areaText(doc, 0, 0, 0, (float) g.spineLeft(), (float) g.height());
            assertTrue(back.contains("A short book about tests."), back);
            assertTrue(back.contains("A second paragraph"), back);
            double[] b = g.barcode();
            assertEquals(2 * IN, b[2] - b[0], 0.01);
            assertEquals(1.2 * IN, b[3] - b[1], 0.01);
            assertTrue(g.spineLeft() - b[2] >= 0.25 * IN - 0.01 && b[1] - 0.125 * IN >= 0.25 * IN - 0.01);
            assertEquals("", Pdfs.areaText(doc, 0, (float) b[0], (float) b[1], (float) (b[2] - b[0]), (float) (b[3] - b[1])).strip());
            for (PDFont f : fonts(doc.getPage(0))) {
                assertTrue(f.isEmbedded(), f.getName());
                assertTrue(f.getName().matches("[A-Z]{6}\\+Literata.*"), f.getName());
            }
        }
    }

    @Test
    void theFrontImageFillsFrontAndBleedAndLeavesTheBarcodeAreaAlone() throws IOException {
        Edition book = book("cover: ../covers/front.jpg\nback-cover: A blurb.\n");
        CoverGeometry g = CoverGeometry.of(book.layout(), 200);
        try (PDDocument doc = cover(book, 200)) {
            List<double[]> placed = imagePlacements(doc.getPage(0));
            assertEquals(1, placed.size());
            double[] p = placed.get(0);   // x, y, width, height of the drawn image
            assertTrue(p[0] <= g.frontLeft() + 0.01 && p[0] + p[2] >= g.width() - 0.01, Arrays.toString(p));
            assertTrue(p[1] <= 0.01 && p[1] + p[3] >= g.height() - 0.01, Arrays.toString(p));
            double[] b = g.barcode();
            assertTrue(p[0] >= b[2], "the image reaches into the barcode area");
        }
    }

    @Test
    void coverImageBelow300DpiIsAWarningBeforeLayout() throws IOException {
        Edition book = book("cover: ../covers/front.jpg\n");   // 1600 × 2560 px over 6.125 × 9.25 in: 261 dpi
        var warnings = book.proof();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).toString().endsWith("/book.yaml:6:8: warning: the cover image '../covers/front.jpg' prints at "
                + "261 dpi on the paperback's front (6.125 × 9.250 in with bleed); printers ask for 300: give it at least "
                + "1838 × 2775 pixels"), "at its value in book.yaml, as written there: " + warnings.get(0));
    }

    /** The author's photo sits at the foot of the back, inside the trim's safe area, clear of the barcode area. */
    @Test
    void theAuthorPhotoStandsOnTheBackClearOfTheBarcodeAndTheBlurbAboveIt() throws IOException {
        Files.createDirectories(tmp.resolve("manuscript/images"));
        BufferedImage img = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(img, "png", tmp.resolve("manuscript/images/author.png").toFile());
        Edition book = book("author-photo: images/author.png\nback-cover: |\n  " + "A blurb that runs on for a while. ".repeat(30) + "\n");
        assertTrue(book.book().images().isEmpty(), "the photo is for print only, not in the ebook: " + book.book().images());
        CoverGeometry g = CoverGeometry.of(book.layout(), 200);
        try (PDDocument doc = cover(book, 200)) {
            List<double[]> placed = imagePlacements(doc.getPage(0));
            assertEquals(1, placed.size(), "the photo (the front is typeset)");
            double[] p = placed.get(0);
            double[] b = g.barcode();
            double safe = CoverGeometry.BLEED + CoverGeometry.SAFE;
            assertTrue(p[0] >= safe && p[1] >= safe && p[0] + p[2] <= g.spineLeft() - CoverGeometry.SAFE, Arrays.toString(p));
            assertTrue(p[0] + p[2] <= b[0] || p[1] >= b[3], "the photo keeps out of the barcode area");
            assertEquals(1.5 * IN, p[2], 0.01);
            assertEquals(2 * IN, p[3], 0.01);
            String belowPhotoTop = Pdfs.areaText(doc, 0, 0, 0, (float) g.spineLeft(), (float) (p[1] + p[3]));
            assertEquals("", belowPhotoTop.strip(), "the blurb stands above the photo");
            assertTrue(Pdfs.areaText(doc, 0, 0, 0, (float) g.spineLeft(), (float) g.height()).contains("A blurb that runs on"));
        }
        var warnings = book.proof();
        assertTrue(warnings.stream().anyMatch(w -> w.message().contains("the author photo 'images/author.png' prints at 200 dpi")),
                warnings.toString());
    }

    /** The blurb is set in the book's faces like any text: a letter they lack is an error before anything is written. */
    @Test
    void theBlurbPassesTheGlyphGate() throws IOException {
        Manuscripts m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML + "back-cover: Ticked \u2713 and *Vi\u1EC7t*.\n");
        m.file("one.md", "# One\n\nSome text.\n");
        Manuscripts.Run run = m.build("--format", "cover", "--no-validate");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("'\u2713' (U+2713) has no glyph in Literata Regular"), run.err());
        assertTrue(m.nothingWritten(), "no cover and no interior");
    }

    @Test
    void pageCountOutsideKdpsLimitsIsAWarning() throws IOException {
        Edition book = book("print:\n  paper: cream\n");
        Written w = book.write(800, new ByteArrayOutputStream());
        assertEquals(1, w.warnings().size());
        assertTrue(w.warnings().get(0).message().contains("24 to 776"), w.warnings().get(0).message());
        Edition white = book("print:\n  paper: white\n");
        assertEquals(List.of(), white.write(800, new ByteArrayOutputStream()).warnings());
    }

    @Test
    void theCoverNeedsTheInteriorWhichIsWrittenFirst() {
        Writers.Plan plan = Writers.plan(Set.of(CoverWriter.COVER));
        assertEquals(List.of("pdf", "cover"), plan.writers().stream().map(w -> w.format().name()).toList());
        assertEquals(Set.of(Format.PDF), plan.steps().get(1).after(), "the cover is handed what the interior wrote");
        List<String> all = Writers.plan(Set.of(Format.ALL)).writers().stream().map(w -> w.format().name()).toList();
        assertTrue(all.indexOf("pdf") < all.indexOf("cover"), all.toString());
    }

    @Test
    void aBuildOfTheCoverAloneWritesTheInteriorAndUsesItsPageCount() throws IOException {
        Manuscripts m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML);
        m.file("one.md", "# One\n\n" + "Some text of the chapter. ".repeat(400) + "\n");
        Manuscripts.Run run = m.build("--format", "cover");
        assertEquals(0, run.exit(), run.err());
        int pages;
        try (PDDocument interior = Loader.loadPDF(m.out().resolve("a-test-book.pdf").toFile())) {
            pages = interior.getNumberOfPages();
        }
        try (PDDocument cover = Loader.loadPDF(m.out().resolve("a-test-book-cover.pdf").toFile())) {
            double spine = (pages + pages % 2) * 0.002252 * IN;
            assertEquals(12 * IN + spine + 0.25 * IN, cover.getPage(0).getMediaBox().getWidth(), 0.01);
        }
        assertTrue(run.err().contains("KDP prints a paperback of 24 to 828 pages"), run.err());
        assertTrue(Files.exists(m.out().resolve("a-test-book-cover.pdf")));
    }

    static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> out = new ArrayList<>();
        for (COSName n : page.getResources().getFontNames()) {
            out.add(page.getResources().getFont(n));
        }
        return out;
    }

    /** Where each image is drawn on the page: x, y, width, height in user space. */
    static List<double[]> imagePlacements(PDPage page) throws IOException {
        List<double[]> placed = new ArrayList<>();
        PDFStreamEngine engine = new PDFStreamEngine() {
            {
                addOperator(new Concatenate(this));
                addOperator(new SetMatrix(this));
                addOperator(new Save(this));
                addOperator(new Restore(this));
                addOperator(new SetGraphicsStateParameters(this));
                addOperator(new DrawObject(this));
            }

            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                if (operator.getName().equals("Do")) {
                    PDXObject x = getResources().getXObject((COSName) operands.get(0));
                    if (x instanceof PDImageXObject) {
                        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                        placed.add(new double[] {m.getTranslateX(), m.getTranslateY(), m.getScalingFactorX(), m.getScalingFactorY()});
                        return;
                    }
                }
                super.processOperator(operator, operands);
            }
        };
        engine.processPage(page);
        return placed;
    }
}
