package org.colophon.book;

import java.util.List;
import java.util.stream.Stream;

/**
 * Where each chapter stands among the book's matter, decided by the roles of its leading chapters, as books are set
 * (Chicago Manual of Style, 1.4): a dedication and an epigraph before the contents; a foreword, preface or
 * acknowledgements after it, still front matter (roman folios in print); the body from the first other chapter
 * (an introduction or prologue opens the body), with any back matter after it continuing the body's folios. Only
 * the chapters before the first body chapter are front matter: a preface in the middle of the book stays where it is.
 * The notes section, when the book has notes, ends the body ({@link #bodyItems}): writers place it from here, as they
 * place chapters.
 */
public record ReadingOrder(List<Chapter> beforeContents, List<Chapter> afterContents, List<Chapter> body, EndNotes notes) {

    /**
     * What a reader meets in the body, in order: a chapter, or the notes section. A writer handles both through
     * {@link #either}; a new kind of item adds a parameter to it, which every writer must then handle to compile.
     */
    public sealed interface Item permits Item.Text, Item.Notes {
        void either(java.util.function.Consumer<Chapter> chapter, java.util.function.Consumer<EndNotes> notes);

        /** A chapter (a writer puts the title page of a part it opens before it). */
        record Text(Chapter chapter) implements Item {
            @Override
            public void either(java.util.function.Consumer<Chapter> text, java.util.function.Consumer<EndNotes> notes) {
                text.accept(chapter);
            }
        }

        /** The notes section. */
        record Notes(EndNotes notes) implements Item {
            @Override
            public void either(java.util.function.Consumer<Chapter> text, java.util.function.Consumer<EndNotes> section) {
                section.accept(notes);
            }
        }
    }
    public static ReadingOrder of(Book book) {
        List<Chapter> all = book.chapters();
        int front = 0;
        while (front < all.size() && all.get(front).role().opensAsFrontMatter()) {
            front++;
        }
        int before = 0;
        while (before < front && all.get(before).role().standsAlone()) {
            before++;
        }
        return new ReadingOrder(all.subList(0, before), all.subList(before, front), all.subList(front, all.size()),
                EndNotes.of(book));
    }

    /** Roles that come after the notes when they end the book, as Chicago orders the back matter (1.4). */
    public static final java.util.Set<Role> AFTER_NOTES = java.util.Set.of(Role.BIBLIOGRAPHY, Role.INDEX);

    /**
     * The body's chapters, then the notes section when there are notes, then a bibliography and an index that end the
     * book (Chicago 1.4: notes, bibliography, index).
     */
    public List<Item> bodyItems() {
        List<Item> items = new java.util.ArrayList<>();
        List<Chapter> last = afterNotes(body);
        body.subList(0, body.size() - last.size()).forEach(c -> items.add(new Item.Text(c)));
        if (!notes.isEmpty()) {
            items.add(new Item.Notes(notes));
        }
        last.forEach(c -> items.add(new Item.Text(c)));
        return items;
    }

    /** The chapters at the end of {@code chapters} whose roles put them after the notes. */
    public static List<Chapter> afterNotes(List<Chapter> chapters) {
        int from = chapters.size();
        while (from > 0 && AFTER_NOTES.contains(chapters.get(from - 1).role())) {
            from--;
        }
        return chapters.subList(from, chapters.size());
    }

    /** Everything after the contents: the front matter that follows them, then {@link #bodyItems}. */
    public List<Item> afterContentsItems() {
        List<Item> items = new java.util.ArrayList<>();
        afterContents.forEach(c -> items.add(new Item.Text(c)));
        items.addAll(bodyItems());
        return items;
    }

    /**
     * The part of the book {@code chapter} is in, as EPUB marks a document's body: front matter where it stands in the
     * front matter, else back matter for what follows the text (an afterword, an appendix…), else body matter.
     */
    public String matter(Chapter chapter) {
        if (Stream.concat(beforeContents.stream(), afterContents.stream()).anyMatch(c -> c.id().equals(chapter.id()))) {
            return "frontmatter";
        }
        return chapter.role().isBackMatter() ? "backmatter" : "bodymatter";
    }

    /** The first chapter of the body, where the "bodymatter" landmark points; none when every chapter is front matter. */
    public java.util.Optional<Chapter> bodyStart() {
        return body.stream().findFirst();
    }
}
