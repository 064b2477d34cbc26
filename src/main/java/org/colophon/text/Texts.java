package org.colophon.text;

import java.text.Normalizer;
import java.util.Locale;

/** Small text functions every stage needs: NFC, slugs for ids and file names, word counts. */
public final class Texts {
    private Texts() {
    }

    /**
     * NFC, so that every Vietnamese letter reaches the writers precomposed: OpenPDF does not position
     * combining marks, so a decomposed "ễ" would print with its marks misplaced.
     */
    public static String nfc(String s) {
        return s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * A lower-case ASCII slug: "Vietnam Tries to Remain Neutral" becomes "vietnam-tries-to-remain-neutral",
     * "Đặng Văn" becomes "dang-van". Empty when nothing of the input survives.
     */
    public static String slug(String s) {
        String base = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < base.length(); i++) {
            char c = Character.toLowerCase(base.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                dash = true;
            }
        }
        return out.toString();
    }

    /** A slug that is also a valid XML id (an NCName must not start with a digit). */
    public static String idSlug(String s, String fallback) {
        String slug = slug(s);
        if (slug.isEmpty()) {
            return fallback;
        }
        return Character.isLetter(slug.charAt(0)) ? slug : fallback + "-" + slug;
    }

    /**
     * The anchor GitHub (and pandoc's gfm) gives a heading, from its source text: lower-cased, letters, marks and
     * digits of every script kept with {@code -} and {@code _}, each space a {@code -}, other punctuation dropped.
     * "Chương trình máy tính" becomes "chương-trình-máy-tính", "Straße und Œuvre" "straße-und-œuvre".
     */
    public static String anchorSlug(String s) {
        String lower = s.strip().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        lower.codePoints().forEach(cp -> {
            if (cp == ' ') {
                out.append('-');
            } else if (cp == '-' || Character.isLetterOrDigit(cp) || isMark(cp)
                    || Character.getType(cp) == Character.CONNECTOR_PUNCTUATION || Character.getType(cp) == Character.LETTER_NUMBER
                    || Character.getType(cp) == Character.OTHER_NUMBER) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * An anchor slug made a valid XML id (an NCName, which XHTML and EPUB need): characters a name cannot hold are
     * dropped, and one that cannot start a name (a digit, {@code -}, a mark) gets {@code fallback-} before it.
     */
    public static String anchorId(String slug, String fallback) {
        StringBuilder out = new StringBuilder();
        slug.codePoints().filter(Texts::isNameChar).forEach(out::appendCodePoint);
        if (out.length() == 0) {
            return fallback;
        }
        return isNameStartChar(out.codePointAt(0)) ? out.toString() : fallback + "-" + out;
    }

    /** Whether {@code s} is an NCName (XML 1.0, fifth edition): what an author may write as an explicit id. */
    public static boolean isNcName(String s) {
        return !s.isEmpty() && isNameStartChar(s.codePointAt(0)) && s.codePoints().allMatch(Texts::isNameChar);
    }

    /**
     * A key under which spellings of one anchor meet, for "did you mean" hints: no case, no accents, letters and
     * digits only ("Chương-Trình" and "chuong_trinh" meet as "chuongtrinh").
     */
    public static String foldKey(String s) {
        String base = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        base.codePoints().filter(cp -> Character.isLetterOrDigit(cp)).forEach(out::appendCodePoint);
        return out.toString().replace("ß", "ss");
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    /** NameStartChar of XML 1.0 (fifth edition), without ':' (an NCName has none). */
    private static boolean isNameStartChar(int c) {
        return c >= 'A' && c <= 'Z' || c == '_' || c >= 'a' && c <= 'z'
                || c >= 0xC0 && c <= 0xD6 || c >= 0xD8 && c <= 0xF6 || c >= 0xF8 && c <= 0x2FF
                || c >= 0x370 && c <= 0x37D || c >= 0x37F && c <= 0x1FFF || c >= 0x200C && c <= 0x200D
                || c >= 0x2070 && c <= 0x218F || c >= 0x2C00 && c <= 0x2FEF || c >= 0x3001 && c <= 0xD7FF
                || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFFD || c >= 0x10000 && c <= 0xEFFFF;
    }

    private static boolean isNameChar(int c) {
        return isNameStartChar(c) || c == '-' || c == '.' || c >= '0' && c <= '9' || c == 0xB7
                || c >= 0x300 && c <= 0x36F || c >= 0x203F && c <= 0x2040;
    }

    /** Words as a reader counts them: runs of characters between white space. */
    public static int countWords(CharSequence s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** True for the characters XML 1.0 allows in a document; others would make a chapter ill-formed. */
    public static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /**
     * The edit distance of two strings, for "did you mean" hints: insertions, deletions, substitutions and
     * transpositions of neighbours each count one ("21" is one step from "12").
     */
    public static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
