package org.colophon.text;

import java.text.Normalizer;
import java.util.Locale;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;

/**
 * Checks the characters of a manuscript file as written: characters XML forbids are errors; invisible characters,
 * decomposed (NFD) lines and combining marks that NFC cannot compose are warnings, each where it stands.
 */
public final class CharacterChecks {
    private CharacterChecks() {
    }

    public static void check(String text, String path, Diagnostics diagnostics) {
        if (ordinary(text)) {
            return;   // the common case, checked without tracking lines and columns
        }
        int line = 1;
        int column = 1;
        int lineStart = 0;
        int decomposedLines = 0;
        SourcePosition firstDecomposed = null;
        int prev = '\n';
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Texts.isXmlChar(cp)) {
                diagnostics.error(new SourcePosition(path, line, column),
                        String.format("character U+%04X is not allowed in a book (XML forbids it); delete it", cp));
            } else if (invisible(cp)) {
                diagnostics.warning(new SourcePosition(path, line, column), String.format(
                        "invisible character U+%04X (%s); delete it unless you mean it", cp,
                        Character.getName(cp).toLowerCase(Locale.ROOT)));
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK && (Character.isWhitespace(prev) || prev == '\n')) {
                diagnostics.warning(new SourcePosition(path, line, column),
                        String.format("combining mark U+%04X has no letter before it", cp));
            }
            if (cp == '\n' || i + Character.charCount(cp) >= text.length()) {
                String whole = text.substring(lineStart, cp == '\n' ? i : text.length());
                if (!Normalizer.isNormalized(whole, Normalizer.Form.NFC)) {
                    decomposedLines++;
                    if (firstDecomposed == null) {
                        firstDecomposed = new SourcePosition(path, line, 1);
                    }
                    uncomposable(whole, path, line, diagnostics);
                }
            }
            if (cp == '\n') {
                line++;
                column = 1;
                lineStart = i + 1;
            } else {
                column++;
            }
            prev = cp;
            i += Character.charCount(cp);
        }
        if (firstDecomposed != null) {
            diagnostics.warning(firstDecomposed, decomposedLines + " line" + (decomposedLines == 1 ? " is" : "s are")
                    + " written with decomposed letters (NFD), from here on; Colophon composes them (NFC), the file stays as it is");
        }
    }

    /** No forbidden, invisible or combining character, and NFC already: nothing to report. */
    private static boolean ordinary(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\r' && c != '\t' : c >= 0x0300 && (Character.isSurrogate(c) || c >= 0xFFFE
                    || invisible(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return false;
            }
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /** A combining mark that survives NFC has no precomposed letter: OpenPDF would print it misplaced. */
    private static void uncomposable(String line, String path, int lineNo, Diagnostics diagnostics) {
        String composed = Normalizer.normalize(line, Normalizer.Form.NFC);
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            if (Character.getType(cp) == Character.NON_SPACING_MARK && i > 0 && !Character.isWhitespace(composed.codePointBefore(i))) {
                diagnostics.warning(new SourcePosition(path, lineNo, 1), String.format(
                        "'%s' + U+%04X has no precomposed form; the PDF may print the mark out of place",
                        new String(Character.toChars(composed.codePointBefore(i))), cp));
            }
            i += Character.charCount(cp);
        }
    }

    private static boolean invisible(int cp) {
        return cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }
}
