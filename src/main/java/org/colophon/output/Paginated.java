package org.colophon.output;

/** A writer of a paged format that can tell, once it has written, how many pages the book has. */
public interface Paginated {

    /** The page count of the written file. */
    int pages();

    /**
     * Where each page that begins inside the book's text (a chapter, a part's title page, a note) begins, in page
     * order; pages Colophon makes itself (title, contents, blank pages) have none.
     */
    default java.util.List<PageStart> pageStarts() {
        return java.util.List.of();
    }
}
