package org.colophon.book;

import java.util.List;
import java.util.Optional;

/** What book.yaml says about the book. Every string is NFC; optional values are empty, never null. */
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
        Optional<String> edition) {
}
