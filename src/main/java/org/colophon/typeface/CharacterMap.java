package org.colophon.typeface;

import java.nio.ByteBuffer;
import java.util.BitSet;

/**
 * The characters a TrueType font has glyphs for, read from its {@code cmap} table (format 12 for the whole of
 * Unicode, else format 4 for the Basic Multilingual Plane). Reading the table directly is far cheaper than loading
 * the font into AWT, and a build needs no more than this.
 */
public final class CharacterMap {
    private final BitSet covered;

    private CharacterMap(BitSet covered) {
        this.covered = covered;
    }

    public boolean covers(int codePoint) {
        return codePoint >= 0 && covered.get(codePoint);
    }

    /** Reads the character map of a TrueType (or OpenType) font file. */
    public static CharacterMap of(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        int tables = b.getShort(4) & 0xFFFF;
        int cmap = -1;
        for (int i = 0; i < tables; i++) {
            int record = 12 + i * 16;
            if (b.getInt(record) == 0x636D6170) {   // 'cmap'
                cmap = b.getInt(record + 8);
            }
        }
        if (cmap < 0) {
            throw new IllegalArgumentException("the font has no cmap table");
        }
        int subtables = b.getShort(cmap + 2) & 0xFFFF;
        int format4 = -1;
        int format12 = -1;
        for (int i = 0; i < subtables; i++) {
            int platform = b.getShort(cmap + 4 + i * 8) & 0xFFFF;
            int encoding = b.getShort(cmap + 6 + i * 8) & 0xFFFF;
            int offset = cmap + b.getInt(cmap + 8 + i * 8);
            int format = b.getShort(offset) & 0xFFFF;
            boolean unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (unicode && format == 12) {
                format12 = offset;
            } else if (unicode && format == 4) {
                format4 = offset;
            }
        }
        BitSet covered = new BitSet(0x10000);
        if (format12 >= 0) {
            long groups = b.getInt(format12 + 12) & 0xFFFFFFFFL;
            for (int g = 0; g < groups; g++) {
                int at = format12 + 16 + g * 12;
                int start = b.getInt(at);
                int end = b.getInt(at + 4);
                int glyph = b.getInt(at + 8);
                if (glyph != 0 || start != end) {
                    covered.set(start, end + 1);
                }
            }
        } else if (format4 >= 0) {
            readFormat4(b, format4, covered);
        } else {
            throw new IllegalArgumentException("the font has no Unicode character map");
        }
        covered.clear(0);
        return new CharacterMap(covered);
    }

    private static void readFormat4(ByteBuffer b, int table, BitSet covered) {
        int segments = (b.getShort(table + 6) & 0xFFFF) / 2;
        int ends = table + 14;
        int starts = ends + segments * 2 + 2;
        int deltas = starts + segments * 2;
        int rangeOffsets = deltas + segments * 2;
        for (int s = 0; s < segments; s++) {
            int end = b.getShort(ends + s * 2) & 0xFFFF;
            int start = b.getShort(starts + s * 2) & 0xFFFF;
            int delta = b.getShort(deltas + s * 2);
            int rangeOffset = b.getShort(rangeOffsets + s * 2) & 0xFFFF;
            for (int c = start; c <= end && c != 0xFFFF; c++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    int at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
                    glyph = b.getShort(at) & 0xFFFF;
                    if (glyph != 0) {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }
                if (glyph != 0) {
                    covered.set(c);
                }
            }
        }
    }
}
