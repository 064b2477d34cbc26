package org.colophon.epub;

import java.util.ArrayList;
import java.util.List;
import org.colophon.book.Book;
import org.colophon.book.Chapter;
import org.colophon.book.Contents;
import org.colophon.book.EndNotes;
import org.colophon.book.Ids;
import org.colophon.book.ReadingOrder;
import org.colophon.book.Role;
import org.colophon.l10n.Labels;
import org.colophon.xhtml.BookPages;
import org.colophon.xhtml.XhtmlRenderer;
import org.colophon.xml.XmlWriter;

/** The EPUB 3 navigation document (contents and landmarks) and the NCX that older reading systems read. */
final class NavigationDocuments {
    private NavigationDocuments() {
    }

    /** A page of the print edition: its label and where its marker is ("chapter-3.xhtml#page-47"). */
    record Page(String label, String href) {
    }

    static String nav(Book book, XhtmlRenderer renderer) {
        return nav(book, renderer, List.of());
    }

    /** With a page list of the print edition's pages when there are {@code pages}. */
    static String nav(Book book, XhtmlRenderer renderer, List<Page> pages) {
        Labels labels = book.metadata().labels();
        XmlWriter w = renderer.documentStart(labels.get("contents"), "frontmatter");
        w.start("nav", "epub:type", "toc", "role", "doc-toc", "id", Ids.CONTENTS, "aria-labelledby", "toc-title").newline();
        w.element("h1", labels.get("contents"), "id", "toc-title").newline();
        w.start("ol", "class", "toc").newline();
        ReadingOrder order = ReadingOrder.of(book);
        String notes = firstNotes(order.notes());
        for (Contents.Entry e : Contents.of(book, book.outline().tocDepth())) {
            navEntry(w, e, notes);
        }
        w.end().newline();
        w.end().newline();

        w.start("nav", "epub:type", "landmarks", "id", "landmarks", "hidden", "hidden", "aria-label", labels.get("landmarks")).newline();
        w.start("ol").newline();
        if (book.cover().isPresent()) {
            landmark(w, "cover", EpubLayout.COVER_PAGE, labels.get("cover"));
        }
        landmark(w, "titlepage", EpubLayout.documentName(BookPages.TITLE_PAGE_ID), labels.get("title-page"));
        landmark(w, "toc", EpubLayout.NAV + "#toc", labels.get("contents"));
        order.bodyStart().ifPresent(c -> landmark(w, "bodymatter", EpubLayout.chapterFile(c), labels.get("start-of-book")));
        // the front and back matter by their roles (a dedication, the preface, the acknowledgments…), and the notes,
        // in reading order
        List<ReadingOrder.Item> inOrder = new ArrayList<>();
        order.beforeContents().forEach(c -> inOrder.add(new ReadingOrder.Item.Text(c)));
        inOrder.addAll(order.afterContentsItems());
        for (ReadingOrder.Item item : inOrder) {
            item.either(c -> c.role().structuralType().filter(type -> c.role() != Role.CHAPTER)
                            .ifPresent(type -> landmark(w, type, EpubLayout.chapterFile(c), c.title())),
                    endNotes -> landmark(w, "endnotes", firstNotes(endNotes), book.metadata().notesTitle()));
        }
        w.end().newline();
        w.end().newline();
        if (!pages.isEmpty()) {
            w.start("nav", "epub:type", "page-list", "id", "page-list", "hidden", "hidden").newline();
            w.start("ol").newline();
            for (Page p : pages) {
                w.start("li").element("a", p.label(), "href", p.href()).end().newline();
            }
            w.end().newline();
            w.end().newline();
        }
        return renderer.documentEnd(w);
    }

    /** The notes begin with the first chapter's notes document, which carries the notes heading; none without notes. */
    private static String firstNotes(EndNotes notes) {
        return notes.isEmpty() ? "" : EpubLayout.documentName(Ids.notesDocument(notes.groups().get(0).chapter().id()));
    }

    private static void navEntry(XmlWriter w, Contents.Entry e, String notes) {
        w.start("li").element("a", e.label(), "href", href(e, notes));
        if (!e.children().isEmpty()) {
            w.newline().start("ol").newline();
            for (Contents.Entry child : e.children()) {
                navEntry(w, child, notes);
            }
            w.end().newline();
        }
        w.end().newline();
    }

    /** Where an entry leads in the EPUB; the notes begin with the first chapter's notes document, {@code notes}. */
    private static String href(Contents.Entry e, String notes) {
        if (e.chapterId().equals(Contents.NOTES)) {
            return notes;
        }
        String file = EpubLayout.documentName(e.chapterId());
        return e.headingId().isEmpty() ? file : file + "#" + e.headingId();
    }

    private static void landmark(XmlWriter w, String type, String href, String label) {
        w.start("li").element("a", label, "epub:type", type, "href", href).end().newline();
    }

    static String ncx(Book book) {
        XmlWriter w = new XmlWriter();
        w.declaration();
        w.start("ncx", "xmlns", "http://www.daisy.org/z3986/2005/ncx/", "version", "2005-1", "xml:lang", book.metadata().language()).newline();
        List<Contents.Entry> entries = Contents.of(book, book.outline().tocDepth());
        // the levels the navMap really has: parts add one above the chapters
        int depth = entries.stream().mapToInt(Contents.Entry::depth).max().orElse(1);
        w.start("head").newline();
        w.empty("meta", "name", "dtb:uid", "content", book.metadata().identifier()).newline();
        w.empty("meta", "name", "dtb:depth", "content", Integer.toString(depth)).newline();
        w.empty("meta", "name", "dtb:totalPageCount", "content", "0").newline();
        w.empty("meta", "name", "dtb:maxPageNumber", "content", "0").newline();
        w.end().newline();
        w.start("docTitle").element("text", book.metadata().title()).end().newline();
        for (String author : book.metadata().authors()) {
            w.start("docAuthor").element("text", author).end().newline();
        }
        w.start("navMap").newline();
        int[] order = {0};
        String notes = firstNotes(ReadingOrder.of(book).notes());
        for (Contents.Entry e : entries) {
            navPoint(w, e, order, notes);
        }
        w.end().newline();
        w.end().newline();
        return w.toString();
    }

    private static void navPoint(XmlWriter w, Contents.Entry e, int[] order, String notes) {
        order[0]++;
        w.start("navPoint", "id", "np-" + order[0], "playOrder", Integer.toString(order[0])).newline();
        w.start("navLabel").element("text", e.label()).end().newline();
        w.empty("content", "src", href(e, notes)).newline();
        for (Contents.Entry child : e.children()) {
            navPoint(w, child, order, notes);
        }
        w.end().newline();
    }
}
