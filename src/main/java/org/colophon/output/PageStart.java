package org.colophon.output;

/**
 * Where a printed page begins, in terms the ebook's renderer can find again: the {@code element}-th element (in
 * document order, the anchor itself being 0, print-only running heads left out) of the chapter, part or note whose id
 * is {@code anchorId}, and the count of non-blank characters of that element's text that come before the page's
 * first one. {@code label} is the page's folio as printed ("iv", "47").
 */
public record PageStart(String label, String anchorId, int element, int offset) {
}
