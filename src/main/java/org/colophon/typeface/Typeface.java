package org.colophon.typeface;

import java.util.Comparator;
import java.util.List;

/**
 * A typeface: its family name, who designed it, its licence and its faces. The text and code faces have all four
 * (regular, italic, bold, bold italic); a fallback face may have fewer (Chinese, Japanese and Korean faces have no
 * italic), and sets a style it lacks in the nearest it has ({@link #nearest}).
 */
public record Typeface(String family, String designer, String license, List<FontFace> faces) {

    public FontFace face(boolean bold, boolean italic) {
        return faces.stream().filter(f -> f.bold() == bold && f.italic() == italic).findFirst()
                .orElseThrow(() -> new IllegalStateException(family + " has no " + (bold ? "bold " : "") + (italic ? "italic" : "regular") + " face"));
    }

    /**
     * The face that sets {@code bold} and {@code italic}: that style, else the nearest that keeps the slant, then the
     * weight (a bold upright for bold italic, a regular for italic), as Flying Saucer and CSS font matching choose:
     * never a slanted or thickened face made up.
     */
    public FontFace nearest(boolean bold, boolean italic) {
        return faces.stream().min(Comparator.comparingInt(f -> (f.italic() == italic ? 0 : 2) + (f.bold() == bold ? 0 : 1)))
                .orElseThrow(() -> new IllegalStateException(family + " has no face"));
    }

    /** Whether the face that sets {@code bold} and {@code italic} has a glyph for the code point. */
    public boolean covers(int codePoint, boolean bold, boolean italic) {
        return nearest(bold, italic).covers(codePoint);
    }
}
