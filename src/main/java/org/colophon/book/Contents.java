package org.colophon.book;

import java.util.ArrayList;
import java.util.List;

/**
 * The table of contents of a book, shared by the EPUB navigation, the NCX, the PDF contents page and its bookmarks:
 * one entry per chapter, with the chapter's next-level headings under it.
 */
public final class Contents {
    private Contents() {
    }

    /** An entry: its label, the chapter it is in, the heading id it points to (empty: the start of the chapter). */
    public record Entry(String label, String chapterId, String headingId, List<Entry> children) {
    }

    public static List<Entry> of(Book book) {
        List<Entry> entries = new ArrayList<>();
        for (Chapter c : book.chapters()) {
            List<Block.Heading> headings = c.headings();
            List<Entry> children = new ArrayList<>();
            if (!headings.isEmpty()) {
                Block.Heading first = headings.get(0);
                for (Block.Heading h : headings.subList(1, headings.size())) {
                    if (h.level() == first.level() + 1) {
                        children.add(new Entry(Inlines.plainText(h.content()), c.id(), h.id(), List.of()));
                    }
                }
            }
            entries.add(new Entry(c.title(), c.id(), "", List.copyOf(children)));
        }
        return List.copyOf(entries);
    }
}
