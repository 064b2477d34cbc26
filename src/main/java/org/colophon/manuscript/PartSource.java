package org.colophon.manuscript;

import java.nio.file.Path;
import java.util.List;
import org.colophon.diagnostic.SourcePosition;

/** A part as book.yaml gives it: its title (may be empty), where it is written, and its chapter files in order. */
public record PartSource(String title, SourcePosition position, List<Path> files) {
}
