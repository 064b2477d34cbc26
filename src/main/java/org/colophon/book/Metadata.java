package org.colophon.book;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What book.yaml says about the book. Every string is NFC; optional values are empty, never null. {@code fileAs}
 * holds, for the authors that book.yaml gives one, the name as it is sorted ("Nguyen, Phi-Vân"); {@code accessibility}
 * the conformance claim or exemption, if book.yaml makes one.
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
        Map<String, String> fileAs,
        Accessibility accessibility) {

    public Metadata(String title, Optional<String> subtitle, List<String> authors, String language, String date,
            String publisher, String rights, String identifier, Optional<String> isbn, String description,
            List<String> subjects, String notesTitle, Optional<String> edition) {
        this(title, subtitle, authors, language, date, publisher, rights, identifier, isbn, description, subjects,
                notesTitle, edition, Map.of(), Accessibility.none());
    }
}
