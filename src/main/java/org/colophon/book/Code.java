package org.colophon.book;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a code block shows beside its text: the tokens its language is cut into (the highlighting, shared by every
 * format) and how its lines are set (numbered, from which number; the lines the author marked).
 */
public final class Code {
    private Code() {
    }

    /** What a token is; each writer gives each kind its look ({@code tok-kw}…), plain text has none. */
    public enum Kind {
        PLAIN(""), KEYWORD("kw"), TYPE("type"), FUNCTION("fn"), STRING("str"), COMMENT("cm"), NUMBER("num"),
        OPERATOR("op"), CONSTANT("lit"), META("meta"), VARIABLE("var"), TAG("tag"), ATTRIBUTE("attr"),
        INSERTED("ins"), DELETED("del"), HEADING("hd");

        private final String written;

        Kind(String written) {
            this.written = written;
        }

        /** The class the renderer writes, {@code tok-kw}, or empty for plain text. */
        public String cssClass() {
            return written.isEmpty() ? "" : "tok-" + written;
        }
    }

    /** A run of a code block's text and what it is; a block's tokens, joined, are its text. */
    public record Token(Kind kind, String text) {
    }

    /**
     * How the lines are set: numbered or not, from {@code first}; {@code marked} are the lines the author asked to be
     * set apart (MkDocs' {@code hl_lines}), counted from 1 as the block shows them.
     */
    public record Lines(boolean numbered, int first, SortedSet<Integer> marked) {
        public static final Lines PLAIN = new Lines(false, 1, new TreeSet<>());

        public Lines {
            marked = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(marked));
        }
    }

    /** The tokens of {@code code} cut at its line ends, one list per line (the line's end not included). */
    public static List<List<Token>> lines(String code, List<Token> tokens) {
        List<Token> all = tokens.isEmpty() ? List.of(new Token(Kind.PLAIN, code)) : tokens;
        List<List<Token>> lines = new java.util.ArrayList<>();
        List<Token> line = new java.util.ArrayList<>();
        for (Token t : all) {
            String text = t.text();
            int from = 0;
            for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
                if (nl > from) {
                    line.add(new Token(t.kind(), text.substring(from, nl)));
                }
                lines.add(line);
                line = new java.util.ArrayList<>();
                from = nl + 1;
            }
            if (from < text.length()) {
                line.add(new Token(t.kind(), text.substring(from)));
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }
}
