package org.colophon.book;

import java.util.List;

/**
 * One chapter: its id (from the file name, also the name of its EPUB document), its title (the first heading),
 * the source file it came from, and its blocks.
 */
public record Chapter(String id, String title, String sourcePath, List<Block> blocks) {

    /** The headings of this chapter, in order, for tables of contents and bookmarks. */
    public List<Block.Heading> headings() {
        return blocks.stream().filter(b -> b instanceof Block.Heading).map(b -> (Block.Heading) b).toList();
    }
}
