package org.colophon.manuscript;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colophon.book.Book;
import org.colophon.book.Metadata;
import org.colophon.book.Role;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.output.BookYamlPlaces;
import org.colophon.output.WriterSettings;
import org.colophon.print.PrintLayout;
import org.colophon.typeface.BookTypefaces;

/**
 * A loaded, checked manuscript: its folder, what book.yaml says (and where each value stands), the chapter files in
 * reading order,
 * and when it last changed (for reproducible dates); the parts that group chapters, the roles book.yaml gives
 * chapters (by file), and the EPUB's {@code toc-depth}; the author's photo and the back cover's blurb, as Markdown
 * ({@code author-photo}, {@code back-cover}), if book.yaml gives them; how code is set ({@code code:}); how notes are
 * numbered ({@code notes: numbering:}); the scholarly apparatus ({@code bibliography}, {@code csl}, {@code numbering});
 * the typefaces, loaded from the files {@code typeface:} names, else Colophon's own.
 */
public record Manuscript(
        Path root,
        ManuscriptPaths paths,
        Metadata metadata,
        Map<String, SourcePosition> metadataPositions,
        PrintLayout print,
        Optional<Path> cover,
        SourcePosition coverPosition,
        List<SourceFile> chapters,
        Instant lastModified,
        List<PartSource> parts,
        Map<Path, Role> roles,
        int tocDepth,
        Optional<Path> authorPhoto,
        Optional<String> backCover,
        CodeSettings code,
        Book.NoteNumbering noteNumbering,
        Apparatus apparatus,
        BookTypefaces typefaces) {

    /** The same manuscript with other chapters (a test's, or a preview's new snapshot of them). */
    public Manuscript withChapters(List<SourceFile> others) {
        return new Manuscript(root, paths, metadata, metadataPositions, print, cover, coverPosition, List.copyOf(others),
                lastModified, parts, roles, tocDepth, authorPhoto, backCover, code, noteNumbering, apparatus, typefaces);
    }

    /** What book.yaml sets for the writers: the layout of its {@code print:} section, for the PDF and the cover. */
    public WriterSettings writerSettings() {
        Map<String, String> files = new java.util.HashMap<>();
        cover.ifPresent(c -> files.put("cover", fromRoot(c)));
        authorPhoto.ifPresent(p -> files.put("author-photo", fromRoot(p)));
        return WriterSettings.of(print, new BookYamlPlaces(paths.display("book.yaml"), metadataPositions, files));
    }

    /** A path as book.yaml gives it: from the manuscript folder. */
    private String fromRoot(Path file) {
        return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
