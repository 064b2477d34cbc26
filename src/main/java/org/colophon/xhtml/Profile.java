package org.colophon.xhtml;

/**
 * What differs between the ebook and the print rendering of the same book. The ebook puts each chapter in a document
 * of its own, and the notes of each chapter in a notes document of their own (at the back, in chapter order); print
 * puts the whole book in one document, with one notes section at the back, so every address is a fragment.
 */
public enum Profile {
    EBOOK, PRINT;

    /** The address of a place in a chapter (or the notes section, whose id is "notes"), seen from another document. */
    String address(String documentId, String fragment) {
        if (this == PRINT) {
            return "#" + (fragment == null || fragment.isEmpty() ? documentId : fragment);
        }
        String doc = documentName(documentId);
        return fragment == null || fragment.isEmpty() ? doc : doc + "#" + fragment;
    }

    /**
     * The address of note {@code number}, first referenced in chapter {@code chapterId}: its list item in the ebook
     * (what pop-up notes show); in print its number ({@link #noteNumberId}), as Flying Saucer puts a link to a block
     * on the page where the block's box begins, which can be the page before its first line.
     */
    String noteAddress(String chapterId, int number) {
        return address(notesDocumentId(chapterId), this == PRINT ? noteNumberId(number) : "note-" + number);
    }

    /** The id of a note's number, the first thing on its first line: print only, where links to notes lead. */
    String noteNumberId(int number) {
        return this == PRINT ? "note-" + number + "-number" : null;
    }

    /** The id of the ebook's document that holds the notes of chapter {@code chapterId}. */
    public static String notesDocumentId(String chapterId) {
        return XhtmlRenderer.NOTES_ID + "-" + chapterId;
    }

    /** The EPUB file name of a chapter or of a notes document. */
    public static String documentName(String documentId) {
        return documentId + ".xhtml";
    }
}
