package org.colophon.typeface;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tables of one OpenType font (TrueType or CFF outlines) as the spec lays them out, read straight from its
 * bytes: its kind from the first four bytes, a table by tag, the strings of its name table, and, for a font taken
 * out of a collection, the font as a file of its own. Only what Colophon needs to choose, name and embed a face.
 */
final class Sfnt {
    static final int TRUETYPE = 0x00010000;
    static final int APPLE_TRUETYPE = 0x74727565;   // 'true'
    static final int CFF = 0x4F54544F;   // 'OTTO'
    static final int COLLECTION = 0x74746366;   // 'ttcf'
    static final int WOFF = 0x774F4646;   // 'wOFF'
    static final int WOFF2 = 0x774F4632;   // 'wOF2'

    private final ByteBuffer b;
    /** Where this font's table directory starts: 0, or its offset inside a collection. */
    private final int start;

    Sfnt(byte[] data, int start) {
        this.b = ByteBuffer.wrap(data);
        this.start = start;
    }

    /** The first four bytes of a file: which kind of font it is. */
    static int signature(byte[] data) {
        return data.length < 12 ? 0 : ByteBuffer.wrap(data).getInt(0);
    }

    /** The offsets of the fonts a collection holds, in its order. */
    static List<Integer> collectionOffsets(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data);
        int count = b.getInt(8);
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < count && 12 + i * 4 + 4 <= data.length; i++) {
            offsets.add(b.getInt(12 + i * 4));
        }
        return offsets;
    }

    int version() {
        return b.getInt(start);
    }

    private int tables() {
        return b.getShort(start + 4) & 0xFFFF;
    }

    /** The offset of table {@code tag} ("name", "OS/2") in the file, or -1. */
    int table(String tag) {
        int wanted = ByteBuffer.wrap(tag.getBytes(StandardCharsets.US_ASCII)).getInt();
        for (int i = 0; i < tables(); i++) {
            int record = start + 12 + i * 16;
            if (b.getInt(record) == wanted) {
                return b.getInt(record + 8);
            }
        }
        return -1;
    }

    boolean has(String tag) {
        return table(tag) >= 0;
    }

    /** OS/2 usWeightClass, or 400 without an OS/2 table. */
    int weightClass() {
        int os2 = table("OS/2");
        return os2 < 0 ? 400 : b.getShort(os2 + 4) & 0xFFFF;
    }

    /** OS/2 fsType: whether the font's licence lets it be embedded (2: restricted, never). */
    int embeddingType() {
        int os2 = table("OS/2");
        return os2 < 0 ? 0 : b.getShort(os2 + 8) & 0xFFFF;
    }

    /** OS/2 fsSelection (bit 0 italic, 5 bold, 6 regular, 9 oblique), or -1 without an OS/2 table. */
    int selection() {
        int os2 = table("OS/2");
        return os2 < 0 ? -1 : b.getShort(os2 + 62) & 0xFFFF;
    }

    /** head.macStyle (bit 0 bold, bit 1 italic): what a font without an OS/2 table says of its style. */
    int macStyle() {
        int head = table("head");
        return head < 0 ? 0 : b.getShort(head + 44) & 0xFFFF;
    }

    /**
     * A string of the name table (1 family, 2 style, 8 manufacturer, 9 designer, 13 licence, 14 licence address,
     * 16 and 17 the typographic family and style): in English from Windows' records, else any Unicode or Mac record.
     */
    Optional<String> name(int id) {
        int name = table("name");
        if (name < 0) {
            return Optional.empty();
        }
        int count = b.getShort(name + 2) & 0xFFFF;
        int strings = name + (b.getShort(name + 4) & 0xFFFF);
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            int r = name + 6 + i * 12;
            int platform = b.getShort(r) & 0xFFFF;
            int encoding = b.getShort(r + 2) & 0xFFFF;
            int language = b.getShort(r + 4) & 0xFFFF;
            if ((b.getShort(r + 6) & 0xFFFF) != id) {
                continue;
            }
            int rank = platform == 3 && language == 0x409 ? 0 : platform == 3 ? 1 : platform == 0 ? 2
                    : platform == 1 && encoding == 0 && language == 0 ? 3 : -1;
            if (rank < 0 || rank >= bestRank) {
                continue;
            }
            int length = b.getShort(r + 8) & 0xFFFF;
            int offset = strings + (b.getShort(r + 10) & 0xFFFF);
            if (offset + length > b.capacity()) {
                continue;
            }
            byte[] raw = new byte[length];
            b.get(offset, raw);
            best = new String(raw, platform == 1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16BE).strip();
            bestRank = rank;
        }
        return Optional.ofNullable(best).filter(s -> !s.isEmpty());
    }

    /**
     * Whether the font's CFF outlines are CID-keyed with glyph numbers that are not their CIDs (a subset a font tool
     * made, keeping the CIDs of the whole font). OpenPDF writes glyph numbers where a CID font's text needs CIDs, so
     * such a face prints blank; a whole Noto CJK face, whose CIDs are its glyph numbers, prints.
     */
    boolean cidsAreNotGlyphNumbers() {
        int cff = table("CFF ");
        if (cff < 0) {
            return false;
        }
        int at = cff + (b.get(cff + 2) & 0xFF);   // past the header: the Name INDEX
        at = skipIndex(at);
        int topCount = b.getShort(at) & 0xFFFF;
        if (topCount == 0) {
            return false;
        }
        int offSize = b.get(at + 2) & 0xFF;
        int dataStart = at + 3 + (topCount + 1) * offSize - 1;
        int from = dataStart + offset(at + 3, offSize);
        int to = dataStart + offset(at + 3 + offSize, offSize);
        boolean cid = false;
        int charset = -1;
        int charStrings = -1;
        List<Integer> operands = new ArrayList<>();
        for (int p = from; p < to; ) {
            int b0 = b.get(p) & 0xFF;
            if (b0 <= 21) {
                int op = b0 == 12 ? 1200 + (b.get(p + 1) & 0xFF) : b0;
                p += b0 == 12 ? 2 : 1;
                if (op == 1230) {
                    cid = true;
                } else if (op == 15 && !operands.isEmpty()) {
                    charset = operands.get(operands.size() - 1);
                } else if (op == 17 && !operands.isEmpty()) {
                    charStrings = operands.get(operands.size() - 1);
                }
                operands.clear();
            } else if (b0 == 28) {
                operands.add((int) b.getShort(p + 1));
                p += 3;
            } else if (b0 == 29) {
                operands.add(b.getInt(p + 1));
                p += 5;
            } else if (b0 == 30) {
                p++;
                while (p < to && (b.get(p) & 0x0F) != 0x0F && (b.get(p) & 0xF0) != 0xF0) {
                    p++;
                }
                p++;
                operands.add(0);
            } else if (b0 <= 246) {
                operands.add(b0 - 139);
                p++;
            } else if (b0 <= 250) {
                operands.add((b0 - 247) * 256 + (b.get(p + 1) & 0xFF) + 108);
                p += 2;
            } else {
                operands.add(-(b0 - 251) * 256 - (b.get(p + 1) & 0xFF) - 108);
                p += 2;
            }
        }
        if (!cid || charset <= 2 || charStrings <= 0) {
            return false;
        }
        int glyphs = b.getShort(cff + charStrings) & 0xFFFF;
        int p = cff + charset;
        int format = b.get(p) & 0xFF;
        p++;
        for (int gid = 1; gid < glyphs; ) {
            if (format == 0) {
                if ((b.getShort(p) & 0xFFFF) != gid) {
                    return true;
                }
                p += 2;
                gid++;
            } else {
                int first = b.getShort(p) & 0xFFFF;
                int left = format == 1 ? b.get(p + 2) & 0xFF : b.getShort(p + 2) & 0xFFFF;
                if (first != gid) {
                    return true;
                }
                gid += left + 1;
                p += format == 1 ? 3 : 4;
            }
        }
        return false;
    }

    private int skipIndex(int at) {
        int count = b.getShort(at) & 0xFFFF;
        if (count == 0) {
            return at + 2;
        }
        int offSize = b.get(at + 2) & 0xFF;
        int last = offset(at + 3 + count * offSize, offSize);
        return at + 3 + (count + 1) * offSize + last - 1;
    }

    private int offset(int at, int size) {
        int v = 0;
        for (int i = 0; i < size; i++) {
            v = v << 8 | (b.get(at + i) & 0xFF);
        }
        return v;
    }

    /**
     * This font of a collection as a font file of its own: its tables copied after a directory of their new places,
     * each on a 4-byte boundary, the head table's checksum adjustment made again for the new file. The tables' own
     * checksums do not depend on where they stand.
     */
    byte[] standalone() {
        int n = tables();
        int size = 12 + 16 * n;
        for (int i = 0; i < n; i++) {
            size += (b.getInt(start + 12 + i * 16 + 12) + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(version()).putShort((short) n);
        int entrySelector = 31 - Integer.numberOfLeadingZeros(Math.max(1, n));
        int searchRange = (1 << entrySelector) * 16;
        out.putShort((short) searchRange).putShort((short) entrySelector).putShort((short) (n * 16 - searchRange));
        int at = 12 + 16 * n;
        int head = -1;
        for (int i = 0; i < n; i++) {
            int record = start + 12 + i * 16;
            int tag = b.getInt(record);
            int offset = b.getInt(record + 8);
            int length = b.getInt(record + 12);
            out.putInt(12 + i * 16, tag).putInt(16 + i * 16, b.getInt(record + 4)).putInt(20 + i * 16, at)
                    .putInt(24 + i * 16, length);
            out.put(at, b.array(), offset, length);
            if (tag == 0x68656164) {   // 'head'
                head = at;
            }
            at += (length + 3) & ~3;
        }
        if (head >= 0) {
            out.putInt(head + 8, 0);
            int sum = 0;
            for (int i = 0; i < size; i += 4) {
                sum += out.getInt(i);
            }
            out.putInt(head + 8, 0xB1B0AFBA - sum);
        }
        return out.array();
    }
}
