package org.colophon.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a formula: what its {@code \text{…}} (and {@code \textit}, {@code \textbf}, {@code \texttt},
 * {@code \emph}, {@code \mbox}…) hold, which Colophon sets in the book's own faces (so that {@code \text{độ dài}}
 * comes out as the book's Vietnamese does, never as an accent stacked over a letter), the glyph gate checks there,
 * and the PDF draws there. Inside, a TeX accent on a letter ({@code \'e}, {@code \^o}) is the letter it makes,
 * {@code \$ \% \& \# \_ \{ \}} are those characters, {@code ~} a no-break space, {@code $…$} math again; any other
 * command is refused, as Colophon would not know which face it wants.
 */
public final class TexText {
    /** The face a word is set in. */
    public record Style(boolean bold, boolean italic, boolean code) {
        public static final Style REGULAR = new Style(false, false, false);
    }

    /** A part of a text command's content: words in a face, or a formula within them ({@code $x$}). */
    public sealed interface Segment permits Words, Formula {
    }

    /** Words in {@code style}; {@code offset}: where they begin in the TeX of the whole formula. */
    public record Words(String text, Style style, int offset) implements Segment {
    }

    public record Formula(String tex) implements Segment {
    }

    /** The commands whose content is words, with the face each sets them in (null: the face around it). */
    private static final Map<String, Style> COMMANDS = Map.ofEntries(Map.entry("text", Style.REGULAR),
            Map.entry("textrm", Style.REGULAR), Map.entry("textnormal", Style.REGULAR), Map.entry("textup", Style.REGULAR),
            Map.entry("mbox", Style.REGULAR), Map.entry("hbox", Style.REGULAR),
            Map.entry("textit", new Style(false, true, false)), Map.entry("textsl", new Style(false, true, false)),
            Map.entry("emph", new Style(false, true, false)), Map.entry("textbf", new Style(true, false, false)),
            Map.entry("texttt", new Style(false, false, true)));
    /** TeX's accents of text, and the combining mark each puts on its letter. */
    private static final Map<Character, String> ACCENTS = Map.ofEntries(Map.entry('\'', "\u0301"), Map.entry('`', "\u0300"),
            Map.entry('^', "\u0302"), Map.entry('~', "\u0303"), Map.entry('"', "\u0308"), Map.entry('=', "\u0304"),
            Map.entry('.', "\u0307"), Map.entry('u', "\u0306"), Map.entry('v', "\u030C"), Map.entry('H', "\u030B"),
            Map.entry('c', "\u0327"), Map.entry('r', "\u030A"), Map.entry('d', "\u0323"), Map.entry('k', "\u0328"));
    private static final Set<Character> ESCAPED = Set.of('$', '%', '&', '#', '_', '{', '}', ' ');

    private TexText() {
    }

    /** The names of the commands whose content is words ({@code text}, {@code textit}…). */
    public static Set<String> commands() {
        return COMMANDS.keySet();
    }

    /** The face {@code command} sets its words in, inside words set in {@code outer}. */
    public static Style style(String command, Style outer) {
        Style s = COMMANDS.get(command);
        if (command.equals("emph")) {
            return new Style(outer.bold(), !outer.italic(), outer.code());
        }
        return new Style(outer.bold() || s.bold(), outer.italic() || s.italic(), outer.code() || s.code());
    }

    /** Every run of words of a formula, wherever its text commands stand; none where a command inside is refused. */
    public static List<Words> words(String tex) {
        List<Words> words = new ArrayList<>();
        forEachCommand(tex, (command, from, to) -> {
            try {
                for (Segment s : content(tex, from, to, style(command, Style.REGULAR))) {
                    if (s instanceof Words w) {
                        words.add(w);
                    } else if (s instanceof Formula f) {
                        words.addAll(words(f.tex()));
                    }
                }
            } catch (TexRefused e) {
                // the typesetters say so, at the formula
            }
        });
        return words;
    }

    /** The formula with the content of its text commands blanked out: the characters it sets as math. */
    public static String mathOnly(String tex) {
        StringBuilder out = new StringBuilder(tex);
        forEachCommand(tex, (command, from, to) -> {
            for (int i = from; i < to; i++) {
                out.setCharAt(i, ' ');
            }
        });
        return out.toString();
    }

    /** The content of a text command, given whole ({@code \text}'s argument), as words in {@code style} and formulas. */
    public static List<Segment> content(String content, Style style) throws TexRefused {
        return content(content, 0, content.length(), style);
    }

    private interface CommandAction {
        void at(String command, int from, int to);
    }

    /** Calls {@code action} with each text command of the formula and the span of its content (inside its braces). */
    private static void forEachCommand(String tex, CommandAction action) {
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c != '\\') {
                continue;
            }
            int name = i + 1;
            int end = name;
            while (end < tex.length() && Character.isLetter(tex.charAt(end))) {
                end++;
            }
            if (end == name) {
                i++;   // \\, \{, \$: a character escaped
                continue;
            }
            String command = tex.substring(name, end);
            int open = end;
            while (open < tex.length() && tex.charAt(open) == ' ') {
                open++;
            }
            if (COMMANDS.containsKey(command) && open < tex.length() && tex.charAt(open) == '{') {
                int close = closing(tex, open);
                if (close < 0) {
                    return;   // a brace left open: the typesetters say so
                }
                action.at(command, open + 1, close);
                i = close;
            } else {
                i = end - 1;
            }
        }
    }

    /** The index of the brace that closes the one at {@code open}, or -1. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Words being gathered: their text, and where the first of them stands in the formula. */
    private static final class Gathered {
        final StringBuilder text = new StringBuilder();
        int at;

        void add(String s, int where) {
            if (text.length() == 0) {
                at = where;
            }
            text.append(s);
        }

        void flush(List<Segment> out, Style style) {
            if (text.length() > 0) {
                out.add(new Words(text.toString(), style, at));
                text.setLength(0);
            }
        }
    }

    private static List<Segment> content(String s, int from, int to, Style style) throws TexRefused {
        List<Segment> out = new ArrayList<>();
        Gathered words = new Gathered();
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '$') {
                int close = s.indexOf('$', i + 1);
                if (close < 0 || close >= to) {
                    throw new TexRefused("a $ inside \\text{…} opens a formula that is never closed; write \\$ for a dollar", i);
                }
                words.flush(out, style);
                out.add(new Formula(s.substring(i + 1, close)));
                i = close + 1;
            } else if (c == '{') {
                int close = closing(s, i);
                if (close < 0 || close > to) {
                    throw new TexRefused("a brace is left open", i);
                }
                words.flush(out, style);
                out.addAll(content(s, i + 1, close, style));
                i = close + 1;
            } else if (c == '}') {
                throw new TexRefused("a brace closes none", i);
            } else if (c == '~') {
                words.add("\u00A0", i);
                i++;
            } else if (c == '\\') {
                i = command(s, i, to, style, out, words);
            } else if (c == '^' || c == '_' || c == '&' || c == '#' || c == '%') {
                throw new TexRefused("'" + c + "' has no meaning inside \\text{…}; write \\" + c + " for the character", i);
            } else {
                words.add(String.valueOf(c), i);
                i++;
            }
        }
        words.flush(out, style);
        return out;
    }

    /** A command inside words, at {@code i}: its result goes to {@code out} or {@code words}; the index after it. */
    private static int command(String s, int i, int to, Style style, List<Segment> out, Gathered words) throws TexRefused {
        if (i + 1 >= to) {
            throw new TexRefused("a backslash ends the text", i);
        }
        char next = s.charAt(i + 1);
        if (ESCAPED.contains(next)) {
            words.add(String.valueOf(next), i);
            return i + 2;
        }
        if (next == ',' || next == ';' || next == ':' || next == '!') {
            if (next != '!') {
                words.add("\u2009", i);   // a thin space; a negative one is dropped
            }
            return i + 2;
        }
        int end = i + 1;
        while (end < to && Character.isLetter(s.charAt(end))) {
            end++;
        }
        String name = s.substring(i + 1, Math.max(end, i + 2));
        if (ACCENTS.containsKey(next) && (!Character.isLetter(next) || name.length() == 1)) {
            return accent(s, i, to, next, words);
        }
        if (COMMANDS.containsKey(name)) {
            int open = end;
            while (open < to && s.charAt(open) == ' ') {
                open++;
            }
            int close = open < to && s.charAt(open) == '{' ? closing(s, open) : -1;
            if (close < 0 || close > to) {
                throw new TexRefused("\\" + name + " takes its words in braces: \\" + name + "{…}", i);
            }
            words.flush(out, style);
            out.addAll(content(s, open + 1, close, style(name, style)));
            return close + 1;
        }
        throw new TexRefused("\\" + name + " inside \\text{…}: Colophon sets a formula's words in the book's own faces and "
                + "knows no \\" + name + " there; write the words plainly, or move \\" + name + " out of the text", i);
    }

    /** {@code \'e}, {@code \^{o}}, {@code \"\i}: the letter with its accent, composed (é, ô, ï). */
    private static int accent(String s, int i, int to, char accent, Gathered words) throws TexRefused {
        int j = i + 2;
        boolean braced = false;
        if (Character.isLetter(accent)) {
            while (j < to && s.charAt(j) == ' ') {
                j++;
            }
        }
        if (j < to && s.charAt(j) == '{') {
            braced = true;
            j++;
        }
        String letter;
        if (j + 1 < to && s.charAt(j) == '\\' && (s.charAt(j + 1) == 'i' || s.charAt(j + 1) == 'j')) {
            letter = s.charAt(j + 1) == 'i' ? "i" : "j";   // a dotless i takes the accent: ï is i with a diaeresis
            j += 2;
        } else if (j < to && Character.isLetter(s.charAt(j))) {
            letter = String.valueOf(s.charAt(j));
            j++;
        } else {
            throw new TexRefused("the accent \\" + accent + " needs a letter after it", i);
        }
        if (braced) {
            if (j >= to || s.charAt(j) != '}') {
                throw new TexRefused("the accent \\" + accent + " takes one letter: \\" + accent + "{e}", i);
            }
            j++;
        }
        words.add(Normalizer.normalize(letter + ACCENTS.get(accent), Normalizer.Form.NFC), i);
        return j;
    }
}
