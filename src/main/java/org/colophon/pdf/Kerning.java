package org.colophon.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A face's pair kerning, in thousandths of the size. Literata kerns only in its GPOS table, which OpenPDF does not read
 * (its own kerning reads the legacy 'kern' table alone), so the pairs come from Java's text layout, which applies
 * GPOS: the position of the second glyph of a pair laid out with kerning, less its position without. Each pair is
 * asked once per face and kept. Only letters, digits and punctuation kern: never a space (a line's width is then
 * the sum of its words' and its spaces', as {@link LineBreaks} counts it), a format character or a combining mark.
 */
final class Kerning {
    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);
    private static final Map<BaseFont, Kerning> BY_FONT = new ConcurrentHashMap<>();

    private final Font kerned;
    private final Font plain;
    /** Pairs of Latin letters (below {@link #DENSE}), asked for at every width Flying Saucer measures: NaN until known. */
    private final float[] latin = new float[DENSE * DENSE];
    private final Map<Integer, Float> pairs = new ConcurrentHashMap<>();
    private static final int DENSE = 0x180;

    private Kerning(Font face) {
        this.plain = face.deriveFont(1000f);
        this.kerned = face.deriveFont(Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON, TextAttribute.SIZE, 1000f));
        Arrays.fill(latin, Float.NaN);
    }

    /** Reads the kerning of a face whose OpenPDF font is {@code font}, unless it is known. */
    static void register(BaseFont font, byte[] data) throws IOException {
        if (BY_FONT.containsKey(font)) {
            return;
        }
        try {
            BY_FONT.putIfAbsent(font, new Kerning(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(data))));
        } catch (FontFormatException e) {
            throw new IOException("cannot read the kerning of " + font.getPostscriptFontName() + ": " + e.getMessage(), e);
        }
    }

    /** The kerning of an OpenPDF font made by {@link PrintFonts}, or none. */
    static Kerning of(BaseFont font) {
        return BY_FONT.get(font);
    }

    /** The adjustment between two characters, in thousandths of the size (negative: closer). */
    float pair(char first, char second) {
        if (!kerns(first) || !kerns(second) || acrossABreak(first, second)) {
            return 0;
        }
        if (first < DENSE && second < DENSE) {
            float known = latin[first * DENSE + second];
            if (Float.isNaN(known)) {
                known = measure(first, second);
                latin[first * DENSE + second] = known;   // a race only measures the same pair twice
            }
            return known;
        }
        return pairs.computeIfAbsent(first << 16 | second, key -> measure(first, second));
    }

    /** The sum of the adjustments between the characters of a string, in thousandths of the size. */
    float total(String s) {
        float sum = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            sum += pair(s.charAt(i), s.charAt(i + 1));
        }
        return sum;
    }

    private float measure(char first, char second) {
        char[] pair = {first, second};
        GlyphVector with = kerned.layoutGlyphVector(FRC, pair, 0, 2, Font.LAYOUT_LEFT_TO_RIGHT);
        GlyphVector without = plain.layoutGlyphVector(FRC, pair, 0, 2, Font.LAYOUT_LEFT_TO_RIGHT);
        if (with.getNumGlyphs() != 2 || without.getNumGlyphs() != 2) {
            return 0;   // a ligature or a composed glyph: not a pair
        }
        return Math.round(with.getGlyphPosition(1).getX() - without.getGlyphPosition(1).getX());
    }

    /**
     * Whether Flying Saucer may break a line between two characters: after a dash, before a slash. It measures the
     * pieces between its break points apart and adds them up to test what fits, so a kern across one would be drawn
     * but not in that sum, and a line the breaker chose could no longer fit ("Jean-Yves", "1968–75", "TCP/IP").
     */
    private static boolean acrossABreak(char first, char second) {
        return first == '-' || first == '\u2010' || first == '\u2013' || first == '\u2014' || second == '/';
    }

    private static boolean kerns(char c) {
        if (Character.isWhitespace(c) || Character.isSurrogate(c) || Character.isSpaceChar(c)) {
            return false;
        }
        int type = Character.getType(c);
        return type != Character.FORMAT && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                && type != Character.COMBINING_SPACING_MARK && type != Character.CONTROL;
    }
}
