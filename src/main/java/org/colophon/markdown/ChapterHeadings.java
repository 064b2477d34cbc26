package org.colophon.markdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.colophon.book.Block;
import org.colophon.book.Inline;
import org.colophon.book.Inlines;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.text.Texts;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The headings of one chapter: their levels, checked in sequence, and their ids, which go into the chapter's anchors
 * under the slug an author links to.
 */
final class ChapterHeadings {
    private final BookAssembler.BookState book;
    private final String chapterId;
    private final NodePositions positions;
    /** The chapter's anchors: the id an author writes in a link, and the id it has in the book. */
    private final Map<String, String> anchors;
    private final Map<String, SourcePosition> headingsHere = new LinkedHashMap<>();
    /** The level of the last heading; a chapter's first heading may be # or ##. */
    private int lastLevel = 1;
    /** The chapter's first level-1 heading, its title, and where it stands. */
    private String title;
    private SourcePosition titleAt;

    ChapterHeadings(BookAssembler.BookState book, String chapterId, NodePositions positions, Map<String, String> anchors) {
        this.book = book;
        this.chapterId = chapterId;
        this.positions = positions;
        this.anchors = anchors;
    }

    /**
     * A chapter is titled by its first level-1 heading; a second one (a site's name above each page's own title, as
     * some books keep) would be in no contents and title nothing, so it is a warning that says what to do.
     */
    private void secondTitle(Heading h, SourcePosition at) {
        String text = NodeText.plain(h).strip();
        if (title == null) {
            title = text;
            titleAt = at;
            return;
        }
        book.diagnostics.warning(at, "a second level-1 heading: the chapter is titled by its first ('" + title + "', line "
                + titleAt.line() + "), so the contents never show '" + text + "'; keep one # per chapter (make the other "
                + "##, remove a book title repeated above it, or begin a new chapter file here)");
    }

    /**
     * A heading and its id: an explicit {@code {#id}} at its end, else GitHub's anchor of its text. Links may name
     * it by that anchor or by the ASCII form Colophon used before ({@code #chuong-trinh} for "Chương trình").
     * The content is converted by {@code inlines} once the {@code {#id}} is stripped from it.
     */
    Block.Heading heading(Heading h, Function<Node, List<Inline>> inlines) {
        SourcePosition at = positions.at(h);
        if (h.getLevel() > lastLevel + 1) {
            String marks = "#".repeat(lastLevel + 1);
            book.diagnostics.warning(at, "heading level " + h.getLevel() + " follows a heading of level " + lastLevel
                    + "; screen readers navigate by levels: make it " + marks + " (or put a " + marks + " heading before it)");
        }
        lastLevel = h.getLevel();
        if (h.getLevel() == 1 && h.getParent() instanceof Document) {   // not one quoted or in a list
            secondTitle(h, at);
        }
        Optional<String> explicit = HeadingAttributes.strip(h, at, book.diagnostics);
        List<Inline> content = inlines.apply(h);
        if (explicit.isPresent()) {
            String id = explicit.get();
            if (!book.claimId(id)) {
                book.diagnostics.error(at, "the id '" + id + "' is already used in this book; give this heading another {#id}");
            }
            anchors.putIfAbsent(id, id);
            return new Block.Heading(h.getLevel(), id, content);
        }
        String base = Texts.anchorSlug(NodeText.plain(h));
        String id = book.uniqueId(Texts.anchorId(base, "h"));
        String ascii = Texts.idSlug(Inlines.plainText(content), "h");
        // the same heading in another chapter is fine (links name their chapter); twice in one is ambiguous, but only
        // a link to it makes that matter (a section named like its chapter is common): the link is warned about
        SourcePosition first = headingsHere.putIfAbsent(base, at);
        if (first != null) {
            book.sharedAnchors.putIfAbsent(chapterId + "#" + base, new BookAssembler.SharedAnchor(first, at, id));
            anchors.putIfAbsent(id, id);   // the second is reached by its own id, base-2
        } else {
            anchors.putIfAbsent(base, id);
            anchors.putIfAbsent(ascii, id);
        }
        return new Block.Heading(h.getLevel(), id, content);
    }
    /**
     * The heading of a chapter titled only in its front matter (Docusaurus, Hugo and Jekyll pages start at ##): its
     * title, as those tools print it, so that the page opens with the title the contents give and the section is
     * named by it.
     */
    Block.Heading title(String title, SourcePosition at) {
        String base = Texts.anchorSlug(title);
        String id = book.uniqueId(Texts.anchorId(base, "h"));
        if (headingsHere.putIfAbsent(base, at) == null) {
            anchors.putIfAbsent(base, id);
            anchors.putIfAbsent(Texts.idSlug(title, "h"), id);
        } else {
            anchors.putIfAbsent(id, id);
        }
        return new Block.Heading(1, id, List.of(new Inline.Text(title, at)));
    }
}
