package org.colophon.book;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids Colophon gives the places it makes itself, spelled once: the book's own pages, the notes and their
 * references, the notes documents and subheads, parts' headings. An author's id must not take one of them; the
 * {@link #reserved} ones are taken before any chapter is read, the patterned ones are refused as they come.
 */
public final class Ids {
    /** The notes section (print), and the first notes document (ebook). */
    public static final String NOTES = "notes";
    /** The heading of the notes section. */
    public static final String NOTES_TITLE = "notes-title";
    /** The contents (the printed contents page, the navigation document's list). */
    public static final String CONTENTS = "toc";
    public static final String COVER = "cover";
    public static final String HALF_TITLE = "half-title";
    public static final String TITLE_PAGE = "title-page";
    public static final String COPYRIGHT = "copyright";
    public static final String COLOPHON = "colophon";
    public static final String NAVIGATION = "nav";

    private static final Set<String> RESERVED = Set.of(NOTES, CONTENTS, COVER, TITLE_PAGE, COPYRIGHT, COLOPHON, HALF_TITLE,
            NAVIGATION);
    private static final Pattern NOTE_NUMBER = Pattern.compile("note-\\d+-number");

    private Ids() {
    }

    /** The ids of the pages Colophon makes, which no chapter, heading or anchor may take. */
    public static Set<String> reserved() {
        return RESERVED;
    }

    /** Whether {@code id} has the shape of an id Colophon makes as it goes, which an author's id may not take. */
    public static boolean isMadeAsItGoes(String id) {
        return NOTE_NUMBER.matcher(id).matches();
    }

    /** A note's own anchor: its list item. */
    public static String note(int number) {
        return "note-" + number;
    }

    /** The anchor of a note's number, the first thing on its first line: print links to notes lead there. */
    public static String noteNumber(int number) {
        return note(number) + "-number";
    }

    /** The first place that references note {@code number}, and the {@code nth} (from 2) of the places after it. */
    public static String noteReference(int number, int nth) {
        return nth == 1 ? "ref-" + number : "ref-" + number + "-" + nth;
    }

    /** The subhead, in the notes, of the notes of a chapter. */
    public static String notesSubhead(String chapterId) {
        return "notes-to-" + chapterId;
    }

    /** The ebook's document (and section) holding the notes of chapter {@code chapterId}, after the first. */
    public static String notesDocument(String chapterId) {
        return NOTES + "-" + chapterId;
    }

    /** The heading of a part's title page. */
    public static String partHeading(String partId) {
        return partId + "-title";
    }

    /** The {@code n}-th part of the book. */
    public static String part(int n) {
        return "part-" + n;
    }

    /** The {@code n}-th figure of the book, when its author gave it no id. */
    public static String figure(int n) {
        return "fig-" + n;
    }
}
