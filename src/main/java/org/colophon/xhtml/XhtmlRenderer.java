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
            if (profile == Profile.PRINT) {
                // an empty last section starts where the colophon's page sequence does, and Flying Saucer finds no
                // sequence for its page number in the contents: one blank line gives it a page of its own
                w.start("p").text("\u00A0").end();
            }
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
        new NodeRenderer(w, this::href, profile).blocks(blocks);
    }

    private void block(XmlWriter w, Block b) {
        b.accept(new NodeRenderer(w, this::href, profile));
    }

    private void inlines(XmlWriter w, List<Inline> inlines) {
        new NodeRenderer(w, this::href, profile).inlines(inlines);
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
