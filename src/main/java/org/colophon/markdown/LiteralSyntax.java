package org.colophon.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;

/**
 * Markdown syntax that CommonMark left as text, because it was not closed or names nothing: printed as written,
 * it would surprise the author in the finished book, so each is a warning where it stands.
 */
final class LiteralSyntax {
    // each read from the source as written: what a backslash escapes is meant as text
    private static final Pattern STRIKE = Pattern.compile("(?<!\\\\)~~");
    private static final Pattern INLINE_NOTE = Pattern.compile("(?<!\\\\)\\^\\[");
    private static final Pattern ATTRIBUTES = Pattern.compile("(?<!\\\\)\\{\\s*[#.][^{}\\s]*[^{}]*\\}");
    /** Another tool's directive: mdBook's {@code {{#include …}}}, Hugo's {@code {{< … >}}} and {@code {{% … %}}}, Jekyll's {@code {% … %}}. */
    private static final Pattern DIRECTIVE = Pattern.compile("(?<!\\\\)(\\{\\{.*?\\}\\}|\\{%.*?%\\})");
    /** {@code [text][ref]} or {@code [text][]}, with or without {@code !}: a reference whose definition is missing. */
    private static final Pattern REFERENCE = Pattern.compile("(?<!\\\\)!?\\[([^\\]\\[^][^\\]\\[]*)\\]\\[([^\\]\\[]*)\\]");

    private LiteralSyntax() {
    }

    /** {@code written}: the text as it stands in the source, escapes included. */
    static void check(String written, SourcePosition at, Diagnostics diagnostics, OtherToolsDirectives directives) {
        String literal = written;
        if (literal.indexOf('~') >= 0) {
            find(STRIKE, literal, at, diagnostics,
                    m -> "'~~' is printed as written: it strikes nothing through here; close it (~~text~~) or write \\~~");
        }
        if (literal.indexOf('^') >= 0) {
            find(INLINE_NOTE, literal, at, diagnostics,
                    m -> "'^[' is printed as written: it starts no inline note here; close it (^[the note]) or write \\^[");
        }
        if (literal.indexOf('{') >= 0) {
            Matcher d = DIRECTIVE.matcher(literal);
            while (d.find()) {
                directives.add(d.group(), new SourcePosition(at.path(), at.line(), at.column() + d.start()));
            }
            // what remains, the directives blanked out (their inner braces are not attributes)
            String rest = DIRECTIVE.matcher(literal).replaceAll(m -> " ".repeat(m.group().length()));
            // and the index's spans ([term]{.index}), which are read
            rest = IndexMarks.SPAN.matcher(rest).replaceAll(m -> " ".repeat(m.group().length()));
            find(ATTRIBUTES, rest, at, diagnostics, m -> "'" + m.group() + "' is printed as written: Colophon reads "
                    + "attributes only as {#id} at the end of a heading");
        }
        if (literal.indexOf('[') >= 0) {
            find(REFERENCE, literal, at, diagnostics, m -> {
                String ref = m.group(2).isEmpty() ? m.group(1) : m.group(2);
                return "'" + m.group() + "' is printed as written: no [" + ref + "]: … defines that reference; "
                        + "define it, or write the address in place: [" + m.group(1) + "](address)";
            });
        }
    }

    private static void find(Pattern p, String literal, SourcePosition at, Diagnostics diagnostics,
            java.util.function.Function<Matcher, String> message) {
        Matcher m = p.matcher(literal);
        while (m.find()) {
            diagnostics.warning(new SourcePosition(at.path(), at.line(), at.column() + m.start()), message.apply(m));
        }
    }
}
