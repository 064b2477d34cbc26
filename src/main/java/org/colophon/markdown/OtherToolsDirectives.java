package org.colophon.markdown;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;

/**
 * Other tools' directives left in a book's text ({@code {{#include …}}}, {@code {{< hint >}}}, {@code {% exercise %}}),
 * gathered over the whole book and reported once per kind, at the first: a GitBook or Hugo book has dozens, and a
 * warning for each buried the warnings that matter.
 */
final class OtherToolsDirectives {
    private static final Pattern KIND = Pattern.compile("(\\{\\{[<%#]?|\\{%)[-\\s]*(/?[\\w.-]+).*?([-\\s]*[>%]?\\}\\}|[-\\s]*%\\})",
            Pattern.DOTALL);

    private static final class Seen {
        final String first;
        final SourcePosition at;
        final Set<String> files = new LinkedHashSet<>();
        int count;

        Seen(String first, SourcePosition at) {
            this.first = first;
            this.at = at;
        }
    }

    /** In the order the chapters are read, so that the warnings are the same on every run. */
    private final Map<String, Seen> byKind = new LinkedHashMap<>();

    void add(String directive, SourcePosition at) {
        Seen seen = byKind.computeIfAbsent(kind(directive), k -> new Seen(directive, at));
        seen.count++;
        seen.files.add(at.path());
    }

    /** A directive's kind: its delimiters and first word ({@code {% hint %}} for {@code {% hint style='info' %}}). */
    static String kind(String directive) {
        Matcher m = KIND.matcher(directive);
        return m.matches() ? m.group(1) + " " + m.group(2) + " " + m.group(3).strip() : directive;
    }

    /** One warning per kind, at its first place, saying how many more of its kind there are, and where. */
    void report(Diagnostics diagnostics) {
        byKind.forEach((kind, seen) -> {
            int files = seen.files.size();
            String more = seen.count == 1 ? "" : ", as are " + (seen.count - 1) + " more " + kind + " (in " + files
                    + (files == 1 ? " chapter)" : " chapters)");
            diagnostics.warning(seen.at, "'" + seen.first + "' is printed as written" + more + ": it is a directive of "
                    + "another tool (mdBook, Hugo, Jekyll, GitBook), which Colophon does not run; write what it stands for here");
        });
    }
}
