package org.colophon.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.book.Code;

/**
 * A terminal session ({@code console}, as mdBook and Pygments write it): a line that starts with a prompt
 * ({@code $ }, {@code % }, {@code > } or {@code PS C:\> }) is a command, lexed as the shell's, its prompt marked; every
 * other line is what the command printed, left plain.
 */
final class SessionLexer implements Lexer {
    private static final Pattern PROMPT = Pattern.compile("^(?:\\(\\S+\\)\\s)?(?:[\\w@.~:/-]*[$%#>] |PS [^>\\n]*> )");
    private final Lexer shell;

    SessionLexer(Lexer shell) {
        this.shell = shell;
    }

    @Override
    public List<Code.Token> tokens(String code) {
        List<Code.Token> out = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = PROMPT.matcher(line);
            if (m.lookingAt() && !line.startsWith("# ")) {
                out.add(new Code.Token(Code.Kind.META, m.group()));
                out.addAll(shell.tokens(line.substring(m.end())));
            } else if (!line.isEmpty()) {
                out.add(new Code.Token(Code.Kind.PLAIN, line));
            }
            if (i < lines.length - 1) {
                out.add(new Code.Token(Code.Kind.PLAIN, "\n"));
            }
        }
        return Tokens.merged(out);
    }
}
