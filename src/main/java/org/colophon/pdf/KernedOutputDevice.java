package org.colophon.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTextArray;
import java.awt.geom.AffineTransform;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.FSFont;
import org.xhtmlrenderer.render.JustificationInfo;

/**
 * Draws text kerned, as {@link KernedTextRenderer} measures it. Flying Saucer draws a run as one string (with
 * justification, one TJ array of per-character offsets). Here a run with a kerned pair is drawn in two parts: up to
 * its first kerned pair by Flying Saucer itself, which sets the fill colour (its record of the colour in force is
 * private, so only it may change the colour), and the rest in the same way as Flying Saucer's {@code drawString}
 * (font, text matrix, bold and italic emulation), with each pair's kerning added to the justification offsets of one
 * TJ array. Two text objects for a kerned run, rather than one per pair, keep the file near its old size.
 */
final class KernedOutputDevice extends ITextOutputDevice {
    /** The font Flying Saucer set last, which it draws the next text with. */
    private FSFont font;
    private float pageHeight;

    KernedOutputDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    @Override
    public void setFont(FSFont font) {
        super.setFont(font);
        this.font = font;
    }

    @Override
    public void initializePage(PdfContentByte currentPage, float height) {
        super.initializePage(currentPage, height);
        this.pageHeight = height;
    }

    @Override
    public void drawString(String s, float x, float y, JustificationInfo info) {
        Kerning kerning = font instanceof ITextFSFont f ? Kerning.of(f.getFontDescription().getFont()) : null;
        int first = kerning == null ? -1 : firstPair(kerning, s);
        if (first < 0) {
            super.drawString(s, x, y, info);
            return;
        }
        String head = s.substring(0, first + 1);
        super.drawString(head, x, y, info);
        float size = font.getSize2D();
        BaseFont bf = ((ITextFSFont) font).getFontDescription().getFont();
        float at = x + bf.getWidthPoint(head, size) + justification(head, info)
                + kerning.pair(s.charAt(first), s.charAt(first + 1)) * size / 1000;
        drawKerned(s.substring(first + 1), at, y, info, kerning);
    }

    /** The index of the first character of a string that kerns with the next, or -1. */
    private static int firstPair(Kerning kerning, String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (kerning.pair(s.charAt(i), s.charAt(i + 1)) != 0) {
                return i;
            }
        }
        return -1;
    }

    /** The room Flying Saucer's justification puts after each character of a part of a run that is not its end, in dots. */
    private static float justification(String part, JustificationInfo info) {
        float room = 0;
        for (int i = 0; info != null && i < part.length(); i++) {
            room += isSpace(part.charAt(i)) ? info.spaceAdjust() : info.nonSpaceAdjust();
        }
        return room;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u3000';
    }

    /** Flying Saucer's {@code drawString} after its fill colour is set, with kerning in the TJ array. */
    private void drawKerned(String s, float x, float y, JustificationInfo info, Kerning kerning) {
        PdfContentByte cb = getCurrentPage();
        float dotsPerPoint = getDotsPerPoint();
        AffineTransform at = (AffineTransform) getTransform().clone();
        at.translate(x, y);
        AffineTransform inverse = new AffineTransform(1, 0, 0, -1, 0, pageHeight);   // PDF's y runs up the page
        inverse.concatenate(at);
        inverse.concatenate(AffineTransform.getScaleInstance(1, -1));
        inverse.scale(dotsPerPoint, dotsPerPoint);
        double[] mx = new double[6];
        inverse.getMatrix(mx);
        FontDescription desc = ((ITextFSFont) font).getFontDescription();
        float fontSize = font.getSize2D() / dotsPerPoint;
        cb.beginText();
        cb.setFontAndSize(desc.getFont(), fontSize);
        float b = (float) mx[1];
        float c = (float) mx[2];
        boolean resetMode = false;
        FontSpecification spec = getFontSpecification();
        if (spec != null) {
            if (ITextFontResolver.convertWeightToInt(spec.fontWeight) > desc.getWeight()) {
                cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);   // stroke colour set by the head
                cb.setLineWidth(fontSize * 0.04f);
                resetMode = true;
            }
            if (spec.fontStyle == IdentValue.ITALIC && desc.getStyle() != IdentValue.ITALIC && desc.getStyle() != IdentValue.OBLIQUE) {
                b = 0f;
                c = 0.21256f;
            }
        }
        cb.setTextMatrix((float) mx[0], b, c, (float) mx[3], (float) mx[4], (float) mx[5]);
        PdfTextArray array = new PdfTextArray();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            array.add(Character.toString(ch));
            if (i + 1 < s.length()) {
                float room = info == null ? 0 : isSpace(ch) ? info.spaceAdjust() : info.nonSpaceAdjust();
                // TJ moves left by thousandths of the size: justification widens, a negative kern narrows
                array.add(-room / font.getSize2D() * 1000 - kerning.pair(ch, s.charAt(i + 1)));
            }
        }
        cb.showText(array);
        if (resetMode) {
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
            cb.setLineWidth(1);
        }
        cb.endText();
    }
}
