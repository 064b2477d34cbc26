package org.colophon.pdf;

import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Flying Saucer's line breaker, less its breaks at an apostrophe inside a word. It asks Java's line
 * {@link java.text.BreakIterator}, whose rules take U+2019 for a closing quotation mark and break after it before a
 * letter: "didn’|t", "l’|homme", "rock’|n’|roll", in any paragraph Flying Saucer fills (a foreword, a list, a table
 * cell) and in a justified one, where the head of the next line's first word could fill the room left after the line
 * {@link LineBreaks} chose. Here a line never breaks between a letter or digit and a U+2019, nor between a U+2019 and a
 * letter or digit; a closing quote before a space keeps its break at the space. Nothing is added to the text, so
 * the glyphs, the text read out of the PDF and the EPUB are as they were.
 */
final class ApostropheLineBreaking implements LineBreakingStrategy {
    private static final char APOSTROPHE = '\u2019';

    private final LineBreakingStrategy flyingSaucer = new DefaultLineBreakingStrategy();

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
        BreakPointsProvider breaks = flyingSaucer.getBreakPointsProvider(text, lang, style);
        return () -> {
            BreakPoint b = breaks.next();
            while (b.getPosition() > 0 && insideAWord(text, b.getPosition())) {
                b = breaks.next();
            }
            return b;
        };
    }

    /** Whether a break before {@code text[at]} would part an apostrophe from the word it stands in. */
    static boolean insideAWord(String text, int at) {
        if (at <= 0 || at >= text.length()) {
            return false;
        }
        int before = text.codePointBefore(at);
        int after = text.codePointAt(at);
        return before == APOSTROPHE && isWordPart(after) || after == APOSTROPHE && isWordPart(before);
    }

    /** A letter, a digit, or a mark on one (a decomposed Vietnamese or French letter ends in its mark). */
    private static boolean isWordPart(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
