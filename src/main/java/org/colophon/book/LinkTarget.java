package org.colophon.book;

/** Where a link points: outside the book, or to a place inside it. */
public sealed interface LinkTarget {

    /** An absolute URI (http, https, mailto), written as it is. */
    record External(String uri) implements LinkTarget {
    }

    /** A chapter of the book, optionally an element within it. */
    record Internal(String chapterId, String fragment) implements LinkTarget {
    }
}
