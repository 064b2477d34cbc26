package org.colophon.xhtml;

/**
 * What differs between the ebook and the print rendering of the same book. The ebook puts each chapter and the
 * notes in documents of their own; print puts the whole book in one document, so every address is a fragment.
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

    /** The EPUB file name of a chapter or of the notes. */
    public static String documentName(String documentId) {
        return documentId + ".xhtml";
    }
}
