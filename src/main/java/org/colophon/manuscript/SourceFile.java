package org.colophon.manuscript;

import java.nio.file.Path;
import org.colophon.diagnostic.SourcePosition;

/** A chapter file as read: where it is, the path diagnostics print, and its text (NFC, without a BOM). */
public record SourceFile(Path file, String displayPath, String text) {

    public SourcePosition at(int line, int column) {
        return new SourcePosition(displayPath, line, column);
    }
}
