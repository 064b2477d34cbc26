package org.colophon.text;

import org.colophon.diagnostic.SourcePosition;

/**
 * A formula a typesetter would not set: its message, in the typesetter's words, and where in the TeX it stopped
 * ({@code offset}, from 0; -1 when it did not say).
 */
public final class TexRefused extends Exception {
    private final int offset;

    public TexRefused(String message, int offset) {
        super(message, null, false, false);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }

    /** Where the typesetter stopped in the manuscript, given where the formula's TeX begins there. */
    public SourcePosition where(SourcePosition texStart, String tex) {
        return TexSource.at(texStart, tex, offset);
    }

}
