package org.colophon.manuscript;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colophon.book.Metadata;
import org.colophon.book.PrintLayout;
import org.colophon.diagnostic.SourcePosition;

/**
 * A loaded, checked manuscript: its folder, what book.yaml says (and where each value stands), the chapter files in
 * reading order,
 * and when it last changed (for reproducible dates).
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
        Instant lastModified) {
}
