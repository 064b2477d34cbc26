package org.colophon.book;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One chapter: its id (from the file name, also the name of its EPUB document), its title (the front matter's
 * {@code title}, else the first heading), the source file it came from, its blocks, and its anchors: for each heading,
 * the id an author writes in a link (the slug of its text, {@code #the-treaty}) and the id it has in the book, unique
 * through all chapters. {@code lang} is the chapter's language when its front matter gives one (else the book's);
 * {@code role} what part of the book it is (a preface, a dedication…; a chapter by default).
 */
public record Chapter(String id, String title, String sourcePath, List<Block> blocks, Map<String, String> anchors,
        Optional<String> lang, Role role) {

    public Chapter(String id, String title, String sourcePath, List<Block> blocks, Map<String, String> anchors) {
        this(id, title, sourcePath, blocks, anchors, Optional.empty(), Role.CHAPTER);
    }

    public Chapter(String id, String title, String sourcePath, List<Block> blocks) {
        this(id, title, sourcePath, blocks, Map.of());
    }

    /**
     * The book-wide id of the place an author's {@code #fragment} names in this chapter: as written, else in lower
     * case, as GitHub finds {@code ## Описание} from {@code #Описание} (the anchors it makes of headings are lower case).
     */
    public String anchor(String fragment) {
        String exact = anchors.get(fragment);
        return exact != null ? exact : anchors.getOrDefault(fragment.toLowerCase(java.util.Locale.ROOT), fragment);
    }

    /** Whether {@code #fragment} names a place of this chapter, as {@link #anchor} finds it. */
    public boolean hasAnchor(String fragment) {
        return anchors.containsKey(fragment) || anchors.containsKey(fragment.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The headings of this chapter, in order, for tables of contents and bookmarks: those of the chapter itself and of
     * the HTML wrappers around its Markdown, not those quoted in a block quote or set in a list.
     */
    public List<Block.Heading> headings() {
        List<Block.Heading> headings = new java.util.ArrayList<>();
        new Traversal() {
            @Override
            public void visit(Block.Heading heading) {
                if (!Inlines.plainText(heading.content()).isBlank()) {   // an empty "#" names nothing to go to
                    headings.add(heading);
                }
            }

            @Override
            public void visit(Block.BlockQuote quote) {
            }

            @Override
            public void visit(Block.ListBlock list) {
            }
        }.blocks(blocks);
        return List.copyOf(headings);
    }
}
