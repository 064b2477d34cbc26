package org.colophon.highlight;

import java.util.ArrayList;
import java.util.List;
import org.colophon.book.Code;

/** What every lexer's tokens go through: plain names read as calls or types, and runs of one kind made one. */
final class Tokens {
    private Tokens() {
    }

    /**
     * Gives plain names a kind from where they stand, as editors do: a name before {@code (} is a function (when
     * {@code calls}), a name that starts with a capital and is not all capitals is a type (when {@code capitals}).
     */
    static void refine(List<Code.Token> line, boolean capitals, boolean calls) {
        for (int i = 0; i < line.size(); i++) {
            Code.Token t = line.get(i);
            if (t.kind() != Code.Kind.PLAIN || !isName(t.text())) {
                continue;
            }
            if (calls && opensCall(line, i + 1)) {
                line.set(i, new Code.Token(Code.Kind.FUNCTION, t.text()));
            } else if (capitals && isCapitalized(t.text())) {
                line.set(i, new Code.Token(Code.Kind.TYPE, t.text()));
            }
        }
    }

    private static boolean opensCall(List<Code.Token> line, int from) {
        for (int j = from; j < line.size(); j++) {
            String s = line.get(j).text();
            if (s.isBlank()) {
                continue;
            }
            return line.get(j).kind() != Code.Kind.STRING && line.get(j).kind() != Code.Kind.COMMENT && s.startsWith("(");
        }
        return false;
    }

    static boolean isName(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '\'' || c == '?' || c == '!' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    static boolean isCapitalized(String s) {
        // an all-capitals name of more than one letter is a constant (MAX_SIZE), a single capital a type (T)
        return Character.isUpperCase(s.charAt(0)) && (s.length() == 1 || !s.equals(s.toUpperCase(java.util.Locale.ROOT)));
    }

    /** Neighbouring tokens of one kind as one: fewer spans, the same text. */
    static List<Code.Token> merged(List<Code.Token> tokens) {
        List<Code.Token> out = new ArrayList<>(tokens.size());
        for (Code.Token t : tokens) {
            if (t.text().isEmpty()) {
                continue;
            }
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).kind() == t.kind()) {
                out.set(last, new Code.Token(out.get(last).kind(), out.get(last).text() + t.text()));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
