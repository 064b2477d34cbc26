package org.colophon.output;

/** A writer of a paged format that can tell, once it has written, how many pages the book has. */
public interface Paginated {

    /** The page count of the written file. */
    int pages();
}
