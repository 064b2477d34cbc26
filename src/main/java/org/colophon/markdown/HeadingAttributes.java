package org.colophon.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.text.Texts;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * The attribute block pandoc and kramdown read at the end of a heading, {@code ## Heading {#my-id}}. Colophon reads
 * its {@code #id}; anything else in it ({@code .class}, {@code key=value}) is dropped with a warning, never printed.
 */
final class HeadingAttributes {
    private static final Pattern TRAILING = Pattern.compile("\\s*\\{([^{}]*)\\}\\s*$");

    private HeadingAttributes() {
    }

    /** Removes a trailing {@code {…}} from the heading's text; returns the id it gives, if any. */
    static Optional<String> strip(Heading h, SourcePosition at, Diagnostics diagnostics) {
        Node last = h.getLastChild();
        if (!(last instanceof Text text)) {
            return Optional.empty();
        }
        Matcher m = TRAILING.matcher(text.getLiteral());
        if (!m.find() || !looksLikeAttributes(m.group(1))) {
            return Optional.empty();
        }
        int stripped = text.getLiteral().length() - m.start();
        text.setLiteral(text.getLiteral().substring(0, m.start()));
        // the text as written ends before the braces too, so that they are not read as text left as written
        List<SourceSpan> spans = text.getSourceSpans();
        if (spans.size() == 1 && spans.get(0).getLength() >= stripped) {
            SourceSpan s = spans.get(0);
            text.setSourceSpans(List.of(SourceSpan.of(s.getLineIndex(), s.getColumnIndex(), s.getLength() - stripped)));
        }
        String id = null;
        List<String> ignored = new ArrayList<>();
        for (String token : m.group(1).strip().split("\\s+")) {
            if (token.startsWith("#") && id == null) {
                id = CrossRefs.id(token.substring(1));   // pandoc-crossref's {#sec:harbours} is sec-harbours
            } else if (!token.isEmpty()) {
                ignored.add(token);
            }
        }
        if (!ignored.isEmpty()) {
            diagnostics.warning(at, "Colophon reads only {#id} after a heading; " + String.join(" ", ignored) + " is dropped");
        }
        if (id != null && !Texts.isNcName(id)) {
            diagnostics.error(at, "'" + id + "' cannot be an id: an id starts with a letter or '_' and holds no spaces "
                    + "or punctuation but '-', '_' and '.'; write one such as {#" + Texts.anchorId(Texts.anchorSlug(id), "h") + "}");
            return Optional.empty();
        }
        return Optional.ofNullable(id);
    }

    /** An attribute block: {@code #id}, {@code .class} or {@code key=value} tokens, nothing else. */
    static boolean looksLikeAttributes(String inside) {
        String s = inside.strip();
        return !s.isEmpty() && s.split("\\s+").length > 0
                && Arrays.stream(s.split("\\s+")).allMatch(t -> t.startsWith("#") || t.startsWith(".") || t.contains("="));
    }
}
