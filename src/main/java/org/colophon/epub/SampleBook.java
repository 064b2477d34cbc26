package org.colophon.epub;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.colophon.book.Block;
import org.colophon.book.Book;
import org.colophon.book.Chapter;
import org.colophon.book.Inline;
import org.colophon.book.Metadata;
import org.colophon.book.Note;
import org.colophon.typeface.Typeface;

/** A one-chapter book with a note and no fonts, for getting EPUBCheck ready while the real book is being made. */
final class SampleBook {
    private SampleBook() {
    }

    static Book of(Typeface typeface) {
        Metadata m = new Metadata("Sample", Optional.empty(), List.of("Colophon"), "en", "", "", "",
                "urn:uuid:00000000-0000-4000-8000-000000000000", Optional.empty(), "", List.of(), "Notes", Optional.empty());
        Chapter c = new Chapter("sample", "Sample", "sample.md", List.of(
                new Block.Heading(1, "sample", List.of(new Inline.Text("Sample"))),
                new Block.Paragraph(List.of(new Inline.Text("Text."), new Inline.NoteRef(1, "ref-1")))));
        Note n = new Note(1, "sample", List.of("ref-1"), List.of(new Block.Paragraph(List.of(new Inline.Text("A note.")))));
        Typeface noFonts = new Typeface(typeface.family(), typeface.designer(), typeface.license(), List.of());
        return new Book(m, List.of(c), List.of(n), List.of(), Optional.empty(), noFonts, Instant.EPOCH);
    }
}
