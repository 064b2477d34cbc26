package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.colophon.testing.Manuscripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** print.standard: pdfx-1a and print.interactive: false, read back with PDFBox (no free PDF/X validator runs here). */
class PressPdfTest {
    @TempDir
    Path tmp;

    private Manuscripts book(String print) throws IOException {
        BufferedImage rgb = new BufferedImage(1800, 600, BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.setColor(new Color(200, 30, 40));
        g.fillRect(0, 0, 1800, 600);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(rgb, "png", png);
        Manuscripts m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML + "cover: red.png\nprint:\n" + print);
        m.bytes("red.png", png.toByteArray());
        m.file("one.md", "# One\n\nText with a [link](https://example.org) and a [heading](#two).\n\n"
                + "![A red panel.](red.png)\nA caption.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n---\n\n## Two\n\nMore `code`.\n");
        return m;
    }

    @Test
    void pdfx1aHasNoRgbAnOutputIntentAndBoxesOnEveryPage() throws IOException {
        Manuscripts m = book("  standard: pdfx-1a\n  interactive: false\n");
        Manuscripts.Run run = m.build("--format", "pdf,cover", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        for (String file : List.of("a-test-book.pdf", "a-test-book-cover.pdf")) {
            try (PDDocument doc = Loader.loadPDF(m.out().resolve(file).toFile())) {
                COSArray intents = doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.OUTPUT_INTENTS);
                COSDictionary intent = (COSDictionary) intents.getObject(0);
                assertEquals("GTS_PDFX", intent.getNameAsString(COSName.S), file);
                assertEquals("CGATS TR 001", intent.getString(COSName.getPDFName("OutputConditionIdentifier")), file);
                assertEquals("PDF/X-1:2001", doc.getDocumentInformation().getCOSObject().getString(COSName.getPDFName("GTS_PDFXVersion")), file);
                assertEquals("PDF/X-1a:2001", doc.getDocumentInformation().getCOSObject().getString(COSName.getPDFName("GTS_PDFXConformance")), file);
                assertEquals(null, doc.getDocumentCatalog().getMetadata(), file + ": PDF 1.3 has no metadata stream, in both files");
                for (PDPage page : doc.getPages()) {
                    assertTrue(page.getCOSObject().containsKey(COSName.TRIM_BOX), file);
                    assertTrue(page.getCOSObject().containsKey(COSName.BLEED_BOX), file);
                    List<String> found = new ArrayList<>();
                    colours(page, found);
                    assertEquals(List.of(), found, file + ": RGB or transparency");
                }
            }
        }
        try (PDDocument doc = Loader.loadPDF(m.out().resolve("a-test-book.pdf").toFile())) {
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            assertTrue(outline == null || outline.getFirstChild() == null, "print.interactive: false keeps no bookmarks");
            for (PDPage page : doc.getPages()) {
                assertEquals(0, page.getAnnotations().size(), "no link annotations");
            }
        }
    }

    /** A colour press interior keeps its colour: its images go in as CMYK, still with no RGB anywhere. */
    @Test
    void aColourPdfxInteriorHasItsImagesInCmyk() throws IOException {
        Manuscripts m = book("  standard: pdfx-1a\n  color: color\n");
        Manuscripts.Run run = m.build("--format", "pdf", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("grey"), run.err());
        try (PDDocument doc = Loader.loadPDF(m.out().resolve("a-test-book.pdf").toFile())) {
            List<String> spaces = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                List<String> found = new ArrayList<>();
                colours(page, found);
                assertEquals(List.of(), found, "RGB or transparency");
                for (COSName n : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(n) instanceof PDImageXObject img) {
                        spaces.add(img.getColorSpace().getName());
                        // the red panel stays red: much magenta and yellow, little cyan
                        BufferedImage rgb = img.getImage();
                        Color c = new Color(rgb.getRGB(rgb.getWidth() / 2, rgb.getHeight() / 2));
                        assertTrue(c.getRed() > 150 && c.getGreen() < 90 && c.getBlue() < 90, "the panel's colour: " + c);
                    }
                }
            }
            assertEquals(List.of("DeviceCMYK"), spaces);
        }
    }

    @Test
    void theDefaultIsPdfaWithBookmarksLinksAndThickEnoughRules() throws IOException {
        Manuscripts m = book("  trim: 6x9\n");
        Manuscripts.Run run = m.build("--format", "pdf", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        try (PDDocument doc = Loader.loadPDF(m.out().resolve("a-test-book.pdf").toFile())) {
            assertTrue(doc.getDocumentCatalog().getDocumentOutline().getFirstChild() != null);
            assertTrue(doc.getPages().getCount() > 0);
            int links = 0;
            List<Float> widths = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                links += page.getAnnotations().size();
                lineWidths(page, widths);
            }
            assertTrue(links >= 2, "links: " + links);
            assertTrue(!widths.isEmpty() && widths.stream().allMatch(w -> w >= 0.75f - 0.001f), widths.toString());
        }
    }

    /** Every RGB colour operator, RGB colour space, RGB image or transparency on a page (and its forms). */
    static void colours(PDPage page, List<String> found) throws IOException {
        PDFStreamEngine engine = new PDFStreamEngine() {
            @Override
            protected void processOperator(Operator op, List<COSBase> operands) throws IOException {
                String name = op.getName();
                if (name.equals("rg") || name.equals("RG")) {
                    found.add(name + " " + operands);
                } else if ((name.equals("cs") || name.equals("CS")) && operands.get(0) instanceof COSName cs) {
                    PDColorSpace space = getResources().getColorSpace(cs);
                    if (space.getNumberOfComponents() == 3) {
                        found.add(name + " " + space.getName());
                    }
                }
                super.processOperator(op, operands);
            }
        };
        engine.processPage(page);
        resources(page.getResources(), found);
    }

    private static void resources(PDResources res, List<String> found) throws IOException {
        if (res == null) {
            return;
        }
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDImageXObject img) {
                if (img.getColorSpace().getNumberOfComponents() == 3) {
                    found.add("image " + n.getName() + " in " + img.getColorSpace().getName());
                }
                if (img.getCOSObject().containsKey(COSName.SMASK)) {
                    found.add("image " + n.getName() + " with a soft mask");
                }
            } else if (x instanceof PDFormXObject form) {
                resources(form.getResources(), found);
            }
        }
        for (COSName n : res.getExtGStateNames()) {
            PDExtendedGraphicsState gs = res.getExtGState(n);
            if (gs.getCOSObject().containsKey(COSName.SMASK) && !COSName.NONE.equals(gs.getCOSObject().getDictionaryObject(COSName.SMASK))) {
                found.add("soft mask in " + n.getName());
            }
            Float ca = gs.getNonStrokingAlphaConstant();
            if (ca != null && ca < 1) {
                found.add("transparency in " + n.getName());
            }
        }
    }

    /**
     * The thickness of each thin shape painted on a page: Flying Saucer paints rules and borders as filled shapes
     * (or stroked lines), so a path whose bounding box is under 3 pt across gives its thin side.
     */
    static void lineWidths(PDPage page, List<Float> widths) throws IOException {
        new PDFGraphicsStreamEngine(page) {
            Path2D.Double path = new Path2D.Double();

            private void painted() {
                Rectangle2D b = path.getBounds2D();
                double thin = Math.min(b.getWidth(), b.getHeight());
                if (!path.getPathIterator(null).isDone() && thin < 3 && Math.max(b.getWidth(), b.getHeight()) > 10) {
                    widths.add((float) thin);
                }
                path = new Path2D.Double();
            }

            @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2,
                    Point2D p3) {
                path.moveTo(p0.getX(), p0.getY());
                path.lineTo(p1.getX(), p1.getY());
                path.lineTo(p2.getX(), p2.getY());
                path.lineTo(p3.getX(), p3.getY());
                path.closePath();
            }
            @Override public void drawImage(PDImage pdImage) { }
            @Override public void clip(int windingRule) { }
            @Override public void moveTo(float x, float y) { path.moveTo(x, y); }
            @Override public void lineTo(float x, float y) { path.lineTo(x, y); }
            @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { path.curveTo(x1, y1, x2, y2, x3, y3); }
            @Override public Point2D getCurrentPoint() { return path.getCurrentPoint(); }
            @Override public void closePath() { path.closePath(); }
            @Override public void endPath() { path = new Path2D.Double(); }
            @Override public void fillPath(int windingRule) { painted(); }
            @Override public void fillAndStrokePath(int windingRule) { painted(); }
            @Override public void shadingFill(COSName shadingName) { }
            @Override public void strokePath() {
                float w = getGraphicsState().getLineWidth() * (float) getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX();
                if (!path.getPathIterator(null).isDone()) {
                    widths.add(w);
                }
                path = new Path2D.Double();
            }
        }.processPage(page);
    }
}
