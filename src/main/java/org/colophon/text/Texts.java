package org.colophon.text;

import java.text.Normalizer;

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
}
