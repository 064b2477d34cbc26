package org.colophon.book;

import java.util.List;

/**
 * A note, numbered through the book in the order of first reference. {@code refIds} are the anchors of the
 * places that reference it (the first is where the back-link goes); {@code chapterId} is the chapter of the
 * first reference.
 */
public record Note(int number, String chapterId, List<String> refIds, List<Block> blocks) {

    /** The note's own anchor. */
    public String id() {
        return Ids.note(number);
    }
}
