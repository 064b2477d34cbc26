package org.colophon.book;

import java.util.List;
import java.util.Map;

/**
 * One chapter: its id (from the file name, also the name of its EPUB document), its title (the first heading),
 * the source file it came from, its blocks, and its anchors: for each heading, the id an author writes in a link
 * (the slug of its text, {@code #the-treaty}) and the id it has in the book, unique through all chapters.
 */
public record Chapter(String id, String title, String sourcePath, List<Block> blocks, Map<String, String> anchors) {

    public Chapter(String id, String title, String sourcePath, List<Block> blocks) {
        this(id, title, sourcePath, blocks, Map.of());
    }

    /** The book-wide id of the place an author's {@code #fragment} names in this chapter. */
    public String anchor(String fragment) {
        return anchors.getOrDefault(fragment, fragment);
    }

    /** The headings of this chapter, in order, for tables of contents and bookmarks. */
    public List<Block.Heading> headings() {
        return blocks.stream().filter(b -> b instanceof Block.Heading).map(b -> (Block.Heading) b).toList();
    }
}
