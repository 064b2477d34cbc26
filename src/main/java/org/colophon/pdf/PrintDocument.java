package org.colophon.pdf;

import java.util.List;
import org.colophon.book.Book;
import org.colophon.book.Chapter;
import org.colophon.book.Contents;
import org.colophon.book.Metadata;
import org.colophon.l10n.Labels;
import org.colophon.xhtml.Profile;
import org.colophon.xhtml.XhtmlRenderer;
import org.colophon.xml.XmlWriter;

/**
 * The whole book as one XHTML document for Flying Saucer: bookmarks and metadata in the head, then the front matter
 * (title page, copyright page, contents with page numbers), the chapters and the notes, all rendered by the one
 * {@link XhtmlRenderer} in its print profile.
 */
final class PrintDocument {
    private PrintDocument() {
    }

    static String write(Book book, String css) {
        XhtmlRenderer renderer = new XhtmlRenderer(book, Profile.PRINT);
        Metadata m = book.metadata();
        XmlWriter w = new XmlWriter(64 * 1024 + book.chapters().size() * 32 * 1024);
        w.declaration().raw("<!DOCTYPE html>\n");
        w.start("html", "xmlns", XhtmlRenderer.XHTML_NS, "xmlns:epub", XhtmlRenderer.EPUB_NS,
                "lang", m.language(), "xml:lang", m.language()).newline();
        head(w, book, css);
        w.start("body").newline();
        frontMatter(w, book);
        w.start("div", "class", "body").newline();
        for (Chapter c : book.chapters()) {
            renderer.chapter(w, c);
        }
        if (!book.notes().isEmpty()) {
            renderer.notes(w);
        }
        w.end().newline();
        colophon(w, book);
        w.end().newline().end().newline();
        return w.toString();
    }

    private static void head(XmlWriter w, Book book, String css) {
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
        for (Contents.Entry e : Contents.of(book)) {
            bookmark(w, e);
        }
        if (!book.notes().isEmpty()) {
            w.empty("bookmark", "name", m.notesTitle(), "href", "#" + XhtmlRenderer.NOTES_ID).newline();
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

    /** The last page says how the book was made, as printed books traditionally do. */
    private static void colophon(XmlWriter w, Book book) {
        w.start("section", "class", "colophon-page", "id", "colophon").newline();
        Labels labels = book.metadata().labels();
        w.element("p", labels.format("colophon-typeface", book.typeface().family(), book.typeface().designer())).newline();
        w.element("p", labels.get("colophon-made")).newline();
        w.end().newline();
    }

    private static void frontMatter(XmlWriter w, Book book) {
        Metadata m = book.metadata();
        w.start("div", "class", "front").newline();
        w.start("section", "class", "title-page", "id", "title-page").newline();
        w.element("p", m.title(), "class", "title").newline();
        m.subtitle().ifPresent(s -> w.element("p", s, "class", "subtitle").newline());
        w.element("p", String.join(", ", m.authors()), "class", "author").newline();
        if (!m.publisher().isEmpty()) {
            w.element("p", m.publisher(), "class", "publisher").newline();
        }
        w.end().newline();

        w.start("section", "class", "copyright-page", "id", "copyright").newline();
        for (String line : copyrightLines(book)) {
            w.element("p", line).newline();
        }
        w.end().newline();

        w.start("section", "class", "contents", "id", "toc").newline();
        w.element("h1", m.labels().get("contents")).newline();
        w.start("ol").newline();
        for (Contents.Entry e : Contents.of(book)) {
            contentsEntry(w, e);
        }
        if (!book.notes().isEmpty()) {
            w.start("li").element("a", m.notesTitle(), "href", "#" + XhtmlRenderer.NOTES_ID).end().newline();
        }
        w.end().newline();
        w.end().newline();
        w.end().newline();
    }

    private static void contentsEntry(XmlWriter w, Contents.Entry e) {
        w.start("li").element("a", e.label(), "href", "#" + target(e));
        if (!e.children().isEmpty()) {
            w.start("ol");
            for (Contents.Entry child : e.children()) {
                contentsEntry(w, child);
            }
            w.end();
        }
        w.end().newline();
    }

    /** Rights, edition, identifiers, publisher and the typeface, as the copyright page prints them. */
    static List<String> copyrightLines(Book book) {
        Metadata m = book.metadata();
        List<String> lines = new java.util.ArrayList<>();
        if (!m.rights().isEmpty()) {
            lines.add(m.rights());
        }
        m.edition().ifPresent(lines::add);
        Labels labels = m.labels();
        m.isbn().ifPresent(isbn -> lines.add(labels.format("isbn", isbn)));
        lines.add(labels.format("identifier", m.identifier()));
        if (!m.publisher().isEmpty()) {
            lines.add(m.date().isEmpty() ? labels.format("published-undated", m.publisher())
                    : labels.format("published", m.publisher(), m.displayDate()));
        } else if (!m.date().isEmpty()) {
            lines.add(m.displayDate());
        }
        lines.add(labels.format("set-in", book.typeface().family(), book.typeface().license()));
        return lines;
    }
}
