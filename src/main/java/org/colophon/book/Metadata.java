package org.colophon.book;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colophon.l10n.Labels;

/**
 * What book.yaml says about the book. Every string is NFC; optional values are empty, never null. {@code labels}
 * are the words Colophon adds, in the book's language (with the author's overrides); {@code notesTitle} is its
 * {@code notes} label. {@code fileAs} holds, for the authors that book.yaml gives one, the name as it is sorted
 * ("Nguyen, Phi-Vân"); {@code accessibility} the conformance claim or exemption, if book.yaml makes one;
 * {@code printIsbn} the ISBN of the print edition, which the EPUB names as the source of its page numbers.
 */
public record Metadata(
        String title,
        Optional<String> subtitle,
        List<String> authors,
        String language,
        String date,
        String publisher,
        String rights,
        String identifier,
        Optional<String> isbn,
        String description,
        List<String> subjects,
        String notesTitle,
        Optional<String> edition,
        Labels labels,
        Map<String, String> fileAs,
        Accessibility accessibility,
        Optional<String> printIsbn) {

    /** Metadata with the catalogue of the book's language and {@code notesTitle} as its notes label. */
    public Metadata(String title, Optional<String> subtitle, List<String> authors, String language, String date,
            String publisher, String rights, String identifier, Optional<String> isbn, String description,
            List<String> subjects, String notesTitle, Optional<String> edition) {
        this(title, subtitle, authors, language, date, publisher, rights, identifier, isbn, description, subjects,
                notesTitle, edition, Labels.of(language, Map.of("notes", notesTitle)), Map.of(), Accessibility.none(),
                Optional.empty());
    }

    /** The book's date as people write it in its language ("tháng 12 năm 2019"); empty when there is none. */
    public String displayDate() {
        return date.isEmpty() ? "" : labels.date(date);
    }
}
