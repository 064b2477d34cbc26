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
    /** Where anchors are printed and what chapters are called, for the index. */
    private Places places = Places.NONE;
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

    NodeRenderer withPlaces(Places places) {
        this.places = places;
        return this;
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
        if (!f.caption().isEmpty() || !f.credit().isEmpty() || f.numbered()) {
            w.start("figcaption");
            if (f.numbered()) {
                // "Figure 3." before the caption, in the book's language
                w.element("span", places.label("figure-ref").replace("{0}", f.number()) + ".", "class", "figure-number");
                w.text(f.caption().isEmpty() ? "" : " ");
            }
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

    // scholarly apparatus: citations
    @Override
    public void visit(Inline.BiblioRef r) {
        w.start("a", "href", href.apply(new LinkTarget.Internal(r.chapterId(), r.entryId())), "epub:type", "biblioref",
                "role", "doc-biblioref");
        inlines(r.children());
        w.end();
    }

    @Override
    public void visit(Block.Bibliography b) {
        if (b.section()) {
            w.start("section", "id", b.id(), "class", "bibliography", "epub:type", "bibliography", "role", "doc-bibliography",
                    "aria-label", b.label()).newline();
        }
        // no role="doc-biblioentry": DPUB-ARIA 1.1 deprecates it, as it does doc-endnote
        w.start("ul", "class", "references").newline();
        for (Block.BibliographyEntry e : b.entries()) {
            w.start("li", "id", e.id(), "class", "reference", "epub:type", "biblioentry");
            inlines(e.content());
            w.end().newline();
        }
        w.end().newline();
        if (b.section()) {
            w.end().newline();
        }
    }

    // scholarly apparatus: the index
    @Override
    public void visit(Inline.IndexMark m) {
        w.start("span", "id", m.id(), "class", "index-mark");
        inlines(m.children());
        w.end();
    }

    /**
     * The index, as EPUB Indexes 1.0 marks it up: a group per letter, an entry list, each entry its term, its
     * locators and its cross-references, and its sub-entries in a list of their own.
     */
    @Override
    public void visit(Block.Index index) {
        for (Block.IndexGroup g : index.groups()) {
            w.start("section", "class", "index-group", "epub:type", "index-group").newline();
            w.element("h2", g.letter(), "class", "index-letter").newline();
            entries(index, g.entries());
            w.end().newline();
        }
    }

    private void entries(Block.Index index, List<Block.IndexEntry> entries) {
        w.start("ul", "class", "index-entries", "epub:type", "index-entry-list").newline();
        for (Block.IndexEntry e : entries) {
            w.start("li", "id", e.id(), "class", "index-entry", "epub:type", "index-entry");
            w.element("span", e.term(), "class", "index-term", "epub:type", "index-term");
            locators(e.locators());
            xrefs(index.see(), e.see(), "index-xref-preferred", index);
            xrefs(index.seeAlso(), e.seeAlso(), "index-xref-related", index);
            if (!e.subentries().isEmpty()) {
                w.newline();
                entries(index, e.subentries());
            }
            w.end().newline();
        }
        w.end().newline();
    }

    /**
     * An entry's places: in print their pages, consecutive ones as a range (4–6), each page once; in the ebook a
     * link to each place, labelled with its printed page when the PDF is built in the same run, else with its
     * chapter's title (and 2, 3… for its further places in that chapter).
     */
    private void locators(List<Block.IndexLocator> locators) {
        List<String> seenPages = new ArrayList<>();
        java.util.Map<String, Integer> perChapter = new java.util.HashMap<>();
        List<Block.IndexLocator> kept = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Block.IndexLocator l : locators) {
            java.util.Optional<String> page = places.printPage(l.anchorId());
            if (page.isPresent()) {
                if (seenPages.contains(page.get())) {
                    continue;   // the place is on a page the entry names already
                }
                seenPages.add(page.get());
                labels.add(page.get());
            } else {
                int n = perChapter.merge(l.chapterId(), 1, Integer::sum);
                labels.add(profile.isPrint() ? null : n == 1 ? places.chapterTitle(l.chapterId()) : Integer.toString(n));
            }
            kept.add(l);
        }
        if (kept.isEmpty()) {
            return;
        }
        w.start("span", "class", "index-locators");
        for (int i = 0; i < kept.size(); i++) {
            int end = i;
            if (profile.isPrint()) {
                while (end + 1 < kept.size() && consecutive(labels.get(end), labels.get(end + 1))) {
                    end++;
                }
            }
            w.text(i == 0 ? ", " : ", ");
            Block.IndexLocator l = kept.get(i);
            String href = this.href.apply(new LinkTarget.Internal(l.chapterId(), l.anchorId()));
            String label = labels.get(i);
            if (label == null) {
                // the first print layout: the page from Flying Saucer's counter, as the contents get theirs
                w.element("a", "", "href", href, "class", places.frontMatter(l.chapterId()) ? "index-locator page-number front"
                        : "index-locator page-number", "epub:type", "index-locator");
            } else {
                w.element("a", end > i ? label + "\u2013" + labels.get(end) : label, "href", href, "class", "index-locator",
                        "epub:type", "index-locator");
            }
            i = end;
        }
        w.end();
    }

    private static boolean consecutive(String a, String b) {
        return a != null && b != null && a.matches("\\d+") && b.matches("\\d+") && Integer.parseInt(b) == Integer.parseInt(a) + 1;
    }

    private void xrefs(String word, List<String> terms, String type, Block.Index index) {
        if (terms.isEmpty()) {
            return;
        }
        w.text(". ");
        w.start("span", "class", "index-xref", "epub:type", type);
        w.element("em", word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1)).text(" ");
        for (int i = 0; i < terms.size(); i++) {
            w.text(i == 0 ? "" : "; ");
            String target = entryId(index.groups(), terms.get(i));
            if (target == null) {
                w.text(terms.get(i));
            } else {
                w.element("a", terms.get(i), "href", "#" + target);
            }
        }
        w.end();
    }

    /** The anchor of the entry {@code term} names ("Treaty" or "Treaty!of Friendship"), if the index has it. */
    private static String entryId(List<Block.IndexGroup> groups, String term) {
        String[] path = term.split("!");
        List<Block.IndexEntry> level = groups.stream().flatMap(g -> g.entries().stream()).toList();
        Block.IndexEntry found = null;
        for (String part : path) {
            found = level.stream().filter(e -> e.term().equals(part.strip())).findFirst().orElse(null);
            if (found == null) {
                return null;
            }
            level = found.subentries();
        }
        return found.id();
    }

    // scholarly apparatus: cross-references
    /**
     * "Figure 3" (or the number alone, or a section's title) linked to its target; "on page 42" in print from Flying
     * Saucer's page counter, as the contents get their numbers, and in the ebook when the PDF is built in the same
     * run (its page list), else as "Figure 3".
     */
    @Override
    public void visit(Inline.CrossRef r) {
        java.util.Optional<Places.Target> t = places.target(r.targetId());
        if (t.isEmpty()) {
            w.text(r.targetId());   // reported as an error before any writer runs
            return;
        }
        String href = this.href.apply(new LinkTarget.Internal(t.get().chapterId(), r.targetId()));
        String label = t.get().number().isEmpty() ? t.get().title()
                : r.form() == Inline.CrossRef.Form.NUMBER ? t.get().number() : r.words().replace("{0}", t.get().number());
        if (r.form() == Inline.CrossRef.Form.PAGE) {
            // the reference's words inside its link, which neither format's page count reads (PageStart.uncounted):
            // they are "on page 42" in print and "Figure 3" in an ebook that knows no printed page; the punctuation
            // after it in a span that does not wrap, as Flying Saucer broke between the number and a ')'
            int at = r.onPage().indexOf("{0}");
            java.util.Optional<String> page = places.printPage(r.targetId());
            String words = profile.isPrint() && at >= 0
                    // a no-break space before the number, which print.css's counter adds after the words
                    ? r.onPage().substring(0, at).replaceAll(" $", "\u00A0")
                    : page.map(p -> r.onPage().replace("{0}", p)).orElse(label);
            w.start("span", "class", "page-reference");
            w.element("a", words, "href", href, "class", profile.isPrint() && places.frontMatter(t.get().chapterId())
                    ? "xref page-number front" : "xref page-number");
            w.text(r.trailing());
            w.end();
            return;
        }
        w.element("a", label, "href", href, "class", "xref");
        w.text(r.trailing());
    }
}
