package org.colophon.book;

import java.util.List;

/**
 * A part of the book: a group of chapters under its own title page ("Part II" and its title). {@code id} names its
 * EPUB document and its place in print; {@code number} counts the parts from 1; {@code chapterIds} are its chapters,
 * in reading order (never none).
 */
public record Part(String id, String title, int number, List<String> chapterIds) {

    /** The number as parts are numbered in books: I, II, III… */
    public String roman() {
        return Roman.of(number);
    }

    /** What the contents say: "Part II" (in the book's language) and the title, when there is one. */
    public String label(org.colophon.l10n.Labels labels) {
        String name = labels.format("part", roman());
        return title.isEmpty() ? name : name + ". " + title;
    }
}
