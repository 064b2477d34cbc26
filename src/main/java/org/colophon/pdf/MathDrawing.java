package org.colophon.pdf;

import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.awt.Point;
import java.awt.Rectangle;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * A formula in the laid-out page: jlatexmath draws it into an OpenPDF template through {@code PdfGraphics2D}, its
 * glyphs as text in embedded fonts ({@link MathFonts}), rules as vectors. Its baseline is the formula's, so that
 * Flying Saucer sets it on the line's baseline with its depth below, as a word is; {@code fit} shrinks one wider
 * than its box (warned about before layout).
 */
final class MathDrawing implements ITextReplacedElement {
    private final TeXIcon icon;
    private final double fit;
    private final int width, height, baseline;
    private final boolean cmyk, grey;
    private Point location = new Point(0, 0);

    /**
     * The drawing of {@code icon}, {@code fit} times its size, in a layout of {@code dotsPerPoint}; its colours in
     * CMYK with {@code cmyk} (PDF/X), in grey with {@code grey} (a black-and-white interior).
     */
    MathDrawing(TeXIcon icon, double fit, float dotsPerPoint, boolean cmyk, boolean grey) {
        this.icon = icon;
        this.fit = fit;
        this.cmyk = cmyk;
        this.grey = grey;
        double w = icon.getTrueIconWidth() * fit;
        double above = icon.getBox().getHeight() * icon.getTrueIconHeight()
                / Math.max(icon.getBox().getHeight() + icon.getBox().getDepth(), 1e-6) * fit;
        double h = icon.getTrueIconHeight() * fit;
        this.width = Math.max(1, (int) Math.ceil(w * dotsPerPoint));
        this.height = Math.max(1, (int) Math.ceil(h * dotsPerPoint));
        this.baseline = (int) Math.round(above * dotsPerPoint);
    }

    @Override
    public void paint(RenderingContext c, ITextOutputDevice device, BlockBox box) {
        Rectangle at = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), c);
        float w = width / device.getDotsPerPoint();
        float h = height / device.getDotsPerPoint();
        PdfTemplate template = device.getWriter().getDirectContent().createTemplate(w, h);
        PressGraphics g = new PressGraphics(template, w, h, new MathFonts(), false, cmyk, grey);
        g.scale(fit, fit);
        synchronized (TexFormulas.LOCK) {   // jlatexmath reads its fonts from static fields as it draws
            icon.setForeground(cmyk ? PressGraphics.BLACK : Color.BLACK);
            icon.paintIcon(null, g, 0, 0);
        }
        g.dispose();
        try {
            com.lowagie.text.Image picture = com.lowagie.text.Image.getInstance(template);
            picture.scaleAbsolute(width, height);
            device.drawImage(new ITextFSImage(picture), at.x, at.y);
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException("OpenPDF could not hold the formula: " + e.getMessage(), e);
        }
    }

    @Override
    public int getIntrinsicWidth() {
        return width;
    }

    @Override
    public int getIntrinsicHeight() {
        return height;
    }

    @Override
    public Point getLocation() {
        return location;
    }

    @Override
    public void setLocation(int x, int y) {
        location = new Point(x, y);
    }

    @Override
    public void detach(LayoutContext c) {
    }

    @Override
    public boolean isRequiresInteractivePaint() {
        return false;
    }

    /** The formula's baseline, from its top: what lies below it is its depth. */
    @Override
    public boolean hasBaseline() {
        return true;
    }

    @Override
    public int getBaseline() {
        return baseline;
    }
}
