package org.colophon.cite;

import java.text.Normalizer;
import java.util.Map;

/**
 * BibTeX's LaTeX accents and letters as Unicode, before citeproc-java reads a field: its own reader drops the accent
 * of {@code {\^a}} (Phi-V{\^a}n came out Phi-Van) and of {@code \\u}, {@code \d}, {@code \h} and stacked accents, which
 * Vietnamese names need ({@code Tr{\`\^e}n} is Trền). Braces that only held an accent go; the others stay, as they
 * keep a word's case ({@code {Vietnam}}). Unknown commands are left for citeproc-java. The result is NFC.
 */
final class LatexText {
    /** Accent commands and the combining mark each puts on its letter. */
    private static final Map<String, Character> ACCENTS = Map.ofEntries(
            Map.entry("`", '\u0300'), Map.entry("'", '\u0301'), Map.entry("^", '\u0302'), Map.entry("~", '\u0303'),
            Map.entry("=", '\u0304'), Map.entry("u", '\u0306'), Map.entry(".", '\u0307'), Map.entry("\"", '\u0308'),
            Map.entry("h", '\u0309'), Map.entry("r", '\u030A'), Map.entry("H", '\u030B'), Map.entry("v", '\u030C'),
            Map.entry("d", '\u0323'), Map.entry("c", '\u0327'), Map.entry("k", '\u0328'), Map.entry("b", '\u0331'));
    /** Commands that are a letter or a sign of their own. */
    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("i", "ı"), Map.entry("j", "ȷ"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("ss", "ß"),
            Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("aa", "å"),
            Map.entry("AA", "Å"), Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("dh", "ð"), Map.entry("DH", "Ð"),
            Map.entry("th", "þ"), Map.entry("TH", "Þ"), Map.entry("dj", "đ"), Map.entry("DJ", "Đ"),
            Map.entry("textendash", "–"), Map.entry("textemdash", "—"), Map.entry("textquoteright", "’"),
            Map.entry("textquoteleft", "‘"), Map.entry("textquotedblleft", "“"), Map.entry("textquotedblright", "”"),
            Map.entry("&", "&"), Map.entry("%", "%"), Map.entry("$", "$"), Map.entry("#", "#"), Map.entry("_", "_"));

    private final String s;
    private int i;

    private LatexText(String s) {
        this.s = s;
    }

    /** {@code latex} with its accents and letter commands as Unicode, in NFC. */
    static String unicode(String latex) {
        String dashed = latex.replace("---", "\u2014").replace("--", "\u2013");   // TeX's dashes, as in 1954--1963
        if (dashed.indexOf('\\') < 0) {
            return Normalizer.normalize(dashed, Normalizer.Form.NFC);
        }
        LatexText t = new LatexText(dashed);
        return Normalizer.normalize(t.until(-1), Normalizer.Form.NFC);
    }

    /** Reads up to the closing brace (when {@code close} is '}') or the end. */
    private String until(int close) {
        StringBuilder out = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == close) {
                i++;
                return out.toString();
            }
            if (c == '{') {
                i++;
                int start = i;
                String inner = until('}');
                // a group that only held an accented letter ({\^a}) was there for the accent: the braces go
                boolean accentOnly = s.startsWith("\\", start) && Character.codePointCount(inner, 0, inner.length())
                        <= 1 + (int) inner.codePoints().filter(cp -> Character.getType(cp) == Character.NON_SPACING_MARK).count()
                        && isAccent(start + 1);
                out.append(accentOnly ? inner : "{" + inner + "}");
            } else if (c == '\\') {
                out.append(command());
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private boolean isAccent(int at) {
        if (at >= s.length()) {
            return false;
        }
        String one = s.substring(at, at + 1);
        return ACCENTS.containsKey(one) && !Character.isLetter(one.charAt(0)) || ACCENTS.containsKey(name(at)) || LETTERS.containsKey(name(at));
    }

    private String name(int at) {
        int end = at;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(at, end);
    }

    /** A command at {@code i} (a backslash): an accent on what follows, a letter, or the command as written. */
    private String command() {
        i++;
        if (i >= s.length()) {
            return "\\";
        }
        char c = s.charAt(i);
        String name;
        if (Character.isLetter(c)) {
            name = name(i);
            i += name.length();
        } else {
            name = String.valueOf(c);
            i++;
        }
        Character mark = ACCENTS.get(name);
        if (mark != null) {
            if (Character.isLetter(name.charAt(0))) {
                while (i < s.length() && s.charAt(i) == ' ') {
                    i++;   // a letter command ends at a space: "\\u a"
                }
            }
            String base = argument();
            if (base.isEmpty()) {
                return String.valueOf(mark);
            }
            if (base.startsWith("ı") || base.startsWith("ȷ")) {
                base = (base.charAt(0) == 'ı' ? "i" : "j") + base.substring(1);   // \'{\i} is í, with its dot under the accent
            }
            int first = Character.charCount(base.codePointAt(0));
            // a mark goes after the letter and any marks it has already: \`{\^e} is e, circumflex, grave
            int end = first;
            while (end < base.length() && Character.getType(base.charAt(end)) == Character.NON_SPACING_MARK) {
                end++;
            }
            return base.substring(0, end) + mark + base.substring(end);
        }
        String letter = LETTERS.get(name);
        if (letter != null) {
            if (Character.isLetter(name.charAt(0)) && i < s.length() && s.charAt(i) == ' ') {
                i++;   // \ss{} or \ss followed by a space: the space ends the command
            } else if (s.startsWith("{}", i)) {
                i += 2;
            }
            return letter;
        }
        return "\\" + name;
    }

    /** An accent's argument: a group, a command, or one character. */
    private String argument() {
        if (i >= s.length()) {
            return "";
        }
        char c = s.charAt(i);
        if (c == '{') {
            i++;
            return until('}');
        }
        if (c == '\\') {
            return command();
        }
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        return new String(Character.toChars(cp));
    }
}
