package org.colophon.epub;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.colophon.book.Ids;
import org.colophon.book.Accessibility;
import org.colophon.book.Book;
import org.colophon.book.BookText;
import org.colophon.book.Chapter;
import org.colophon.book.EndNotes;
import org.colophon.book.Image;
import org.colophon.book.Metadata;
import org.colophon.book.ReadingOrder;
import org.colophon.xhtml.BookPages;
import org.colophon.typeface.FontFace;
import org.colophon.xml.XmlWriter;

/**
 * The EPUB 3 package document: metadata (with the EPUB Accessibility 1.1 properties), manifest and spine.
 * Written by us because epublib writes only EPUB 2.
 */
final class PackageDocument {
    static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private PackageDocument() {
    }

    static String write(Book book) {
        return write(book, false);
    }

    /** With {@code pageBreaks}, the book carries the print edition's page breaks, and says where they come from. */
    static String write(Book book, boolean pageBreaks) {
        Metadata m = book.metadata();
        XmlWriter w = new XmlWriter();
        w.declaration();
        w.start("package", "xmlns", "http://www.idpf.org/2007/opf", "version", "3.0", "unique-identifier", "book-id",
                "xml:lang", m.language()).newline();
        metadata(w, book, pageBreaks);
        manifest(w, book);
        spine(w, book);
        w.end().newline();
        return w.toString();
    }

    private static void metadata(XmlWriter w, Book book, boolean pageBreaks) {
        Metadata m = book.metadata();
        w.start("metadata", "xmlns:dc", "http://purl.org/dc/elements/1.1/").newline();
        w.element("dc:identifier", m.identifier(), "id", "book-id").newline();
        m.isbn().ifPresent(isbn -> w.element("dc:identifier", "urn:isbn:" + isbn.replaceAll("[\\s-]", ""), "id", "isbn").newline());
        w.element("dc:title", m.title(), "id", "title").newline();
        w.element("meta", "main", "refines", "#title", "property", "title-type").newline();
        m.subtitle().ifPresent(s -> {
            w.element("dc:title", s, "id", "subtitle").newline();
            w.element("meta", "subtitle", "refines", "#subtitle", "property", "title-type").newline();
        });
        for (int i = 0; i < m.authors().size(); i++) {
            String id = "author-" + (i + 1);
            w.element("dc:creator", m.authors().get(i), "id", id).newline();
            w.element("meta", "aut", "refines", "#" + id, "property", "role", "scheme", "marc:relators").newline();
            String fileAs = m.fileAs().get(m.authors().get(i));
            if (fileAs != null) {
                w.element("meta", fileAs, "refines", "#" + id, "property", "file-as").newline();
            }
        }
        w.element("dc:language", m.language()).newline();
        if (!m.date().isEmpty()) {
            w.element("dc:date", m.date()).newline();
        }
        if (!m.publisher().isEmpty()) {
            w.element("dc:publisher", m.publisher()).newline();
        }
        if (!m.rights().isEmpty()) {
            w.element("dc:rights", m.rights()).newline();
        }
        if (!m.description().isEmpty()) {
            w.element("dc:description", m.description()).newline();
        }
        for (String subject : m.subjects()) {
            w.element("dc:subject", subject).newline();
        }
        if (pageBreaks) {   // the print edition: its ISBN, else the identifier it shares with this edition
            w.element("dc:source", printSource(book), "id", "print-source").newline();
            // EPUB 3.3's way to say that the page breaks come from that source: EPUBCheck 5.3.0 rejects the older
            // a11y:pageBreakSource of EPUB Accessibility 1.0 as an undefined property (OPF-027)
            w.element("meta", "pagination", "refines", "#print-source", "property", "source-of").newline();
        }
        w.element("meta", MODIFIED.format(book.modified().truncatedTo(ChronoUnit.SECONDS)), "property", "dcterms:modified").newline();
        accessibility(w, book, pageBreaks);
        // EPUB 2 reading systems (and epublib) find the cover through this element
        book.cover().ifPresent(c -> w.empty("meta", "name", "cover", "content", EpubLayout.imageId(c)).newline());
        w.end().newline();
    }

    /**
     * EPUB Accessibility 1.1: what the book offers and what a reader needs, from what Colophon knows for certain; the
     * conformance claim, its certifier, or an exemption only where book.yaml makes one (nobody has certified a book
     * just because Colophon built it).
     */
    private static void accessibility(XmlWriter w, Book book, boolean pageBreaks) {
        AccessibilityFacts facts = AccessibilityFacts.of(book, pageBreaks);
        Accessibility claim = facts.claim();
        claim.conformsTo().ifPresent(c -> w.element("meta", c, "property", "dcterms:conformsTo").newline());
        claim.certifiedBy().ifPresent(c -> w.element("meta", c, "property", "a11y:certifiedBy", "id", "certifier").newline());
        claim.certifierCredential().ifPresent(c -> w.element("meta", c, "property", "a11y:certifierCredential",
                "refines", "#certifier").newline());
        claim.exemption().ifPresent(e -> w.element("meta", e, "property", "a11y:exemption").newline());
        facts.accessModes().forEach(m -> w.element("meta", m, "property", "schema:accessMode").newline());
        facts.accessModesSufficient().forEach(m -> w.element("meta", m, "property", "schema:accessModeSufficient").newline());
        facts.features().forEach(f -> w.element("meta", f, "property", "schema:accessibilityFeature").newline());
        facts.hazards().forEach(h -> w.element("meta", h, "property", "schema:accessibilityHazard").newline());
        w.element("meta", facts.summary(book.metadata().labels()), "property", "schema:accessibilitySummary").newline();
    }

    /** The print edition the page numbers come from: {@code print-isbn} as a URN, else the book's identifier. */
    static String printSource(Book book) {
        return book.metadata().printIsbn().map(i -> "urn:isbn:" + i.replaceAll("[\\s-]", ""))
                .orElse(book.metadata().identifier());
    }

    private static void manifest(XmlWriter w, Book book) {
        w.start("manifest").newline();
        w.empty("item", "id", "nav", "href", EpubLayout.NAV, "media-type", "application/xhtml+xml", "properties", "nav").newline();
        w.empty("item", "id", "ncx", "href", EpubLayout.NCX, "media-type", "application/x-dtbncx+xml").newline();
        w.empty("item", "id", "css", "href", EpubLayout.STYLESHEET, "media-type", "text/css").newline();
        if (book.cover().isPresent()) {
            w.empty("item", "id", "cover-page", "href", EpubLayout.COVER_PAGE, "media-type", "application/xhtml+xml",
                    "properties", "svg").newline();
        }
        for (String page : List.of(BookPages.TITLE_PAGE_ID, BookPages.COPYRIGHT_ID, BookPages.COLOPHON_ID)) {
            w.empty("item", "id", page, "href", EpubLayout.documentName(page), "media-type", "application/xhtml+xml").newline();
        }
        for (Chapter c : book.chapters()) {
            book.partOpenedBy(c).ifPresent(p -> w.empty("item", "id", p.id(), "href", EpubLayout.documentName(p.id()),
                    "media-type", "application/xhtml+xml").newline());
            w.empty("item", "id", c.id(), "href", EpubLayout.chapterFile(c), "media-type", "application/xhtml+xml",
                    "properties", BookText.hasMath(c.blocks()) ? "mathml" : null).newline();
        }
        for (EndNotes.Group g : EndNotes.of(book).groups()) {   // the notes documents, as the renderer writes them
            String notes = Ids.notesDocument(g.chapter().id());
            boolean math = g.notes().stream().anyMatch(n -> BookText.hasMath(n.blocks()));
            w.empty("item", "id", notes, "href", EpubLayout.documentName(notes), "media-type", "application/xhtml+xml",
                    "properties", math ? "mathml" : null).newline();
        }
        for (Image i : book.images()) {
            boolean cover = book.cover().map(i::equals).orElse(false);
            w.empty("item", "id", EpubLayout.imageId(i), "href", i.name(), "media-type", i.mediaType(),
                    "properties", cover ? "cover-image" : null).newline();
        }
        for (org.colophon.typeface.Typeface t : book.typefaces()) {
            for (FontFace f : t.faces()) {
                w.empty("item", "id", EpubLayout.fontId(f), "href", EpubLayout.fontFile(f), "media-type", EpubLayout.fontMediaType(f)).newline();
            }
        }
        w.end().newline();
    }

    private static void spine(XmlWriter w, Book book) {
        w.start("spine", "toc", "ncx").newline();
        if (book.cover().isPresent()) {
            w.empty("itemref", "idref", "cover-page").newline();
        }
        // as a printed book: title and copyright pages, a dedication or epigraph, then the contents
        w.empty("itemref", "idref", BookPages.TITLE_PAGE_ID).newline();
        w.empty("itemref", "idref", BookPages.COPYRIGHT_ID).newline();
        ReadingOrder order = ReadingOrder.of(book);
        for (Chapter c : order.beforeContents()) {
            chapterItemref(w, book, c);
        }
        w.empty("itemref", "idref", "nav").newline();
        for (ReadingOrder.Item item : order.afterContentsItems()) {
            item.either(c -> chapterItemref(w, book, c), notes -> notes.groups().forEach(g ->   // a document per chapter
                    w.empty("itemref", "idref", Ids.notesDocument(g.chapter().id())).newline()));
        }
        w.empty("itemref", "idref", BookPages.COLOPHON_ID).newline();
        w.end().newline();
    }

    /** A chapter in the spine, after the title page of the part it opens, if any. */
    private static void chapterItemref(XmlWriter w, Book book, Chapter c) {
        book.partOpenedBy(c).ifPresent(p -> w.empty("itemref", "idref", p.id()).newline());
        w.empty("itemref", "idref", c.id()).newline();
    }
}
