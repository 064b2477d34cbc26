package org.colophon.xhtml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.colophon.book.Block;
import org.colophon.book.Code;
import org.colophon.book.Inline;
import org.colophon.book.LinkTarget;
import org.colophon.book.Visitor;
import org.colophon.xml.XmlWriter;

/**
 * Writes the model's nodes as XHTML, one method per node type: it implements {@link Visitor} whole, so a new node
 * type does not compile until it is rendered here. Addresses come from the document renderer, which knows where
 * each chapter lives in the format being written.
 */
final class NodeRenderer implements Visitor {
    private final XmlWriter w;
    private final Function<LinkTarget, String> href;
    private final IntFunction<String> noteHref;
    private final Profile profile;

    /** The ornament of a scene break. */
    private final String sceneBreak;
    /** How the format writes a formula itself. */
    private final MathMarkup math;
    /** The number a note shows (through the book, or within its chapter), from the note's number in the book. */
    private java.util.function.IntUnaryOperator noteMark = n -> n;

    NodeRenderer(XmlWriter w, Function<LinkTarget, String> href, IntFunction<String> noteHref, Profile profile,
            String sceneBreak, MathMarkup math) {
        this.sceneBreak = sceneBreak;
        this.math = math;
        this.w = w;
        this.href = href;
        this.noteHref = noteHref;
        this.profile = profile;
    }

    /** Shows each note reference with {@code marks}' number for it ({@code notes.numbering}). */
    NodeRenderer withNoteMarks(java.util.function.IntUnaryOperator marks) {
        this.noteMark = marks;
        return this;
    }

    void blocks(List<Block> blocks) {
        blocks.forEach(b -> b.accept(this));
    }

    void inlines(List<Inline> inlines) {
        inlines.forEach(i -> i.accept(this));
    }

    @Override
    public void visit(Block.Heading h) {
        w.start("h" + Math.min(Math.max(h.level(), 1), 6), "id", h.id());
        inlines(h.content());
        w.end().newline();
    }

    @Override
    public void visit(Block.Paragraph p) {
        w.start("p");
        inlines(p.content());
        w.end().newline();
    }

    @Override
    public void visit(Block.Figure f) {
        w.start("figure", "id", f.id(), "class", "figure").newline();
        w.empty("img", "src", f.image().name(), "alt", f.alt(),
                "width", Integer.toString(f.image().width()), "height", Integer.toString(f.image().height()),
                "style", f.widthPercent() == 0 ? null : "width: " + f.widthPercent() + "%").newline();
        if (!f.caption().isEmpty() || !f.credit().isEmpty()) {
            w.start("figcaption");
            if (!f.caption().isEmpty()) {
                // a caption that repeats the alt text, which a screen reader has just read, is for the eye only
                w.start("span", "class", "caption", "aria-hidden", f.captionIsAlt() ? "true" : null);
                inlines(f.caption());
                w.end();
            }
            if (!f.credit().isEmpty()) {
                w.text(" ").element("span", f.credit(), "class", "credit");
            }
            w.end().newline();
        }
        w.end().newline();
    }

    @Override
    public void visit(Block.BlockQuote q) {
        w.start("blockquote").newline();
        blocks(q.children());
        w.end().newline();
    }

    @Override
    public void visit(Block.Container c) {
        w.start(c.tag(), attributes(c.attributes())).newline();
        blocks(c.children());
        w.end().newline();
    }

    @Override
    public void visit(Block.Alert a) {
        w.start("div", "id", a.id().orElse(null), "class", "alert alert-" + a.kind().written(), "role", "note").newline();
        w.element("p", a.title(), "class", "alert-title").newline();
        blocks(a.children());
        w.end().newline();
    }

    @Override
    public void visit(Block.ListBlock l) {
        w.start(l.ordered() ? "ol" : "ul", "start", l.ordered() && l.start() != 1 ? Integer.toString(l.start()) : null).newline();
        for (List<Block> item : l.items()) {
            w.start("li");
            if (item.size() == 1 && item.get(0) instanceof Block.Paragraph p) {
                inlines(p.content());   // a tight item: its text without a <p>
            } else {
                blocks(item);
            }
            w.end().newline();
        }
        w.end().newline();
    }

    @Override
    public void visit(Block.CodeBlock c) {
        if (!c.title().isEmpty()) {   // a file name above the code: the listing's caption
            w.start("figure", "class", "listing").newline();
            w.start("figcaption", "class", "listing-title").element("code", c.title()).end().newline();
        }
        Code.Lines lines = c.lines();
        String lang = c.language().isEmpty() ? null : "language-" + c.language();
        w.start("pre", "class", lines.numbered() ? "numbered" : null).start("code", "class", lang);
        if (!lines.numbered() && lines.marked().isEmpty()) {
            tokens(c.tokens().isEmpty() ? List.of(new Code.Token(Code.Kind.PLAIN, c.code())) : c.tokens());
        } else {
            List<List<Code.Token>> shown = Code.lines(c.code(), c.tokens());
            int width = Integer.toString(lines.first() + shown.size() - 1).length();
            for (int i = 0; i < shown.size(); i++) {
                if (lines.numbered()) {
                    // the number is Colophon's, not the code's: screen readers skip it
                    String n = Integer.toString(lines.first() + i);
                    w.element("span", " ".repeat(width - n.length()) + n + " ", "class", "line-number", "aria-hidden", "true");
                }
                if (lines.marked().contains(i + 1)) {
                    w.start("span", "class", "marked");
                    tokens(shown.get(i));
                    w.end();
                } else {
                    tokens(shown.get(i));
                }
                w.text("\n");
            }
        }
        w.end().end().newline();
        if (!c.title().isEmpty()) {
            w.end().newline();
        }
    }

    /** A code block's tokens, each of a kind in a span of its class ({@code tok-kw}), plain text as it is. */
    private void tokens(List<Code.Token> tokens) {
        for (Code.Token t : tokens) {
            if (t.kind() == Code.Kind.PLAIN) {
                w.text(t.text());
            } else {
                w.element("span", t.text(), "class", t.kind().cssClass());
            }
        }
    }

    @Override
    public void visit(Block.ThematicBreak thematicBreak) {
        // a scene break: the ornament as text, which every reading system and Flying Saucer show and the glyph gate
        // checks (CSS generated content on <hr> is not shown by all of them); role=separator keeps the meaning of
        // <hr>, and makes the ornament presentational, so that a screen reader says "separator", not "three asterisms"
        w.element("p", sceneBreak, "class", "scene-break", "role", "separator").newline();
    }

    @Override
    public void visit(Block.Html h) {
        // parsed and written back by jsoup as well-formed XHTML; its links are spelled here, per format
        java.util.regex.Matcher m = LINK_PLACEHOLDER.matcher(h.xhtml());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String address = href.apply(h.links().get(Integer.parseInt(m.group(1))));
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("href=\"" + attributeValue(address) + "\""));
        }
        m.appendTail(out);
        w.raw(out.toString()).newline();
    }

    private static final java.util.regex.Pattern LINK_PLACEHOLDER = java.util.regex.Pattern.compile("href=\"colophon-link:(\\d+)\"");

    private static String attributeValue(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    @Override
    public void visit(Block.Table t) {
        w.start("table").newline();
        // a head whose cells are all empty (GFM asks for a head row) heads nothing: empty <th> confuse screen readers
        if (t.header().stream().anyMatch(cell -> !org.colophon.book.Inlines.plainText(cell).isBlank())) {
            w.start("thead").start("tr");
            for (int i = 0; i < t.header().size(); i++) {
                w.start("th", "scope", "col", "style", align(t, i));
                inlines(t.header().get(i));
                w.end();
            }
            w.end().end().newline();
        }
        w.start("tbody").newline();
        for (List<List<Inline>> row : t.rows()) {
            w.start("tr");
            for (int i = 0; i < row.size(); i++) {
                w.start("td", "style", align(t, i));
                inlines(row.get(i));
                w.end();
            }
            w.end().newline();
        }
        w.end().end().newline();
    }

    private static String align(Block.Table t, int column) {
        String a = column < t.alignments().size() ? t.alignments().get(column) : null;
        return a == null ? null : "text-align: " + a;
    }

    @Override
    public void visit(Inline.Text t) {
        w.text(t.text());
    }

    @Override
    public void visit(Inline.Emphasis e) {
        w.start("em");
        inlines(e.children());
        w.end();
    }

    @Override
    public void visit(Inline.Strong s) {
        w.start("strong");
        inlines(s.children());
        w.end();
    }

    @Override
    public void visit(Inline.Strikethrough s) {
        w.start("del");
        inlines(s.children());
        w.end();
    }

    @Override
    public void visit(Inline.TaskMarker t) {
        w.element("span", t.glyph(), "class", t.checked() ? "task done" : "task", "role", "img", "aria-label", t.label());
    }

    @Override
    public void visit(Inline.Code c) {
        w.element("code", c.text());
    }

    @Override
    public void visit(Inline.LineBreak br) {
        if (br.hard()) {
            w.empty("br").newline();
        } else {
            w.newline();
        }
    }

    @Override
    public void visit(Inline.Link l) {
        w.start("a", "href", href.apply(l.target()), "title", l.title().isEmpty() ? null : l.title());
        inlines(l.children());
        w.end();
    }

    @Override
    public void visit(Inline.NoteRef r) {
        w.start("sup", "class", "noteref");
        w.element("a", Integer.toString(noteMark.applyAsInt(r.number())), "id", r.id(), "href", noteHref.apply(r.number()),
                "epub:type", "noteref", "role", "doc-noteref");
        w.end();
    }

    @Override
    public void visit(Inline.Span s) {
        String[] pairs = attributes(s.attributes());
        if (s.isVoid()) {
            w.empty(s.tag(), pairs);
        } else {
            w.start(s.tag(), pairs);
            inlines(s.children());
            w.end();
        }
    }

    @Override
    public void visit(Inline.InlineImage img) {
        w.empty("img", "src", img.image().name(), "alt", img.alt(),
                "width", Integer.toString(img.image().width()), "height", Integer.toString(img.image().height()));
    }

    // math (issue 19)

    /**
     * A display formula, set apart in a block of its own; a numbered one has its number first (a screen reader says
     * "(2)", then the formula), which both stylesheets set at the right edge, level with the formula's middle.
     */
    @Override
    public void visit(Block.Math m) {
        w.start("div", "class", m.numbered() ? "equation numbered" : "equation", "id", m.id());
        if (m.numbered()) {
            w.element("span", "(" + m.number() + ")", "class", "equation-number");
        }
        math.formula(w, m.tex(), true);
        w.end().newline();
    }

    @Override
    public void visit(Inline.Math m) {
        math.formula(w, m.tex(), m.display());
    }

    /** The attributes as name/value pairs, with {@code xml:lang} beside {@code lang}: XHTML reading systems read it. */
    private static String[] attributes(Map<String, String> attributes) {
        List<String> pairs = new ArrayList<>();
        attributes.forEach((name, value) -> {
            pairs.add(name);
            pairs.add(value);
        });
        if (attributes.containsKey("lang")) {
            pairs.add("xml:lang");
            pairs.add(attributes.get("lang"));
        }
        return pairs.toArray(new String[0]);
    }
}
