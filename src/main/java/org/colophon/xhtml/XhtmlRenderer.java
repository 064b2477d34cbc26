package org.colophon.xhtml;

import java.util.List;
import org.colophon.book.Block;
import org.colophon.book.Book;
import org.colophon.book.Chapter;
import org.colophon.book.Inline;
import org.colophon.book.LinkTarget;
import org.colophon.book.Note;
import org.colophon.xml.XmlWriter;

/**
 * The one XHTML renderer: chapters and notes become XHTML5 (well-formed XML) for both the EPUB and the PDF.
 * Notes are linked both ways with the EPUB and DPUB-ARIA semantics that reading systems use for pop-ups;
 * the {@code <sup>} stands outside the {@code <a>}, as Apple Books needs for its pop-ups.
 */
public final class XhtmlRenderer {
    public static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    public static final String EPUB_NS = "http://www.idpf.org/2007/ops";
    /** The id of the notes section, and so the name of the EPUB's notes document. */
    public static final String NOTES_ID = "notes";

    private final Book book;
    private final Profile profile;

    public XhtmlRenderer(Book book, Profile profile) {
        this.book = book;
        this.profile = profile;
    }

    /** A complete XHTML document for one chapter (EPUB). */
    public String chapterDocument(Chapter chapter) {
        XmlWriter w = documentStart(chapter.title(), chapter.lang().orElse(book.metadata().language()));
        chapter(w, chapter);
        return documentEnd(w);
    }

    /** A complete XHTML document holding the book's notes (EPUB). */
    public String notesDocument() {
        XmlWriter w = documentStart(book.metadata().notesTitle());
        notes(w);
        return documentEnd(w);
    }

    /** Opens {@code <html>}, writes the head and opens {@code <body>}; the stylesheet is {@code css/book.css}. */
    public XmlWriter documentStart(String title) {
        return documentStart(title, book.metadata().language());
    }

    private XmlWriter documentStart(String title, String lang) {
        XmlWriter w = new XmlWriter(16384);
        w.declaration().raw("<!DOCTYPE html>\n");
        w.start("html", "xmlns", XHTML_NS, "xmlns:epub", EPUB_NS, "lang", lang, "xml:lang", lang).newline();
        w.start("head").newline();
        w.element("title", title).newline();
        w.empty("link", "rel", "stylesheet", "type", "text/css", "href", "css/book.css").newline();
        w.end().newline();
        w.start("body").newline();
        return w;
    }

    public String documentEnd(XmlWriter w) {
        w.end().newline().end().newline();
        return w.toString();
    }

    /** A chapter as a {@code <section>} labelled by its first heading. */
    public void chapter(XmlWriter w, Chapter chapter) {
        String label = chapter.headings().isEmpty() ? null : chapter.headings().get(0).id();
        String lang = chapter.lang().orElse(null);
        // EPUB's structural semantics and DPUB-ARIA spell "acknowledgments" without the e
        String role = chapter.role().equals("acknowledgements") ? "acknowledgments" : chapter.role();
        w.start("section", "id", chapter.id(), "class", chapter.role().equals("chapter") ? "chapter" : "chapter " + role,
                "epub:type", role, "role", "doc-" + role, "lang", lang, "xml:lang", lang,
                "aria-labelledby", label, "aria-label", label == null ? chapter.title() : null).newline();
        for (int i = 0; i < chapter.blocks().size(); i++) {
            block(w, chapter.blocks().get(i));
            if (i == 0) {
                runningHeads(w, chapter.title());
            }
        }
        if (chapter.blocks().isEmpty()) {
            runningHeads(w, chapter.title());
        }
        w.end().newline();
    }

    /**
     * Print only: the running heads of the pages that follow (book title on the verso, {@code recto} on the recto).
     * Written after the opening's first block so that they are assigned on the opening page itself.
     */
    private void runningHeads(XmlWriter w, String recto) {
        if (profile == Profile.PRINT) {
            w.element("div", book.metadata().title(), "class", "running-verso").newline();
            w.element("div", recto, "class", "running-recto").newline();
        }
    }

    /** The notes, numbered through the book, each linking back to where it was first referenced. */
    public void notes(XmlWriter w) {
        w.start("section", "id", NOTES_ID, "class", "notes", "epub:type", "endnotes", "role", "doc-endnotes",
                "aria-labelledby", "notes-title").newline();
        w.element("h1", book.metadata().notesTitle(), "id", "notes-title").newline();
        runningHeads(w, book.metadata().notesTitle());
        w.start("ol", "class", "notes").newline();
        for (Note note : book.notes()) {
            note(w, note);
        }
        w.end().newline();
        w.end().newline();
    }

    private void note(XmlWriter w, Note note) {
        w.start("li", "id", note.id(), "class", "note").newline();
        List<Block> blocks = note.blocks();
        boolean numbered = false;
        for (Block b : blocks) {
            if (!numbered && b instanceof Block.Paragraph p) {
                w.start("p");
                backLink(w, note);
                w.text(" ");
                inlines(w, p.content());
                w.end().newline();
                numbered = true;
            } else {
                if (!numbered) {
                    w.start("p");
                    backLink(w, note);
                    w.end().newline();
                    numbered = true;
                }
                block(w, b);
            }
        }
        if (!numbered) {
            w.start("p");
            backLink(w, note);
            w.end().newline();
        }
        w.end().newline();
    }

    private void backLink(XmlWriter w, Note note) {
        w.element("a", note.number() + ".", "class", "note-number", "role", "doc-backlink",
                "href", profile.address(note.chapterId(), note.refIds().get(0)),
                "aria-label", "Back to the text of note " + note.number());
    }

    private void blocks(XmlWriter w, List<Block> blocks) {
        for (Block b : blocks) {
            block(w, b);
        }
    }

    private void block(XmlWriter w, Block b) {
        if (b instanceof Block.Heading h) {
            String tag = "h" + Math.min(Math.max(h.level(), 1), 6);
            w.start(tag, "id", h.id());
            inlines(w, h.content());
            w.end().newline();
        } else if (b instanceof Block.Paragraph p) {
            w.start("p");
            inlines(w, p.content());
            w.end().newline();
        } else if (b instanceof Block.Figure f) {
            figure(w, f);
        } else if (b instanceof Block.BlockQuote q) {
            w.start("blockquote").newline();
            blocks(w, q.children());
            w.end().newline();
        } else if (b instanceof Block.Container c) {
            List<String> attributes = new java.util.ArrayList<>();
            c.attributes().forEach((name, value) -> {
                attributes.add(name);
                attributes.add(value);
            });
            if (c.attributes().containsKey("lang")) {
                attributes.add("xml:lang");
                attributes.add(c.attributes().get("lang"));
            }
            w.start(c.tag(), attributes.toArray(new String[0])).newline();
            blocks(w, c.children());
            w.end().newline();
        } else if (b instanceof Block.ListBlock l) {
            w.start(l.ordered() ? "ol" : "ul", "start", l.ordered() && l.start() != 1 ? Integer.toString(l.start()) : null).newline();
            for (List<Block> item : l.items()) {
                w.start("li");
                if (item.size() == 1 && item.get(0) instanceof Block.Paragraph p) {
                    inlines(w, p.content());
                } else {
                    blocks(w, item);
                }
                w.end().newline();
            }
            w.end().newline();
        } else if (b instanceof Block.CodeBlock c) {
            String lang = c.info() == null || c.info().isBlank() ? null : "language-" + c.info().strip().split("\\s+")[0];
            w.start("pre").start("code", "class", lang).text(c.code()).end().end().newline();
        } else if (b instanceof Block.ThematicBreak) {
            w.empty("hr").newline();
        } else if (b instanceof Block.Table t) {
            table(w, t);
        } else if (b instanceof Block.Html h) {
            w.raw(h.xhtml()).newline();   // parsed and written back by jsoup as well-formed XHTML
        }
    }

    private void figure(XmlWriter w, Block.Figure f) {
        w.start("figure", "id", f.id(), "class", "figure").newline();
        w.empty("img", "src", f.image().name(), "alt", f.alt(),
                "width", Integer.toString(f.image().width()), "height", Integer.toString(f.image().height())).newline();
        if (!f.caption().isEmpty() || !f.credit().isEmpty()) {
            w.start("figcaption");
            if (!f.caption().isEmpty()) {
                w.start("span", "class", "caption");
                inlines(w, f.caption());
                w.end();
            }
            if (!f.credit().isEmpty()) {
                w.text(" ").element("span", f.credit(), "class", "credit");
            }
            w.end().newline();
        }
        w.end().newline();
    }

    private void table(XmlWriter w, Block.Table t) {
        w.start("table").newline();
        if (!t.header().isEmpty()) {
            w.start("thead").start("tr");
            for (int i = 0; i < t.header().size(); i++) {
                w.start("th", "scope", "col", "style", align(t, i));
                inlines(w, t.header().get(i));
                w.end();
            }
            w.end().end().newline();
        }
        w.start("tbody").newline();
        for (List<List<Inline>> row : t.rows()) {
            w.start("tr");
            for (int i = 0; i < row.size(); i++) {
                w.start("td", "style", align(t, i));
                inlines(w, row.get(i));
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

    private void inlines(XmlWriter w, List<Inline> inlines) {
        for (Inline i : inlines) {
            inline(w, i);
        }
    }

    private void inline(XmlWriter w, Inline i) {
        if (i instanceof Inline.Text t) {
            w.text(t.text());
        } else if (i instanceof Inline.Emphasis e) {
            w.start("em");
            inlines(w, e.children());
            w.end();
        } else if (i instanceof Inline.Strong s) {
            w.start("strong");
            inlines(w, s.children());
            w.end();
        } else if (i instanceof Inline.Strikethrough s) {
            w.start("del");
            inlines(w, s.children());
            w.end();
        } else if (i instanceof Inline.TaskMarker t) {
            w.element("span", t.glyph(), "class", t.checked() ? "task done" : "task", "role", "img", "aria-label", t.label());
        } else if (i instanceof Inline.Code c) {
            w.element("code", c.text());
        } else if (i instanceof Inline.LineBreak br) {
            if (br.hard()) {
                w.empty("br").newline();
            } else {
                w.newline();
            }
        } else if (i instanceof Inline.Link l) {
            w.start("a", "href", href(l.target()), "title", l.title().isEmpty() ? null : l.title());
            inlines(w, l.children());
            w.end();
        } else if (i instanceof Inline.NoteRef r) {
            w.start("sup", "class", "noteref");
            w.element("a", Integer.toString(r.number()), "id", r.id(), "href", profile.address(NOTES_ID, "note-" + r.number()),
                    "epub:type", "noteref", "role", "doc-noteref");
            w.end();
        } else if (i instanceof Inline.Span s) {
            List<String> attributes = new java.util.ArrayList<>();
            s.attributes().forEach((name, value) -> {
                attributes.add(name);
                attributes.add(value);
            });
            if (s.attributes().containsKey("lang")) {
                attributes.add("xml:lang");   // XHTML reading systems look at xml:lang
                attributes.add(s.attributes().get("lang"));
            }
            String[] pairs = attributes.toArray(new String[0]);
            if (s.isVoid()) {
                w.empty(s.tag(), pairs);
            } else {
                w.start(s.tag(), pairs);
                inlines(w, s.children());
                w.end();
            }
        } else if (i instanceof Inline.InlineImage img) {
            w.empty("img", "src", img.image().name(), "alt", img.alt());
        }
    }

    private String href(LinkTarget target) {
        if (target instanceof LinkTarget.External e) {
            return e.uri();
        }
        LinkTarget.Internal in = (LinkTarget.Internal) target;
        String fragment = in.fragment().isEmpty() ? "" : book.chapter(in.chapterId()).anchor(in.fragment());
        return profile.address(in.chapterId(), fragment);
    }
}
