package org.colophon.book;

import java.time.Instant;
import org.colophon.typeface.Typeface;
import org.colophon.typeface.Typefaces;
import java.util.List;
import java.util.Optional;

/**
 * The whole book, as every writer sees it: metadata, chapters in reading order, the notes numbered through the
 * book, every image, the cover, the typefaces (one for the text, a monospaced one for code), the print layout and
 * the moment the book counts as last modified. It knows nothing of Markdown, EPUB or PDF.
 */
public record Book(
        Metadata metadata,
        List<Chapter> chapters,
        List<Note> notes,
        List<Image> images,
        Optional<Image> cover,
        Typeface typeface,
        Typeface codeTypeface,
        PrintLayout print,
        Instant modified) {

    /** A book set in {@code typeface}, with code in Colophon's monospaced face. */
    public Book(Metadata metadata, List<Chapter> chapters, List<Note> notes, List<Image> images, Optional<Image> cover,
            Typeface typeface, PrintLayout print, Instant modified) {
        this(metadata, chapters, notes, images, cover, typeface, Typefaces.jetBrainsMono(), print, modified);
    }

    /** Both typefaces, text first: every face a writer embeds. */
    public List<Typeface> typefaces() {
        return List.of(typeface, codeTypeface);
    }

    /** The same book with other chapters and notes: a part of it, laid out alone. */
    public Book with(List<Chapter> chapters, List<Note> notes) {
        return new Book(metadata, chapters, notes, images, cover, typeface, codeTypeface, print, modified);
    }

    public Chapter chapter(String id) {
        return chapters.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chapter " + id));
    }
}
