package org.colophon.markdown;

import java.util.function.Supplier;
import org.colophon.text.Typography;

/**
 * The typography of a block's text, set piece by piece: a quote's direction depends on the character set before it,
 * which may stand in another inline (after {@code *word*} a quote closes; at a block's start it opens).
 */
final class TypographyState {
    private final Typography typography;
    /** The last character set in the current block; 0 at its start. */
    private int lastChar;
    /** The quotes the block has left open so far. */
    private Typography.OpenQuotes quotes = new Typography.OpenQuotes();

    TypographyState(Typography typography) {
        this.typography = typography;
    }

    void startBlock() {
        lastChar = 0;
        quotes = new Typography.OpenQuotes();
    }

    /** The text with the language's typography applied, given what was set before it. */
    String set(String text) {
        String set = typography.apply(text, lastChar, quotes);
        follow(set);
        return set;
    }

    /** Code, set as written, that the text after it follows. */
    void setVerbatim(String code) {
        follow(code);
    }

    void lineBreak() {
        lastChar = ' ';
    }

    /** Converts something set elsewhere (a note's text) without disturbing the sentence around it. */
    <T> T aside(Supplier<T> conversion) {
        int saved = lastChar;
        Typography.OpenQuotes savedQuotes = quotes.copy();
        T converted = conversion.get();
        lastChar = saved;
        quotes = savedQuotes;
        return converted;
    }

    private void follow(String text) {
        if (!text.isEmpty()) {
            lastChar = text.codePointBefore(text.length());
        }
    }
}
