package org.colophon.book;

import java.util.ArrayList;
import java.util.List;

/**
 * The table of contents of a book, shared by the EPUB navigation, the NCX, the PDF contents page and its bookmarks:
 * one entry per part (when the book has parts) with its chapters under it, one per chapter, and under each chapter
 * its headings down to {@code depth} levels (1: chapters only, 2: sections, 3: subsections); last, the notes, when
 * the book has any, as an entry whose id is {@link #NOTES}, which each format places where its notes begin.
 */
public final class Contents {
    /** The id of the notes section in the reading order: no chapter, part or heading takes it. */
    public static final String NOTES = Ids.NOTES;

    /** Bookmarks show every level the contents can have. */
    public static final int MAX_DEPTH = 3;

    private Contents() {
    }

    /** An entry: its label, the chapter (or part) it is in, the heading id it points to (empty: its start). */
    public record Entry(String label, String chapterId, String headingId, List<Entry> children) {
        /** Levels of entries from this one down: 1 for an entry with no children. */
        public int depth() {
            return 1 + children.stream().mapToInt(Entry::depth).max().orElse(0);
        }
    }

    /** The contents with sections, as before {@code toc-depth}. */
    public static List<Entry> of(Book book) {
        return of(book, 2);
    }

    public static List<Entry> of(Book book, int depth) {
        List<Entry> entries = new ArrayList<>();
        List<Entry> partEntries = null;
        List<Chapter> afterNotes = ReadingOrder.afterNotes(book.chapters());
        for (Chapter c : book.chapters().subList(0, book.chapters().size() - afterNotes.size())) {
            var part = book.partOpenedBy(c);
            if (part.isPresent()) {
                partEntries = new ArrayList<>();
                entries.add(new Entry(part.get().label(book.metadata().labels()), part.get().id(), "", partEntries));
            }
            boolean inPart = book.parts().stream().anyMatch(p -> p.chapterIds().contains(c.id()));
            (inPart && partEntries != null ? partEntries : entries).add(chapter(c, depth));
        }
        if (!book.notes().isEmpty()) {
            entries.add(new Entry(book.metadata().notesTitle(), NOTES, "", List.of()));
        }
        afterNotes.forEach(c -> entries.add(chapter(c, depth)));
        return entries.stream().map(e -> new Entry(e.label(), e.chapterId(), e.headingId(), List.copyOf(e.children())))
                .toList();
    }

    /** A chapter's entry: its headings one level below its first, and theirs one further, down to {@code depth}. */
    private static Entry chapter(Chapter c, int depth) {
        List<Block.Heading> headings = c.headings();
        List<Entry> sections = new ArrayList<>();
        if (!headings.isEmpty() && depth > 1) {
            int top = headings.get(0).level();
            List<Entry> subsections = null;
            for (Block.Heading h : headings.subList(1, headings.size())) {
                Entry e = new Entry(Inlines.plainText(h.content()), c.id(), h.id(), new ArrayList<>());
                if (h.level() == top + 1) {
                    sections.add(e);
                    subsections = e.children();
                } else if (h.level() == top + 2 && depth > 2 && subsections != null) {
                    subsections.add(e);
                }
            }
        }
        return new Entry(c.title(), c.id(), "", sections.stream()
                .map(s -> new Entry(s.label(), s.chapterId(), s.headingId(), List.copyOf(s.children()))).toList());
    }
}
