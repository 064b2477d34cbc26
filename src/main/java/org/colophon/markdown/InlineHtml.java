package org.colophon.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.colophon.book.Inline;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/**
 * HTML tags within a paragraph. CommonMark gives each tag as a node of its own; an opening tag and its closing tag
 * are paired here into a {@link Inline.Span} (or a link, for {@code <a href>}) around the inlines between them.
 */
final class InlineHtml {
    private final Diagnostics diagnostics;
    private final NodePositions positions;
    private final RawHtml rawHtml;
    private final ChapterReferences references;
    private final InlineConverter inlines;

    InlineHtml(Diagnostics diagnostics, NodePositions positions, RawHtml rawHtml, ChapterReferences references,
            InlineConverter inlines) {
        this.diagnostics = diagnostics;
        this.positions = positions;
        this.rawHtml = rawHtml;
        this.references = references;
        this.inlines = inlines;
    }

    /**
     * Converts the tag {@code html}, and the siblings up to its closing tag before {@code end}, into {@code out}.
     * Returns the node to go on after (the closing tag, or {@code html}); null when nesting is too deep (reported).
     */
    Node convert(HtmlInline html, Node end, List<Inline> out, int depth) {
        SourcePosition at = positions.at(html);
        Optional<RawHtml.Tag> tag = rawHtml.inlineTag(html.getLiteral(), at);
        if (tag.isEmpty()) {
            return html;
        }
        RawHtml.Tag t = tag.get();
        if (t.closing()) {
            diagnostics.error(at, "</" + t.name() + "> closes no <" + t.name() + "> opened before it in this paragraph");
            return html;
        }
        if (t.name().equals("img")) {
            String alt = t.get("alt").map(String::strip).orElse("");
            references.image(t.get("src").map(String::strip).orElse(""), alt, at)
                    .ifPresent(i -> out.add(new Inline.InlineImage(i, alt)));
            return html;
        }
        if (t.name().equals("br") || t.name().equals("wbr")) {
            out.add(new Inline.Span(t.name(), t.attributes(), List.of()));
            return html;
        }
        Node close = closing(html.getNext(), end, t.name());
        if (close == null) {
            diagnostics.error(at, "<" + t.name() + "> is never closed in this paragraph; add </" + t.name() + ">");
            return html;
        }
        if (NestingLimit.HTML.exceeded(depth, at, diagnostics)) {
            return null;
        }
        List<Inline> children = new ArrayList<>();
        inlines.sequence(html.getNext(), close, children, depth + 1);
        out.addAll(element(t, at, List.copyOf(children)));
        return close;
    }

    /**
     * An inline element written as HTML, with its content: a {@code <span>} or the like keeps its checked attributes
     * and its id (an anchor of the chapter); {@code <a href>} is a link checked as a Markdown link is.
     */
    private List<Inline> element(RawHtml.Tag t, SourcePosition at, List<Inline> children) {
        Map<String, String> attributes = new LinkedHashMap<>();
        t.get("id").map(String::strip).filter(id -> references.anchor(id, at)).ifPresent(id -> attributes.put("id", id));
        Optional<String> href = t.name().equals("a") ? t.get("href").map(String::strip) : Optional.empty();
        if (href.isEmpty()) {
            attributes.putAll(t.attributes());
            return List.of(new Inline.Span(t.name(), attributes, children));
        }
        List<Inline> out = new ArrayList<>();
        if (!attributes.isEmpty()) {
            out.add(new Inline.Span("a", attributes, List.of()));   // the anchor, where the link stands
        }
        InlineConverter.link(references.link(href.get(), at), t.attributes().getOrDefault("title", ""), children, out);
        return out;
    }

    /** The tag that closes {@code name} among the siblings from {@code from}, counting nested ones; null if none. */
    private static Node closing(Node from, Node end, String name) {
        int open = 0;
        for (Node n = from; n != end && n != null; n = n.getNext()) {
            if (n instanceof HtmlInline h) {
                String lit = h.getLiteral().toLowerCase(Locale.ROOT);
                if (lit.matches("<\\s*" + name + "(\\s[^>]*)?>")) {
                    open++;
                } else if (lit.matches("</\\s*" + name + "\\s*>")) {
                    if (open == 0) {
                        return n;
                    }
                    open--;
                }
            }
        }
        return null;
    }
}
