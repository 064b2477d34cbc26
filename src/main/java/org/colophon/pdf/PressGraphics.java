package org.colophon.pdf;

import com.lowagie.text.pdf.CMYKColor;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGraphics2D;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Paint;

/**
 * OpenPDF's Java2D, for what is drawn rather than laid out (a formula, an SVG drawing), with its colours as the
 * interior prints them: in grey for black and white, in CMYK for a press (PDF/X-1a refuses any RGB as it writes), by
 * the plain conversion, as for images; as they are for PDF/A.
 */
final class PressGraphics extends PdfGraphics2D {
    static final Color BLACK = new CMYKColor(0f, 0f, 0f, 1f);
    private final boolean cmyk, grey;

    /** {@code fonts}: how text is set in fonts (null with {@code onlyShapes}, which draws text as outlines). */
    PressGraphics(PdfContentByte cb, float width, float height, FontMapper fonts, boolean onlyShapes, boolean cmyk, boolean grey) {
        super(cb, width, height, fonts, onlyShapes, false, 0);
        this.cmyk = cmyk;
        this.grey = grey;
    }

    private PressGraphics(PressGraphics parent) {
        super(parent);
        this.cmyk = parent.cmyk;
        this.grey = parent.grey;
    }

    /** What {@code create()} copies (Batik makes one for each element it draws) prints the same colours. */
    @Override
    protected PdfGraphics2D createChild() {
        return new PressGraphics(this);
    }

    @Override
    public void setColor(Color color) {
        super.setColor(printed(color));
    }

    @Override
    public void setPaint(Paint paint) {
        super.setPaint(paint instanceof Color color ? printed(color) : paint);
    }

    /**
     * An opaque composite is the default: OpenPDF, given one (Batik gives it), makes the colour it has anew as RGB,
     * which a press interior cannot hold.
     */
    @Override
    public void setComposite(Composite composite) {
        if (cmyk && composite instanceof AlphaComposite a && a.getRule() == AlphaComposite.SRC_OVER && a.getAlpha() == 1f) {
            return;
        }
        super.setComposite(composite);
    }

    private Color printed(Color c) {
        if (c == null || c instanceof CMYKColor || !cmyk && !grey) {
            return c;
        }
        if (grey) {
            float light = (0.299f * c.getRed() + 0.587f * c.getGreen() + 0.114f * c.getBlue()) / 255f;
            return cmyk ? new CMYKColor(0f, 0f, 0f, 1 - light) : new Color(light, light, light);
        }
        float r = c.getRed() / 255f, g = c.getGreen() / 255f, b = c.getBlue() / 255f;
        float k = 1 - Math.max(r, Math.max(g, b));
        if (k >= 1) {
            return BLACK;
        }
        return new CMYKColor((1 - r - k) / (1 - k), (1 - g - k) / (1 - k), (1 - b - k) / (1 - k), k);
    }
}
