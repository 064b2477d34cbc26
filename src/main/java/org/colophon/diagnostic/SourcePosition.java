package org.colophon.diagnostic;

/** Where something stands in the manuscript: a displayable path, and a 1-based line and column (0 when unknown). */
public record SourcePosition(String path, int line, int column) {
    /** For text that comes from no file, such as labels Colophon generates. */
    public static final SourcePosition NONE = new SourcePosition("", 0, 0);

    public static SourcePosition file(String path) {
        return new SourcePosition(path, 0, 0);
    }

    public SourcePosition at(int line, int column) {
        return new SourcePosition(path, line, column);
    }
}
