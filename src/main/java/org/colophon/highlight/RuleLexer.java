package org.colophon.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.book.Code;

/**
 * A lexer made of rules, for the languages RSyntaxTextArea lacks: at each place, the first rule whose pattern
 * matches there gives the next token (a comment, a string, a number…), else a name (a keyword, a type, a constant,
 * a known function, or a plain name), else white space, else one character. Comments that nest ({@code {- {- -} -}})
 * are counted, as no regular expression can. One pass over the whole block, so a string or a comment over several
 * lines is one token.
 */
final class RuleLexer implements Lexer {
    private final Grammar grammar;

    RuleLexer(Grammar grammar) {
        this.grammar = grammar;
    }

    /**
     * A pattern tried at each place; {@code lineStart}: only where the line has had nothing but white space. Or, with
     * no pattern, a comment that nests, from {@code open} to its own {@code close}.
     */
    record Rule(Pattern pattern, Code.Kind kind, boolean lineStart, String open, String close) {
        Rule(Pattern pattern, Code.Kind kind, boolean lineStart) {
            this(pattern, kind, lineStart, null, null);
        }
    }

    /** A language: its rules in the order they are tried, its names by kind, how a name is written. */
    record Grammar(List<Rule> rules, Pattern name, Map<String, Code.Kind> names, String operators,
            boolean capitalsAreTypes, boolean calls) {
    }

    @Override
    public List<Code.Token> tokens(String code) {
        List<Code.Token> out = new ArrayList<>();
        List<Matcher> matchers = new ArrayList<>(grammar.rules().size());
        grammar.rules().forEach(r -> matchers.add(r.pattern() == null ? null : r.pattern().matcher(code)));
        Matcher name = grammar.name().matcher(code);
        int pos = 0;
        int n = code.length();
        next:
        while (pos < n) {
            for (int r = 0; r < matchers.size(); r++) {
                Rule rule = grammar.rules().get(r);
                if (rule.lineStart() && !atLineStart(code, pos)) {
                    continue;
                }
                Matcher m = matchers.get(r);
                if (m == null) {
                    if (code.startsWith(rule.open(), pos)) {
                        int end = nestedEnd(code, pos, rule.open(), rule.close());
                        out.add(new Code.Token(Code.Kind.COMMENT, code.substring(pos, end)));
                        pos = end;
                        continue next;
                    }
                    continue;
                }
                m.region(pos, n);
                if (m.lookingAt() && m.end() > pos) {
                    out.add(new Code.Token(rule.kind(), m.group()));
                    pos = m.end();
                    continue next;
                }
            }
            name.region(pos, n);
            if (name.lookingAt() && name.end() > pos) {
                String word = name.group();
                out.add(new Code.Token(grammar.names().getOrDefault(word, Code.Kind.PLAIN), word));
                pos = name.end();
                continue;
            }
            int end = pos;
            while (end < n && Character.isWhitespace(code.charAt(end))) {
                end++;
            }
            if (end > pos) {
                out.add(new Code.Token(Code.Kind.PLAIN, code.substring(pos, end)));
                pos = end;
                continue;
            }
            int cp = code.codePointAt(pos);
            int len = Character.charCount(cp);
            out.add(new Code.Token(grammar.operators().indexOf(cp) >= 0 ? Code.Kind.OPERATOR : Code.Kind.PLAIN,
                    code.substring(pos, pos + len)));
            pos += len;
        }
        Tokens.refine(out, grammar.capitalsAreTypes(), grammar.calls());
        return Tokens.merged(out);
    }

    private static boolean atLineStart(String code, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Where a nested comment that opens at {@code from} ends: after its own close, or at the end of the code. */
    private static int nestedEnd(String code, int from, String open, String close) {
        int depth = 0;
        int i = from;
        while (i < code.length()) {
            if (code.startsWith(open, i)) {
                depth++;
                i += open.length();
            } else if (code.startsWith(close, i)) {
                depth--;
                i += close.length();
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return code.length();
    }
}
