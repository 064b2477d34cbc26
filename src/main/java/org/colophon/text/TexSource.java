package org.colophon.text;

import org.colophon.diagnostic.SourcePosition;

/** Where a character of a formula stands in the manuscript, for a message about it. */
public final class TexSource {
    private TexSource() {
    }

    /**
     * The place of character {@code offset} of {@code tex} in the manuscript, its first character being at
     * {@code texStart}; the formula's start when the offset is unknown. A line after the first is counted from its
     * first column, which holds for a formula that is not indented.
     */
    public static SourcePosition at(SourcePosition texStart, String tex, int offset) {
        if (offset < 0 || texStart.line() == 0) {
            return texStart;
        }
        int end = Math.min(offset, tex.length());
        int newline = tex.lastIndexOf('\n', end - 1);
        int lines = (int) tex.substring(0, end).chars().filter(c -> c == '\n').count();
        return lines == 0 ? texStart.at(texStart.line(), texStart.column() + end)
                : texStart.at(texStart.line() + lines, end - newline);
    }
}
