package org.colophon.proof;

import java.lang.Character.UnicodeBlock;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.Severity;
import org.colophon.diagnostic.SourcePosition;

/**
 * The glyph gate's findings, gathered per file so that they stay readable: each missing character once per face, at
 * its first place, with how often it comes back; and when a file lacks more than {@link #MOST_LISTED} different
 * characters of one script (a chapter in Chinese lacks hundreds), one error for the script at its first place, as a
 * list of hundreds would hide every other error.
 */
final class MissingGlyphs {
    /** The most different characters of one script in a file that are each reported on their own. */
    static final int MOST_LISTED = 10;
    private static final int EXAMPLES = 5;
    private static final Comparator<SourcePosition> IN_FILE_ORDER =
            Comparator.comparingInt(SourcePosition::line).thenComparingInt(SourcePosition::column);

    /** One character missing in one face of one file: where it first and last stands, and how often. */
    private record Miss(int codePoint, String face, String message, SourcePosition first, int lastLine, int count) {
        Miss with(SourcePosition at) {
            SourcePosition earlier = IN_FILE_ORDER.compare(at, first) < 0 ? at : first;
            return new Miss(codePoint, face, message, earlier, Math.max(lastLine, at.line()), count + 1);
        }
    }

    private final boolean hasFallbacks;
    private final boolean vietnamese;
    /** In the order the gate meets them, which is fixed: the diagnostics come out the same on every run. */
    private final Map<String, Miss> misses = new LinkedHashMap<>();

    MissingGlyphs(boolean hasFallbacks, String language) {
        this.hasFallbacks = hasFallbacks;
        this.vietnamese = language.equals("vi") || language.startsWith("vi-");
    }

    /** {@code codePoint}, which {@code face} ("Literata Italic") lacks, stands at {@code at}; {@code message} says so. */
    void add(SourcePosition at, int codePoint, String face, String message) {
        misses.merge(message + "\u0000" + at.path(), new Miss(codePoint, face, message, at, at.line(), 1),
                (seen, again) -> seen.with(at));
    }

    /** As {@link #add}, counted once however often it stands there (the text of a drawing, at its image). */
    void addOnce(SourcePosition at, int codePoint, String face, String message) {
        misses.putIfAbsent(message + "\u0000" + at.path(), new Miss(codePoint, face, message, at, at.line(), 1));
    }

    void report(Diagnostics diagnostics) {
        Map<String, List<Miss>> byFileAndScript = new LinkedHashMap<>();
        for (Miss m : misses.values()) {
            byFileAndScript.computeIfAbsent(m.first().path() + "\u0000" + script(m.codePoint()), k -> new ArrayList<>()).add(m);
        }
        Map<String, Long> byFile = new LinkedHashMap<>();   // different characters missing in each file, all scripts
        misses.values().stream().map(m -> m.first().path() + "\u0000" + m.codePoint()).distinct()
                .forEach(k -> byFile.merge(k.substring(0, k.indexOf('\u0000')), 1L, Long::sum));
        for (List<Miss> group : byFileAndScript.values()) {
            // many of one script, or many of many scripts (a line that says hello in eight): one error per script;
            // a few stray symbols keep their own places, where each is to be replaced
            long different = group.stream().mapToInt(Miss::codePoint).distinct().count();
            boolean letters = !script(group.get(0).codePoint()).equals(SYMBOLS);
            if (different > MOST_LISTED || letters && different > 1 && byFile.get(group.get(0).first().path()) > MOST_LISTED) {
                reportScript(group, diagnostics);
            } else {
                group.forEach(m -> reportOne(m, diagnostics));
            }
        }
    }

    private void reportOne(Miss m, Diagnostics diagnostics) {
        String more = m.count() > 1 ? " (and " + (m.count() - 1) + " more time" + (m.count() > 2 ? "s" : "") + " in this file)" : "";
        String script = script(m.codePoint());
        String advice = vietnamese && isVietnamese(m.codePoint()) ? "; " + VIETNAMESE_ADVICE
                : script.equals(SYMBOLS) || COVERED.contains(script) ? "" : "; " + fallbackAdvice(script);
        diagnostics.report(diagnostic(m.first(), m.message() + more + advice));
    }

    /** What an author does about letters of {@code script} that no face of the book has. */
    private String fallbackAdvice(String script) {
        String covering = script.equals(CJK) ? "Han, Kana and Hangul" : script;
        return "add a" + (hasFallbacks ? "nother" : "") + " fallback face that covers " + covering + " (typeface: fallback: in "
                + "book.yaml" + SUGGESTED.entrySet().stream().filter(e -> e.getKey().equals(script))
                .map(e -> ", such as " + e.getValue()).findFirst().orElse("") + "; see README.md, 'The typefaces')";
    }

    private static final String VIETNAMESE_ADVICE = "a Vietnamese book needs every Vietnamese letter in the four styles of "
            + "its text face: choose one that has them (typeface: text: in book.yaml; Noto Serif, Charis SIL, Gentium Plus, "
            + "EB Garamond 12, Libertinus, TeX Gyre, Vollkorn and Be Vietnam Pro do)";

    /** Faces known to cover a script, by the name {@link #script} gives it. */
    private static final Map<String, String> SUGGESTED = Map.of("CJK", "Noto Serif CJK or Noto Sans CJK",
            "Arabic", "Noto Naskh Arabic", "Hebrew", "Noto Serif Hebrew", "Devanagari", "Noto Serif Devanagari",
            "Thai", "Noto Serif Thai", "Bengali", "Noto Serif Bengali", "Tamil", "Noto Serif Tamil", "Armenian",
            "Noto Serif Armenian", "Georgian", "Noto Serif Georgian", "Ethiopic", "Noto Serif Ethiopic");

    /** A letter of the Vietnamese alphabet with a diacritic (ă â ê ô ơ ư đ, and each vowel with a tone mark). */
    static boolean isVietnamese(int cp) {
        String decomposed = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFD);
        if (cp == 'đ' || cp == 'Đ') {
            return true;
        }
        if (decomposed.length() < 2 || "aeiouyAEIOUY".indexOf(decomposed.charAt(0)) < 0) {
            return false;
        }
        return decomposed.substring(1).chars().allMatch(m -> "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B".indexOf(m) >= 0)
                && decomposed.substring(1).chars().filter(m -> "\u0300\u0301\u0303\u0309\u0323".indexOf(m) >= 0).count() <= 1;
    }

    /** One error for many characters of a script: how many, a few of them, where they run, and what the author can do. */
    private void reportScript(List<Miss> group, Diagnostics diagnostics) {
        List<Miss> inOrder = group.stream().sorted(Comparator.comparing(Miss::first, IN_FILE_ORDER)).toList();
        List<String> characters = inOrder.stream().map(m -> new String(Character.toChars(m.codePoint()))).distinct().toList();
        Set<String> faces = new TreeSet<>(group.stream().map(Miss::face).toList());
        SourcePosition first = inOrder.get(0).first();
        int lastLine = group.stream().mapToInt(Miss::lastLine).max().orElse(0);
        String script = script(group.get(0).codePoint());
        boolean symbols = script.equals(SYMBOLS);
        String what = symbols ? "symbols" : script + " characters";
        String advice = symbols ? "replace them with words, leave them out, or add a fallback face that has them (typeface: "
                + "fallback: in book.yaml)"
                : vietnamese && characters.stream().allMatch(c -> isVietnamese(c.codePointAt(0))) ? VIETNAMESE_ADVICE
                : COVERED.contains(script) ? "choose a text face that has them (typeface: text: in book.yaml), or add a fallback "
                + "face that does (typeface: fallback:)"
                : fallbackAdvice(script);
        String message = characters.size() + " different " + what + ", such as "
                + list(characters.subList(0, Math.min(EXAMPLES, characters.size()))) + ", have no glyph in " + list(List.copyOf(faces))
                + (hasFallbacks ? " nor in the fallback faces" : "")
                + (lastLine > first.line() && first.line() > 0 ? ", from here to line " + lastLine : "")
                + "; " + advice;
        diagnostics.report(diagnostic(first, message));
    }

    private static Diagnostic diagnostic(SourcePosition at, String message) {
        return new Diagnostic(at.path().isEmpty() ? "colophon" : at.path(), at.line(), at.column(), Severity.ERROR, message);
    }

    private static final String SYMBOLS = "";
    private static final String CJK = "CJK";
    private static final Set<String> COVERED = Set.of("Latin", "Greek", "Cyrillic");
    private static final Set<UnicodeScript> EAST_ASIAN = Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.HANGUL, UnicodeScript.BOPOMOFO);
    private static final Set<UnicodeBlock> EAST_ASIAN_PUNCTUATION = Set.of(UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION,
            UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS, UnicodeBlock.CJK_COMPATIBILITY_FORMS, UnicodeBlock.VERTICAL_FORMS);

    /**
     * The script a character is counted with: Chinese, Japanese and Korean (with their punctuation) as one, since a
     * chapter in Japanese mixes three of Unicode's scripts; symbols, emoji and marks of no script as one.
     */
    static String script(int codePoint) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        if (EAST_ASIAN.contains(script) || EAST_ASIAN_PUNCTUATION.contains(UnicodeBlock.of(codePoint))) {
            return CJK;
        }
        if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED || script == UnicodeScript.UNKNOWN) {
            return SYMBOLS;
        }
        return org.colophon.text.Scripts.name(script);
    }

    /** "a, b and c". */
    private static String list(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
