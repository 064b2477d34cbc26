package org.colophon.xhtml;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.book.Ids;
import org.colophon.book.Block;
import org.colophon.book.Book;
import org.colophon.book.Chapter;
import org.colophon.book.Inline;
import org.colophon.book.LinkTarget;
import org.colophon.book.EndNotes;
import org.colophon.book.Note;
import org.colophon.book.Part;
import org.colophon.book.ReadingOrder;
import org.colophon.book.Role;
import org.colophon.xml.XmlWriter;

/**
 * The one XHTML renderer: chapters and notes become XHTML5 (well-formed XML) for both the EPUB and the PDF.
 * Notes are linked both ways with the EPUB and DPUB-ARIA semantics that reading systems use for pop-ups: each note
 * is an {@code epub:type="endnote"} (Apple Books pops up only a target that says what it is), its back-link comes first (Kindle
 * and Google Play take the note's first link for the way back), and the {@code <sup>} stands outside the {@code <a>}.
 * Print has one notes section at the back; the ebook splits it into one document per chapter with notes, at the
 * back in chapter order, so that a long book has no single huge notes file; the numbers are the same.
 */
public final class XhtmlRenderer {
    public static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    public static final String EPUB_NS = "http://www.idpf.org/2007/ops";
    /** The id of the notes section, and so the name of the EPUB's notes document. */
    public static final String NOTES_ID = Ids.NOTES;

    private final Book book;
    private final Profile profile;
    /** The notes section: the notes of each chapter that has any, in chapter order. */
    private final EndNotes endNotes;
    /** Where each chapter stands among the book's matter, for its document's body. */
    private final ReadingOrder order;
    private final Map<Integer, String> noteChapters = new HashMap<>();
    /** The print edition's page breaks, written into every document when the PDF is built too. */
    private PageMarkers pageMarkers;
    /**
     * What follows the first block of each opening (a chapter, a part, the notes): nothing in the ebook; in print,
     * the running heads of the pages that follow, which the PDF writer knows how to mark up for its layout engine.
     */
    private Opening opening = (w, title) -> { };
    /** How the format writes a formula: the TeX as text until a writer says how it sets math. */
    private MathMarkup math = MathMarkup.TEX;

    /** Writes what a format places after the first block of an opening, given the opening's title. */
    @FunctionalInterface
    public interface Opening {
        void after(XmlWriter w, String title);
    }

    public XhtmlRenderer(Book book, Profile profile) {
        this.book = book;
        this.profile = profile;
        book.notes().forEach(n -> noteChapters.put(n.number(), n.chapterId()));
        this.endNotes = EndNotes.of(book);
        this.order = ReadingOrder.of(book);
    }

    /** Writes the print edition's page-break markers into every document rendered from now on. */
    public void markPages(PageMarkers markers) {
        this.pageMarkers = markers;
    }

    /** The chapters that have notes, in reading order: each has a notes document in the ebook. */
    public List<String> chaptersWithNotes() {
        return endNotes.groups().stream().map(g -> g.chapter().id()).toList();
    }

    /** The ids of the ebook's notes documents, in reading order. */
    public List<String> notesDocumentIds() {
        return chaptersWithNotes().stream().map(Ids::notesDocument).toList();
    }

    /** A complete XHTML document for one chapter (EPUB), its body marked as the part of the book it is in. */
    public String chapterDocument(Chapter chapter) {
        XmlWriter w = documentStart(chapter.title(), chapter.lang().orElse(book.metadata().language()), order.matter(chapter));
        chapter(w, chapter);
        return documentEnd(w);
    }

    /**
     * The ebook's notes document of chapter {@code chapterId}. The first carries the notes heading and the id
     * {@code notes}, as the print's one section does; the others are labelled for assistive technology.
     */
    public String notesDocument(String chapterId) {
        EndNotes.Group group = endNotes.groups().stream().filter(g -> g.chapter().id().equals(chapterId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no notes in chapter " + chapterId));
        boolean first = endNotes.groups().get(0) == group;
        String title = book.metadata().notesTitle();
        String label = title + ": " + group.chapter().title();
        XmlWriter w = documentStart(first ? title : label, book.metadata().language(), "backmatter");
        notesSection(w, first ? NOTES_ID : Ids.notesDocument(chapterId), first ? null : label, List.of(group));
        return documentEnd(w);
    }

    /** Opens {@code <html>}, writes the head and opens {@code <body>}; the stylesheet is {@code css/book.css}. */
    public XmlWriter documentStart(String title) {
        return documentStart(title, book.metadata().language(), null);
    }

    /** As {@link #documentStart(String)}, the body marked {@code frontmatter}, {@code bodymatter} or {@code backmatter}. */
    public XmlWriter documentStart(String title, String matter) {
        return documentStart(title, book.metadata().language(), matter);
    }

    private XmlWriter documentStart(String title, String lang, String matter) {
        XmlWriter w = new XmlWriter(16384);
        w.declaration().raw("<!DOCTYPE html>\n");
        w.start("html", "xmlns", XHTML_NS, "xmlns:epub", EPUB_NS, "lang", lang, "xml:lang", lang).newline();
        w.start("head").newline();
        w.element("title", title).newline();
        w.empty("link", "rel", "stylesheet", "type", "text/css", "href", "css/book.css").newline();
        w.end().newline();
        w.start("body", "epub:type", matter).newline();
        if (pageMarkers != null) {
            w.watch(pageMarkers);
        }
        return w;
    }

    public String documentEnd(XmlWriter w) {
        w.end().newline().end().newline();
        return w.toString();
    }

    /** The author's photo ({@code author-photo} in book.yaml) under the heading of "about the author". */
    private void authorPhoto(XmlWriter w) {
        book.authorPhoto().ifPresent(photo -> {
            String alt = book.metadata().labels().format("author-photo-alt", String.join(", ", book.metadata().authors()));
            w.start("figure", "class", "author-photo").newline();
            w.empty("img", "src", photo.name(), "alt", alt, "width", Integer.toString(photo.width()),
                    "height", Integer.toString(photo.height())).newline();
            w.end().newline();
        });
    }

    /** A chapter as a {@code <section>} labelled by its first heading. */
    public void chapter(XmlWriter w, Chapter chapter) {
        String label = chapter.headings().isEmpty() ? null : chapter.headings().get(0).id();
        String lang = chapter.lang().orElse(null);
        String role = chapter.role().structuralType().orElse(null);
        w.start("section", "id", chapter.id(), "class", chapter.role() == Role.CHAPTER ? "chapter" : "chapter " + chapter.role().written(),
                "epub:type", role, "role", role == null ? null : "doc-" + role, "lang", lang, "xml:lang", lang,
                "aria-labelledby", label, "aria-label", label == null ? chapter.title() : null).newline();
        // a dedication or an epigraph stands alone on its page, with no running head
        boolean alone = chapter.role().standsAlone();
        for (int i = 0; i < chapter.blocks().size(); i++) {
            block(w, chapter.blocks().get(i));
            if (i == 0 && !alone) {
                runningHeads(w, chapter.title());
            }
            if (i == 0 && chapter.role() == Role.ABOUT_THE_AUTHOR) {
                authorPhoto(w);
            }
        }
        if (chapter.blocks().isEmpty() && !alone) {
            runningHeads(w, chapter.title());
            if (profile.isPrint()) {
                // an empty last section starts where the colophon's page sequence does, and Flying Saucer finds no
                // sequence for its page number in the contents: one blank line gives it a page of its own
                w.start("p").text("\u00A0").end();
            }
        }
        w.end().newline();
    }

    /** The EPUB document of a part's title page, body matter like the chapters it opens. */
    public String partDocument(Part part) {
        XmlWriter w = documentStart(part.label(book.metadata().labels()), "bodymatter");
        part(w, part);
        return documentEnd(w);
    }

    /**
     * A part's title page: its number ("Part II", in the book's language) and its title, as a section that EPUB and
     * DPUB-ARIA call a part. In print it stands alone on a recto, with no running head.
     */
    public void part(XmlWriter w, Part part) {
        String heading = Ids.partHeading(part.id());
        w.start("section", "id", part.id(), "class", "part", "epub:type", "part", "role", "doc-part",
                "aria-labelledby", heading).newline();
        w.start("h1", "id", heading, "class", "part-title");
        w.element("span", book.metadata().labels().format("part", part.roman()), "class", "part-number");
        if (!part.title().isEmpty()) {
            w.empty("br").element("span", part.title(), "class", "part-name");
        }
        w.end().newline();
        // assigned on the part's page, so that "last-except" leaves it bare
        runningHeads(w, part.label(book.metadata().labels()));
        w.end().newline();
    }

    /** Sets how the format writes a formula (the EPUB's MathML, the PDF's drawings). */
    public XhtmlRenderer withMath(MathMarkup math) {
        this.math = math;
        return this;
    }

    /** Sets what is written after each opening's first block (the print document's running heads). */
    public XhtmlRenderer withOpening(Opening opening) {
        this.opening = opening;
        return this;
    }

    private void runningHeads(XmlWriter w, String title) {
        opening.after(w, title);
    }

    /** The notes, numbered through the book, each linking back to where it was first referenced. */
    public void notes(XmlWriter w) {
        notesSection(w, NOTES_ID, null, endNotes.groups());
    }

    /**
     * A notes section: with the visible heading when {@code label} is null, else labelled by it; each chapter's notes
     * under a subhead with the chapter's title, when the notes come from more than one chapter.
     */
    private void notesSection(XmlWriter w, String id, String label, List<EndNotes.Group> groups) {
        w.start("section", "id", id, "class", "notes", "epub:type", "endnotes", "role", "doc-endnotes",
                "aria-labelledby", label == null ? Ids.NOTES_TITLE : null, "aria-label", label).newline();
        if (label == null) {
            w.element("h1", book.metadata().notesTitle(), "id", Ids.NOTES_TITLE).newline();
            runningHeads(w, book.metadata().notesTitle());
        }
        for (EndNotes.Group group : groups) {
            if (endNotes.hasSubheads()) {
                w.element("h2", group.chapter().title(), "id", group.headingId(), "class", "notes-chapter").newline();
            }
            int start = book.noteMark(group.notes().get(0).number());
            w.start("ol", "class", "notes", "start", start == 1 ? null : Integer.toString(start)).newline();
            for (Note note : group.notes()) {
                note(w, note);
            }
            w.end().newline();
        }
        w.end().newline();
    }

    private void note(XmlWriter w, Note note) {
        // no role="doc-endnote": DPUB-ARIA 1.1 deprecates it (EPUBCheck warns), a list item keeps its own role
        w.start("li", "id", note.id(), "class", "note", "epub:type", "endnote").newline();
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
        w.element("a", book.noteMark(note.number()) + ".", "id", profile.noteNumberId(note.number()), "class", "note-number", "role", "doc-backlink",
                "href", profile.address(note.chapterId(), note.refIds().get(0)),
                "aria-label", book.metadata().labels().format("note-backlink", book.noteMark(note.number())));
    }

    private void blocks(XmlWriter w, List<Block> blocks) {
        nodes(w).blocks(blocks);
    }

    private void block(XmlWriter w, Block b) {
        b.accept(nodes(w));
    }

    private void inlines(XmlWriter w, List<Inline> inlines) {
        nodes(w).inlines(inlines);
    }

    private NodeRenderer nodes(XmlWriter w) {
        return new NodeRenderer(w, this::href, this::noteHref, profile, book.metadata().labels().get("scene-break"), math)
                .withNoteMarks(book::noteMark);
    }

    private String noteHref(int number) {
        return profile.noteAddress(noteChapters.getOrDefault(number, ""), number);
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
