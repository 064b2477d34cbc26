package org.colophon.manuscript;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.colophon.diagnostic.SourcePosition;

/**
 * What book.yaml says of the scholarly apparatus: the bibliography files ({@code bibliography:}, inside the
 * manuscript folder, with their paths as the author sees them), the citation style ({@code csl:}, a name Colophon
 * knows or a {@code .csl} file of the manuscript), and whether figures, tables and equations are numbered by chapter
 * ({@code numbering: chapter}, "3.2") or through the book ({@code book}, the default).
 */
public record Apparatus(List<BibliographyFile> bibliography, Optional<String> style, Optional<Path> styleFile,
        SourcePosition styleAt, boolean byChapter) {

    /** A bibliography file, and its path for messages. */
    public record BibliographyFile(Path file, String display) {
    }

    public static Apparatus none() {
        return new Apparatus(List.of(), Optional.empty(), Optional.empty(), SourcePosition.NONE, false);
    }

    public Apparatus {
        bibliography = List.copyOf(bibliography);
    }

    public boolean cites() {
        return !bibliography.isEmpty();
    }
}
