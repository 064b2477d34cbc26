package org.colophon.pdf;

import org.colophon.book.Ids;
import org.colophon.book.Book;
import org.colophon.book.Chapter;
import org.colophon.book.Contents;
import org.colophon.book.Metadata;
import org.colophon.book.ReadingOrder;
import org.colophon.print.PrintLayout;
import org.colophon.xhtml.BookPages;
import org.colophon.xhtml.Profile;
import org.colophon.xhtml.XhtmlRenderer;
import org.colophon.xml.XmlWriter;

/**
 * The whole book as one XHTML document for Flying Saucer: bookmarks and metadata in the head, then the front matter
 * (half title, title page, copyright page, a dedication or epigraph that opens the book, contents with page numbers,
 * a foreword, preface or acknowledgements that open it), the body's chapters and the notes, the colophon, all rendered by the one
 * {@link XhtmlRenderer} in its print profile.
 */
final class PrintDocument {
    private PrintDocument() {
    }

    static String write(Book book, PrintLayout layout, String css, org.colophon.xhtml.MathMarkup math) {
        XhtmlRenderer renderer = new XhtmlRenderer(book, Profile.PRINT).withOpening((w, title) -> runningHeads(w, book, title))
                .withMath(math);
        Metadata m = book.metadata();
        XmlWriter w = new XmlWriter(64 * 1024 + book.chapters().size() * 32 * 1024);
        w.declaration().raw("<!DOCTYPE html>\n");
        w.start("html", "xmlns", XhtmlRenderer.XHTML_NS, "xmlns:epub", XhtmlRenderer.EPUB_NS,
                "lang", m.language(), "xml:lang", m.language()).newline();
        head(w, book, layout, css);
        w.start("body").newline();
        ReadingOrder order = ReadingOrder.of(book);
        frontMatter(w, book, layout, renderer, order);
        w.start("div", "class", "body").newline();
        for (ReadingOrder.Item item : order.bodyItems()) {
            item.either(c -> chapter(w, book, renderer, c), notes -> renderer.notes(w));
        }
        w.end().newline();
        new BookPages(book).colophon(w);
        w.end().newline().end().newline();
        return w.toString();
    }

    /**
     * The printed contents: with the notes at the foot of the pages ({@code print.notes: foot}) there is no notes
     * section to list (the layout takes the section out of the document).
     */
    private static java.util.List<Contents.Entry> contents(Book book, PrintLayout layout, int depth) {
        return Contents.of(book, depth).stream()
                .filter(e -> layout.notes() == PrintLayout.Notes.END || !e.chapterId().equals(Contents.NOTES)).toList();
    }

    /** A chapter, after the title page of the part it opens, if any. */
    private static void chapter(XmlWriter w, Book book, XhtmlRenderer renderer, Chapter c) {
        book.partOpenedBy(c).ifPresent(p -> renderer.part(w, p));
        renderer.chapter(w, c);
    }

    /** The rules for where chapters open (print.css opens a part, and the chapter after it, on a recto whatever this says). */
    static String openingCss(PrintLayout.ChapterOpening opening) {
        return switch (opening) {
            case RECTO -> "section.chapter, section.notes { page-break-before: right; }\n";
            case CONTINUE -> "section.chapter { page-break-before: auto; margin-top: 12pt; }\n";
            case PAGE -> "";
        };
    }

    /** Lines of contents a page holds: each entry is a 15pt line with 4pt under it. */
    private static final double ENTRY_HEIGHT = 19;
    /** The contents' heading takes about this much of its first page (its margin, line and the space under it). */
    private static final double HEADING_HEIGHT = 86;

    /**
     * The heading levels of the contents page: {@code print.toc-depth} when given; else sections (2) when the
     * contents with sections fit on two pages, chapters only (1) when they would run over. Estimated from the count
     * of entries, one line each, against the height of two text blocks.
     */
    static int contentsDepth(Book book, PrintLayout layout) {
        if (layout.tocDepth().isPresent()) {
            return layout.tocDepth().getAsInt();
        }
        return contentsLines(book, 2) <= contentsCapacity(layout) ? 2 : 1;
    }

    /** The lines of a contents with {@code depth} levels: parts, chapters and headings, and the notes. */
    static int contentsLines(Book book, int depth) {
        return Contents.of(book, depth).stream().mapToInt(PrintDocument::count).sum();
    }

    private static int count(Contents.Entry e) {
        return 1 + e.children().stream().mapToInt(PrintDocument::count).sum();
    }

    /** The entries two pages of contents hold (about 51 on a 6 x 9 in page). */
    static int contentsCapacity(PrintLayout layout) {
        PageGeometry page = PageGeometry.of(layout, 0);
        double block = page.height() - page.top() - page.bottom();
        return (int) ((2 * block - HEADING_HEIGHT) / ENTRY_HEIGHT);
    }

    private static void head(XmlWriter w, Book book, PrintLayout layout, String css) {
        Metadata m = book.metadata();
        w.start("head").newline();
        w.element("title", m.title()).newline();
        // Flying Saucer copies these into the PDF's document information
        w.empty("meta", "name", "author", "content", String.join(", ", m.authors())).newline();
        w.empty("meta", "name", "subject", "content", m.description().isEmpty() ? m.title() : m.description()).newline();
        w.empty("meta", "name", "keywords", "content", String.join(", ", m.subjects())).newline();
        w.empty("meta", "name", "creator", "content", "Colophon").newline();
        w.element("style", css, "type", "text/css").newline();
        w.start("bookmarks").newline();
        for (Contents.Entry e : contents(book, layout, Contents.MAX_DEPTH)) {
            bookmark(w, e);
        }
        w.end().newline();
        w.end().newline();
    }

    private static void bookmark(XmlWriter w, Contents.Entry e) {
        w.start("bookmark", "name", e.label(), "href", "#" + target(e));
        for (Contents.Entry child : e.children()) {
            bookmark(w, child);
        }
        w.end().newline();
    }

    private static String target(Contents.Entry e) {
        return e.headingId().isEmpty() ? e.chapterId() : e.headingId();
    }

    private static void frontMatter(XmlWriter w, Book book, PrintLayout layout, XhtmlRenderer renderer, ReadingOrder order) {
        Metadata m = book.metadata();
        BookPages pages = new BookPages(book);
        w.start("div", "class", "front").newline();
        pages.halfTitle(w);
        pages.titlePage(w);
        pages.copyrightPage(w);
        for (Chapter c : order.beforeContents()) {
            chapter(w, book, renderer, c);
        }

        w.start("section", "class", "contents", "id", Ids.CONTENTS).newline();
        w.element("h1", m.labels().get("contents")).newline();
        w.start("ol").newline();
        // a dedication or an epigraph comes before the contents and is not in them (Chicago 1.4); the front matter
        // after them is, with roman numbers (RomanContents)
        java.util.Set<String> before = new java.util.HashSet<>();
        order.beforeContents().forEach(c -> before.add(c.id()));
        java.util.Set<String> front = new java.util.HashSet<>();
        order.afterContents().forEach(c -> front.add(c.id()));
        for (Contents.Entry e : contents(book, layout, contentsDepth(book, layout))) {
            if (!before.contains(e.chapterId())) {
                contentsEntry(w, e, front.contains(e.chapterId()));
            }
        }
        w.end().newline();
        w.end().newline();
        if (!order.afterContents().isEmpty()) {
            w.start("div", "class", "front-chapters").newline();
            for (Chapter c : order.afterContents()) {
                chapter(w, book, renderer, c);
            }
            w.end().newline();
        }
        w.end().newline();
    }

    private static void contentsEntry(XmlWriter w, Contents.Entry e, boolean front) {
        w.start("li").element("a", e.label(), "href", "#" + target(e), "class", front ? "front" : null);
        if (!e.children().isEmpty()) {
            w.start("ol");
            for (Contents.Entry child : e.children()) {
                contentsEntry(w, child, front);
            }
            w.end();
        }
        w.end().newline();
    }

    /**
     * The running heads of the pages that follow an opening: the book's title on the verso, the opening's on the
     * recto, as elements Flying Saucer takes out of the flow into the page's top margin ({@code position: running()}
     * in print.css). Written after the opening's first block, so that they are assigned on the opening page itself,
     * where "last-except" leaves them out.
     */
    private static void runningHeads(XmlWriter w, Book book, String recto) {
        w.element("div", book.metadata().title(), "class", "running-verso").newline();
        w.element("div", recto, "class", "running-recto").newline();
    }
}
