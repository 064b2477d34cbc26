package org.colophon.cite;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.colophon.book.Inline;
import org.colophon.book.LinkTarget;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * citeproc-java's HTML (with named entities such as {@code &uuml;} and {@code &ldquo;}, which XHTML does not know)
 * read by jsoup into the book's own inlines, which each writer then writes as its format wants: italics as emphasis,
 * bold as strong, small capitals and upright text inside italics as classed spans, links (a DOI, a URL) as links.
 */
final class HtmlInlines {
    private HtmlInlines() {
    }

    static List<Inline> of(String html) {
        List<Inline> out = new ArrayList<>();
        children(Jsoup.parseBodyFragment(html).body(), out);
        return trim(out);
    }

    private static void children(Element parent, List<Inline> out) {
        for (Node n : parent.childNodes()) {
            if (n instanceof TextNode t) {
                String text = Normalizer.normalize(t.getWholeText().replaceAll("\\s+", " "), Normalizer.Form.NFC);
                if (!text.isEmpty()) {
                    out.add(new Inline.Text(text));
                }
            } else if (n instanceof Element e) {
                element(e, out);
            }
        }
    }

    private static void element(Element e, List<Inline> out) {
        List<Inline> inner = new ArrayList<>();
        children(e, inner);
        String style = e.attr("style").replace(" ", "");
        switch (e.tagName()) {
            case "i", "em" -> out.add(new Inline.Emphasis(inner));
            case "b", "strong" -> out.add(new Inline.Strong(inner));
            case "sup", "sub" -> out.add(new Inline.Span(e.tagName(), Map.of(), inner));
            case "a" -> {
                String href = e.attr("href");
                if (href.startsWith("https://") || href.startsWith("http://")) {
                    out.add(new Inline.Link(new LinkTarget.External(href), "", inner));
                } else {
                    out.addAll(inner);
                }
            }
            case "div" -> {
                // a numeric bibliography's number (csl-left-margin) and its entry (csl-right-inline): side by side
                if (!out.isEmpty() && e.hasClass("csl-right-inline")) {
                    out.add(new Inline.Text(" "));
                }
                out.addAll(inner);
            }
            default -> {
                if (style.contains("font-style:italic") || style.contains("font-style:oblique")) {
                    out.add(new Inline.Emphasis(inner));
                } else if (style.contains("font-weight:bold")) {
                    out.add(new Inline.Strong(inner));
                } else if (style.contains("font-variant:small-caps")) {
                    out.add(new Inline.Span("span", Map.of("class", "small-caps"), inner));
                } else if (style.contains("font-style:normal")) {
                    out.add(new Inline.Span("span", Map.of("class", "upright"), inner));
                } else if (style.contains("vertical-align:sup")) {
                    out.add(new Inline.Span("sup", Map.of(), inner));
                } else if (style.contains("vertical-align:sub")) {
                    out.add(new Inline.Span("sub", Map.of(), inner));
                } else {
                    out.addAll(inner);
                }
            }
        }
    }

    /** Without the white space citeproc-java puts around an entry. */
    private static List<Inline> trim(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(inlines);
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text t) {
            String s = t.text().stripLeading();
            if (s.isEmpty()) {
                out.remove(0);
            } else {
                out.set(0, new Inline.Text(s));
            }
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t) {
            String s = t.text().stripTrailing();
            if (s.isEmpty()) {
                out.remove(out.size() - 1);
            } else {
                out.set(out.size() - 1, new Inline.Text(s));
            }
        }
        return List.copyOf(out);
    }
}
