package org.colophon.book;

import java.time.Instant;
import org.colophon.typeface.Typeface;
import java.util.List;
import java.util.Optional;

/**
 * The whole book, as every writer sees it: metadata, chapters in reading order, the notes numbered through the
 * book, every image, the cover, the typeface, the print layout and the moment the book counts as last modified.
 * It knows nothing of Markdown, EPUB or PDF.
 */
public record Book(
        Metadata metadata,
        List<Chapter> chapters,
        List<Note> notes,
        List<Image> images,
        Optional<Image> cover,
        Typeface typeface,
        PrintLayout print,
        Instant modified) {

    public Chapter chapter(String id) {
        return chapters.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chapter " + id));
    }
}
