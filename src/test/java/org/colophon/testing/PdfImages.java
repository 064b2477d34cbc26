package org.colophon.testing;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/** Where a PDF draws its raster images: each drawing's page (0-based) and rectangle in PDF user space. */
public final class PdfImages {
    public record Drawn(int page, Rectangle2D box) {
    }

    private PdfImages() {
    }

    public static List<Drawn> drawn(PDDocument doc) throws IOException {
        List<Drawn> out = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            int page = i;
            PDPage p = doc.getPage(i);
            new PDFGraphicsStreamEngine(p) {
                @Override
                public void drawImage(PDImage image) {
                    Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                    out.add(new Drawn(page, new Rectangle2D.Double(m.getTranslateX(), m.getTranslateY(), m.getScalingFactorX(), m.getScalingFactorY())));
                }
                @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
                @Override public void clip(int windingRule) { }
                @Override public void moveTo(float x, float y) { }
                @Override public void lineTo(float x, float y) { }
                @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
                @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
                @Override public void closePath() { }
                @Override public void endPath() { }
                @Override public void strokePath() { }
                @Override public void fillPath(int windingRule) { }
                @Override public void fillAndStrokePath(int windingRule) { }
                @Override public void shadingFill(COSName shadingName) { }
                void run() throws IOException {
                    processPage(p);
                }
            }.run();
        }
        return out;
    }
}
