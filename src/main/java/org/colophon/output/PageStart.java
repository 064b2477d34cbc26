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

    /**
     * Whether the text of an element of these classes is left out of both counts: a page reference ({@code page-number})
     * is "on page 42" in print and may be "Figure 3" in the ebook, an index entry's locators are ranges of pages in
     * print ("4–7") and a link to each place in the ebook.
     */
    public static boolean uncounted(String classes) {
        if (classes == null) {
            return false;   // an attribute the writer leaves out
        }
        java.util.List<String> c = java.util.Arrays.asList(classes.split(" "));
        return c.contains("page-number") || c.contains("index-locators");
    }
}
