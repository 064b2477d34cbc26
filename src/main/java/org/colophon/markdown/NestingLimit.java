package org.colophon.markdown;

import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;

/** Deeper nesting than {@link #MAX_DEPTH} is refused rather than risk the stack; no book needs it. */
enum NestingLimit {
    BLOCKS("content is nested more than " + NestingLimit.MAX_DEPTH + " levels deep; flatten it"),
    INLINES("emphasis or links are nested more than " + NestingLimit.MAX_DEPTH + " levels deep"),
    HTML("HTML is nested more than " + NestingLimit.MAX_DEPTH + " levels deep");

    static final int MAX_DEPTH = 64;

    private final String message;

    NestingLimit(String message) {
        this.message = message;
    }

    /** True, and reported at {@code at}, when {@code depth} is past the limit. */
    boolean exceeded(int depth, SourcePosition at, Diagnostics diagnostics) {
        if (depth <= MAX_DEPTH) {
            return false;
        }
        diagnostics.error(at, message);
        return true;
    }
}
