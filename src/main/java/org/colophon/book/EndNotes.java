package org.colophon.book;

import java.util.ArrayList;
import java.util.List;

/**
 * The notes section at the back of the book, the last part of its reading order: the notes, numbered through the
 * book, grouped by the chapter that first references them, in reading order. When the notes come from more than one
 * chapter, each group has a subhead naming its chapter (Chicago 14.42), in both formats; the ebook gives each group a
 * document of its own.
 */
public record EndNotes(List<Group> groups) {

    /** The notes of one chapter. */
    public record Group(Chapter chapter, List<Note> notes) {
        public Group {
            notes = List.copyOf(notes);
        }

        /** The id of the group's subhead, the same in both formats. */
        public String headingId() {
            return Ids.notesSubhead(chapter.id());
        }
    }

    public EndNotes {
        groups = List.copyOf(groups);
    }

    public static EndNotes of(Book book) {
        List<Group> groups = new ArrayList<>();
        for (Chapter c : book.chapters()) {
            List<Note> notes = book.notes().stream().filter(n -> n.chapterId().equals(c.id())).toList();
            if (!notes.isEmpty()) {
                groups.add(new Group(c, notes));
            }
        }
        return new EndNotes(groups);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Whether each group opens with a subhead: when the notes come from more than one chapter. */
    public boolean hasSubheads() {
        return groups.size() > 1;
    }
}
