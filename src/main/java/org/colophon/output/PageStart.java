package org.colophon.output;

/**
 * Where a printed page begins, in terms the ebook's renderer can find again: the {@code element}-th element (in
 * document order, the anchor itself being 0, print-only running heads left out) of the chapter, part or note whose id
 * is {@code anchorId}, and the count of non-blank characters of that element's text that come before the page's
 * first one. {@code label} is the page's folio as printed ("iv", "47").
 */
public record PageStart(String label, String anchorId, int element, int offset) {

    /**
     * Whether both formats count {@code c} when they measure an offset: not white space (Flying Saucer collapses it,
     * the print line breaker binds words with no-break spaces), and not a hyphen, which the print line breaker adds at
     * the end of a hyphenated line (an author's own hyphens are skipped alike on both sides).
     */
    public static boolean counted(char c) {
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-' && c != '\u2010';
    }
}
