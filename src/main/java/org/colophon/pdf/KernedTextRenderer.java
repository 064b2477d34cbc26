package org.colophon.pdf;

import com.lowagie.text.pdf.BaseFont;
import org.xhtmlrenderer.extend.FontContext;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextTextRenderer;
import org.xhtmlrenderer.render.FSFont;

/**
 * Flying Saucer's measure of a run of text, kerned: the advance widths, as Flying Saucer sums them, plus the face's
 * pair adjustments ({@link Kerning}). Lines are then broken and justified over the widths {@link KernedOutputDevice}
 * draws.
 */
final class KernedTextRenderer extends ITextTextRenderer {
    /** As Flying Saucer: a width a hair over a whole dot is not rounded up. */
    private static final float TEXT_MEASURING_DELTA = 0.01f;

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        BaseFont bf = ((ITextFSFont) font).getFontDescription().getFont();
        Kerning kerning = Kerning.of(bf);
        float size = font.getSize2D();
        float result = bf.getWidthPoint(string, size) + (kerning == null ? 0 : kerning.total(string) * size / 1000);
        if (result - Math.floor(result) < TEXT_MEASURING_DELTA) {
            return (int) result;
        }
        return (int) Math.ceil(result);
    }
}
