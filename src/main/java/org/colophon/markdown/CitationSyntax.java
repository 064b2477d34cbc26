package org.colophon.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pandoc's citation syntax in a run of text: {@code [@key]}, {@code [@key, p. 12]}, {@code [see @a, chap. 2; @b]},
 * {@code [-@key]} (the author left out), and {@code @key} in the text (the author named in the sentence, "Nguyen
 * says", with an optional {@code [p. 12]} after). A key starts with a letter, a digit or {@code _} and may hold
 * {@code :.#$%&-+?<>~/} between them, as pandoc reads it; an {@code @} after a letter or digit (an e-mail address) is
 * no citation. A locator is a label pandoc knows ({@code p.}, {@code chap.}, {@code sec.}, {@code §}…; a number alone is
 * a page) and its numbers; what follows is the suffix.
 */
final class CitationSyntax {
    /** A key, as pandoc reads it. */
    static final String KEY = "[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_]|[:.#$%&+?<>~/-](?=[\\p{L}\\p{N}_]))*";
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]]*?(?<![\\p{L}\\p{N}_])-?@" + KEY + "[^\\[\\]]*)\\]");
    private static final Pattern ITEM = Pattern.compile("^(.*?)(-?)@(" + KEY + ")(.*)$", Pattern.DOTALL);
    private static final Pattern BARE = Pattern.compile("(?<![\\p{L}\\p{N}_@.\\\\])@(" + KEY + ")(?:\\s?\\[([^\\[\\]@]*)\\])?");
    private static final Pattern LOCATOR = Pattern.compile("^\\s*(?:([\\p{L}§¶.]+\\.?|§§?|¶)\\s*)?([\\p{N}ivxlcdmIVXLCDM]+[a-z]?(?:\\s*[-–—,&]\\s*[\\p{N}ivxlcdmIVXLCDM]+[a-z]?)*)(.*)$",
            Pattern.DOTALL);

    /** The locator labels pandoc reads in English, with their CSL names. */
    private static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> m = new java.util.HashMap<>();
        put(m, "page", "p", "p.", "pp", "pp.", "page", "pages");
        put(m, "chapter", "ch.", "chs.", "chap", "chap.", "chaps.", "chapter", "chapters");
        put(m, "section", "sec.", "secs.", "§", "§§", "section", "sections");
        put(m, "paragraph", "para.", "paras.", "¶", "¶¶", "paragraph", "paragraphs");
        put(m, "volume", "vol.", "vols.", "volume", "volumes");
        put(m, "book", "bk.", "bks.", "book", "books");
        put(m, "column", "col.", "cols.", "column", "columns");
        put(m, "figure", "fig.", "figs.", "figure", "figures");
        put(m, "folio", "f.", "ff.", "fol.", "fols.", "folio", "folios");
        put(m, "issue", "no.", "nos.", "issue", "issues");
        put(m, "line", "l.", "ll.", "line", "lines");
        put(m, "note", "n.", "nn.", "note", "notes");
        put(m, "opus", "op.", "opp.", "opus");
        put(m, "part", "pt.", "pts.", "part", "parts");
        put(m, "sub-verbo", "s.v.", "s.vv.");
        put(m, "verse", "v.", "vv.", "verse", "verses");
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> m, String label, String... terms) {
        for (String t : terms) {
            m.put(t, label);
        }
    }

    private CitationSyntax() {
    }

    /** A cite as written: its key (and where it stands in the text), prefix, locator, its label, and suffix. */
    record Written(String key, int keyAt, String prefix, String locator, String label, String suffix, boolean suppressAuthor) {
    }

    /** A citation: where it stands in the text, its cites, and whether it is the bare, in-text form. */
    record Match(int start, int end, List<Written> cites, boolean inText) {
    }

    /** The citations in {@code text}, in order. */
    static List<Match> find(String text) {
        return find(text, java.util.Set.of());
    }

    /** The citations in {@code text}, in order, leaving out those whose {@code @} is at one of {@code escaped}. */
    static List<Match> find(String text, java.util.Set<Integer> escaped) {
        List<Match> all = new ArrayList<>();
        for (Match m : findAll(text)) {
            boolean escapedKey = m.cites().stream().anyMatch(c -> escaped.contains(text.lastIndexOf('@', c.keyAt())));
            if (!escapedKey) {
                all.add(m);
            }
        }
        return all;
    }

    private static List<Match> findAll(String text) {
        List<Match> out = new ArrayList<>();
        if (text.indexOf('@') < 0) {
            return out;
        }
        Matcher b = BRACKETS.matcher(text);
        int from = 0;
        while (b.find()) {
            Match m = bracketed(b);
            if (m != null) {
                bare(text, from, b.start(), out);
                out.add(m);
                from = b.end();
            }
        }
        bare(text, from, text.length(), out);
        return out;
    }

    private static Match bracketed(Matcher b) {
        List<Written> cites = new ArrayList<>();
        int at = b.start(1);
        for (String part : b.group(1).split(";", -1)) {
            Matcher item = ITEM.matcher(part);
            if (!item.matches() || !item.group(1).isEmpty() && isWord(item.group(1).charAt(item.group(1).length() - 1))) {
                return null;   // pandoc: every part of a bracketed citation cites
            }
            cites.add(cite(item.group(3), at + item.start(3), item.group(1).strip(), item.group(4), !item.group(2).isEmpty()));
            at += part.length() + 1;
        }
        return new Match(b.start(), b.end(), cites, false);
    }

    private static void bare(String text, int from, int to, List<Match> out) {
        Matcher m = BARE.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            String key = m.group(1);
            String after = m.group(2) == null ? "" : ", " + m.group(2);
            out.add(new Match(m.start(), m.end(), List.of(cite(key, m.start(1), "", after, false)), true));
        }
    }

    /** A cite from what follows its key: ", p. 12, emphasis added" is the locator 12 (a page) and a suffix. */
    private static Written cite(String key, int keyAt, String prefix, String rest, boolean suppress) {
        String after = rest.strip();
        if (after.startsWith(",")) {
            Matcher l = LOCATOR.matcher(after.substring(1));
            if (l.matches()) {
                String term = l.group(1);
                String label = term == null ? "page" : LABELS.get(term.toLowerCase(java.util.Locale.ROOT));
                if (label != null) {
                    return new Written(key, keyAt, prefix, l.group(2).strip(), label, l.group(3).strip(), suppress);
                }
            }
        }
        return new Written(key, keyAt, prefix, "", "", after, suppress);
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
