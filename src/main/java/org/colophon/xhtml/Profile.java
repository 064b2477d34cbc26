package org.colophon.xhtml;

import java.util.function.UnaryOperator;
import org.colophon.book.Ids;

/**
 * What differs between the ebook and the print rendering of the same book: where each place is. The ebook puts each
 * chapter in a document of its own, and the notes of each chapter in a notes document of their own (at the back, in
 * chapter order), in files its format names; print puts the whole book in one document, with one notes section at
 * the back, so every address is a fragment.
 */
public final class Profile {
    /** The print document: one document, every address a fragment. */
    public static final Profile PRINT = new Profile(null);

    /** The file of each ebook document, from the document's id; null in print. */
    private final UnaryOperator<String> files;

    private Profile(UnaryOperator<String> files) {
        this.files = files;
    }

    /** The ebook's profile: {@code files} names the file of each document from its id (the EPUB writer's layout). */
    public static Profile ebook(UnaryOperator<String> files) {
        return new Profile(files);
    }

    /** Whether this is the single print document. */
    public boolean isPrint() {
        return files == null;
    }

    /** The address of a place in a chapter (or the notes section, whose id is "notes"), seen from another document. */
    String address(String documentId, String fragment) {
        if (isPrint()) {
            return "#" + (fragment == null || fragment.isEmpty() ? documentId : fragment);
        }
        String doc = files.apply(documentId);
        return fragment == null || fragment.isEmpty() ? doc : doc + "#" + fragment;
    }

    /**
     * The address of note {@code number}, first referenced in chapter {@code chapterId}: its list item in the ebook
     * (what pop-up notes show); in print its number ({@link #noteNumberId}), as Flying Saucer puts a link to a block
     * on the page where the block's box begins, which can be the page before its first line.
     */
    String noteAddress(String chapterId, int number) {
        return address(Ids.notesDocument(chapterId), isPrint() ? Ids.noteNumber(number) : Ids.note(number));
    }

    /** The id of a note's number, the first thing on its first line: print only, where links to notes lead. */
    String noteNumberId(int number) {
        return isPrint() ? Ids.noteNumber(number) : null;
    }
}
