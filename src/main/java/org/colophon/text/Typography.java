package org.colophon.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Typographic punctuation by language, as a typesetter would set it: curly quotes and apostrophes (“ ” ‘ ’ in
 * English and Vietnamese, « » with no-break spaces in French, „ “ in German, Czech and Slovak, „ ” in Polish, « » in
 * Spanish and Italian), en and em dashes from "--" and "---",
 * the ellipsis from "...". Text of other languages gets the apostrophes, dashes and ellipsis but keeps its double
 * quotes, which differ too much between languages to guess. In Czech, Slovak and Polish a one-letter preposition or
 * conjunction (v, s, z, k, a, i, o, u, w) is bound to the next word with a no-break space, so that no line ends with
 * one. Code is never passed through here.
 */
public final class Typography {
    private static final char NBSP = '\u00A0';

    /** A one-letter preposition or conjunction, which Czech, Slovak and Polish never leave at the end of a line. */
    private static final Pattern ONE_LETTER =
            Pattern.compile("(?<![\\p{L}\\p{N}\\p{M}])([vszkaiouwVSZKAIOUW]) ");

    private final String open;
    private final String close;
    private final boolean bindOneLetterWords;
    /** Single quotes: ‘ ’ in English; ‚ ‘ where the double ones are „ “ (German, Czech, Slovak). The apostrophe is ’. */
    private final String openSingle;
    private final String closeSingle;

    private Typography(String open, String close) {
        this(open, close, false);
    }

    private Typography(String open, String close, boolean bindOneLetterWords) {
        this.open = open;
        this.close = close;
        this.bindOneLetterWords = bindOneLetterWords;
        boolean lowNine = open.equals("„") && close.equals("“");
        this.openSingle = lowNine ? "‚" : "‘";
        this.closeSingle = lowNine ? "‘" : "’";
    }

    /** The rules for a BCP 47 language tag. */
    public static Typography forLanguage(String tag) {
        String lang = tag.toLowerCase(Locale.ROOT).split("-")[0];
        return switch (lang) {
            case "en", "vi" -> new Typography("“", "”");
            case "fr" -> new Typography("«" + NBSP, NBSP + "»");
            case "de" -> new Typography("„", "“");
            case "cs", "sk" -> new Typography("„", "“", true);
            case "pl" -> new Typography("„", "”", true);
            case "es", "it" -> new Typography("«", "»");
            default -> new Typography("\"", "\"");
        };
    }

    /**
     * Sets the punctuation of {@code text}. {@code before} is the character that precedes it on the page (0 at the
     * start of a block), so that a quote after an emphasis or a link still closes.
     */
    public String apply(String text, int before) {
        return apply(text, before, new OpenQuotes());
    }

    /**
     * Whether a single quote is open in the text set so far, which may stand in an earlier piece of the same block
     * ({@code 'Hallo *Welt*'}): in German its closing mark (‘) differs from the apostrophe (’).
     */
    public static final class OpenQuotes {
        boolean single;

        public OpenQuotes copy() {
            OpenQuotes c = new OpenQuotes();
            c.single = single;
            return c;
        }
    }

    /** As {@link #apply(String, int)}, with the quotes left open by the pieces of the block before this one. */
    public String apply(String text, int before, OpenQuotes quotes) {
        StringBuilder out = null;
        int prev = before;
        boolean singleOpen = quotes.single;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String replacement = null;
            int skip = 0;
            if (c == '.' && i + 2 < n && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
                replacement = "…";
                skip = 2;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                boolean em = i + 2 < n && text.charAt(i + 2) == '-';
                replacement = em ? "—" : "–";
                skip = em ? 2 : 1;
            } else if (c == '\'') {
                char next = i + 1 < n ? text.charAt(i + 1) : ' ';
                boolean opening = (opensQuote(prev) || prev == '=') && !Character.isDigit(next) && !Character.isWhitespace(next);
                // a quote opened here closes before anything but a letter; otherwise it is an apostrophe (geht’s, Hans’)
                boolean closing = singleOpen && !Character.isLetterOrDigit(next);
                replacement = opening ? openSingle : closing ? closeSingle : "’";
                singleOpen = opening || singleOpen && !closing;
            } else if (c == '"') {
                replacement = opensDouble(prev, text, i) ? open : close;
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(n + 8).append(text, 0, i);
                }
                out.append(replacement);
                i += skip;
                prev = replacement.charAt(replacement.length() - 1);
            } else {
                if (out != null) {
                    out.append(c);
                }
                prev = c;
            }
        }
        quotes.single = singleOpen;
        String set = out == null ? text : out.toString();
        return bindOneLetterWords ? ONE_LETTER.matcher(set).replaceAll("$1" + NBSP) : set;
    }

    /**
     * A quote after nothing, a space, an opening bracket, a dash or an opening quote of the language opens; after
     * anything else it closes (in German ‘ and “ close).
     */
    private boolean opensQuote(int prev) {
        return prev == 0 || Character.isWhitespace(prev) || prev == NBSP || "([{«„‚—–/".indexOf(prev) >= 0
                || prev == openSingle.charAt(0) || prev == open.charAt(0);
    }

    /**
     * A double quote at {@code i}: after a dash or an equals sign it opens only before what a quotation starts with,
     * and closes before a space, punctuation or the end ("well--" ends an interrupted speech, --"Yes" begins one;
     * "YQ==" ends, header="var" begins). After "=" at the end of a piece, code or a link follows: it opens.
     */
    private boolean opensDouble(int prev, String text, int i) {
        boolean dash = prev == '—' || prev == '–';
        if (!dash && prev != '=') {
            return opensQuote(prev);
        }
        if (i + 1 >= text.length()) {
            return prev == '=';
        }
        char next = text.charAt(i + 1);
        if (text.startsWith("...", i + 1)) {
            return true;   // an ellipsis, which a quotation may start with
        }
        return !Character.isWhitespace(next) && next != NBSP && ".,;:!?)]}".indexOf(next) < 0;
    }
}
