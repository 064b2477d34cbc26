package org.colophon.highlight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colophon.book.Code;

/**
 * Highlights code blocks: the language an author names, and the tokens of a block in it. One highlighter per book
 * build (its lexers are made once per language, on first use, and are not shared between threads).
 */
public final class Highlighter {
    private final Map<String, Lexer> lexers = new HashMap<>();

    /** The name Colophon gives the language an author wrote ({@code js} is {@code javascript}), if it knows it. */
    public Optional<String> language(String written) {
        return Languages.named(written).map(Languages.Language::name);
    }

    /** Whether the name says the block is text, not code ({@code text}, {@code output}): shown plain, with no warning. */
    public boolean isPlainText(String written) {
        return Languages.isPlain(written);
    }

    /**
     * The tokens of {@code code} in {@code language} (a name {@link #language} gave); they join into {@code code}.
     * Empty when the lexer failed on the text (the block is then shown plain, and the author told).
     */
    public Optional<List<Code.Token>> tokens(String language, String code) {
        Lexer lexer = lexers.computeIfAbsent(language, l -> Languages.named(l).orElseThrow().lexer().get());
        try {
            List<Code.Token> tokens = lexer.tokens(code);
            StringBuilder joined = new StringBuilder(code.length());
            tokens.forEach(t -> joined.append(t.text()));
            return joined.toString().equals(code) ? Optional.of(tokens) : Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /** The languages' own names. */
    public static Set<String> languages() {
        return Languages.names();
    }

    /** Every name that stands for a language. */
    public static Set<String> names() {
        return Languages.allNames();
    }
}
