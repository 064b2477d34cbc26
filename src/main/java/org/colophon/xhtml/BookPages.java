package org.colophon.xhtml;

import java.util.ArrayList;
import java.util.List;
import org.colophon.book.Ids;
import org.colophon.book.Book;
import org.colophon.book.Metadata;
import org.colophon.l10n.Labels;
import org.colophon.xml.XmlWriter;

/**
 * The pages Colophon makes itself, the same in both formats: half title (print), title page, copyright page and
 * colophon. DPUB-ARIA 1.0 has no role for a title page or a copyright page, so those carry only their
 * {@code epub:type} and a label; the colophon has {@code doc-colophon}.
 */
public final class BookPages {
    public static final String HALF_TITLE_ID = Ids.HALF_TITLE;
    public static final String TITLE_PAGE_ID = Ids.TITLE_PAGE;
    public static final String COPYRIGHT_ID = Ids.COPYRIGHT;
    public static final String COLOPHON_ID = Ids.COLOPHON;

    private final Book book;

    public BookPages(Book book) {
        this.book = book;
    }

    /** The title alone, on the first recto of a printed book. */
    public void halfTitle(XmlWriter w) {
        w.start("section", "class", "half-title", "id", HALF_TITLE_ID, "epub:type", "halftitlepage",
                "aria-label", book.metadata().title()).newline();
        w.element("p", book.metadata().title(), "class", "title").newline();
        w.end().newline();
    }

    public void titlePage(XmlWriter w) {
        Metadata m = book.metadata();
        w.start("section", "class", "title-page", "id", TITLE_PAGE_ID, "epub:type", "titlepage",
                "aria-label", m.labels().get("title-page")).newline();
        w.element("p", m.title(), "class", "title").newline();
        m.subtitle().ifPresent(s -> w.element("p", s, "class", "subtitle").newline());
        w.element("p", String.join(", ", m.authors()), "class", "author").newline();
        // the publisher, unless it is the author again (a book the author publishes names them once)
        if (!m.publisher().isEmpty() && !m.authors().contains(m.publisher())
                && !m.publisher().equals(String.join(", ", m.authors()))) {
            w.element("p", m.publisher(), "class", "publisher").newline();
        }
        w.end().newline();
    }

    public void copyrightPage(XmlWriter w) {
        w.start("section", "class", "copyright-page", "id", COPYRIGHT_ID, "epub:type", "copyright-page",
                "aria-label", book.metadata().labels().get("copyright-page")).newline();
        for (String line : copyrightLines()) {
            w.element("p", line).newline();
        }
        w.end().newline();
    }

    /** The last page says how the book was made, as printed books traditionally do. */
    public void colophon(XmlWriter w) {
        Labels labels = book.metadata().labels();
        w.start("section", "class", "colophon-page", "id", COLOPHON_ID, "epub:type", "colophon", "role", "doc-colophon",
                "aria-label", labels.get("colophon")).newline();
        // the designer as the face's name table gives it (name ID 9, else its maker); a face that names none is named alone
        w.element("p", book.typeface().designer().isBlank() ? labels.format("colophon-typeface-plain", book.typeface().family())
                : labels.format("colophon-typeface", book.typeface().family(), book.typeface().designer())).newline();
        w.element("p", labels.get("colophon-made")).newline();
        w.end().newline();
    }

    /**
     * Rights, edition, the ISBN (or, for a book without one, its identifier), publisher and date, as the copyright
     * page prints them. The typeface is named once in the book, on the colophon.
     */
    public List<String> copyrightLines() {
        Metadata m = book.metadata();
        Labels labels = m.labels();
        List<String> lines = new ArrayList<>();
        if (!m.rights().isEmpty()) {
            lines.add(m.rights());
        }
        m.edition().ifPresent(lines::add);
        if (m.isbn().isPresent()) {
            lines.add(labels.format("isbn", m.isbn().get()));
        } else {
            lines.add(labels.format("identifier", m.identifier()));
        }
        if (!m.publisher().isEmpty()) {
            lines.add(m.date().isEmpty() ? labels.format("published-undated", m.publisher())
                    : labels.format("published", m.publisher(), m.displayDate()));
        } else if (!m.date().isEmpty()) {
            lines.add(m.displayDate());
        }
        return lines;
    }
}
