package org.colophon.epub;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.colophon.book.Book;
import org.colophon.book.Chapter;
import org.colophon.book.Ids;
import org.colophon.book.Image;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.l10n.Labels;
import org.colophon.output.BookWriter;
import org.colophon.output.Format;
import org.colophon.output.Inputs;
import org.colophon.output.PageStart;
import org.colophon.output.Validator;
import org.colophon.output.WriterSettings;
import org.colophon.output.Written;
import org.colophon.typeface.FontFace;
import org.colophon.typeface.Typeface;
import org.colophon.xhtml.BookPages;
import org.colophon.xhtml.PageMarkers;
import org.colophon.xhtml.Profile;
import org.colophon.xhtml.XhtmlRenderer;
import org.colophon.xml.XmlWriter;

/**
 * Writes a book as an EPUB 3: {@code mimetype} first and stored, the container, the package document, navigation,
 * the XHTML documents, the stylesheet, images and fonts. Entries come in a fixed order with the book's own
 * modification time, so the same book gives the same bytes.
 */
public final class EpubWriter implements BookWriter {
    /** The profile the shared renderer writes the EPUB's documents in: each in its file of the EPUB. */
    public static final Profile PROFILE = EpubLayout.PROFILE;

    /** Not 00:00:00: the JDK takes that DOS time for its "before 1980" mark, and adds the extra field again. */
    private static final LocalDateTime ZIP_FIRST = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
    private static final LocalDateTime ZIP_LAST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    static final String APPLE_DISPLAY_OPTIONS = "META-INF/com.apple.ibooks.display-options.xml";
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    @Override
    public Format format() {
        return Format.EPUB;
    }

    /** The PDF, when it is built too, gives the print edition's page breaks; an EPUB alone has none. */
    @Override
    public Set<Format> uses() {
        return Set.of(Format.PDF);
    }

    /**
     * Every formula set as MathML before anything is written (KaTeX is loaded then, once per process, and keeps what
     * it set for the writing): one KaTeX refuses is an error at its place.
     */
    @Override
    public List<Diagnostic> proof(Book book, WriterSettings settings) {
        return new Formulas().prepare(book);
    }

    /** EPUBCheck, which compiles its schemas on its first book: a build warms it with a small sample book. */
    @Override
    public Optional<Validator> validator() {
        return Optional.of(new EpubValidator());
    }

    /**
     * Writes the EPUB of {@code book} to {@code out}, with the print edition's page list when the PDF was written
     * before it; tells the time spent rendering XHTML ({@code epub-xhtml}: the rest is zipping) and the chapter file
     * each document was made from.
     */
    @Override
    public Written write(Book book, Inputs inputs, OutputStream out) throws IOException {
        long start = System.nanoTime();
        Map<String, byte[]> entries = entries(book, inputs.pages(Format.PDF).map(Written.Pages::starts).orElse(List.of()));
        long rendered = (System.nanoTime() - start) / 1_000_000;
        LocalDateTime time = zipTime(book.modified());
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            // zlib's default level: the fonts, most of the book's bytes, deflate twice as fast as at level 9 for a file
            // 0.25 % larger (the essay: 831,640 bytes against 829,551; 44 ms against 78 ms)
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            first.setTimeLocal(time);
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(time);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return Written.of(List.of(), Map.of("epub-xhtml", rendered)).withSources(madeFrom(book));
    }

    /** The chapter file each chapter's document was made from, for a validator's findings: " (made from 01-intro.md)". */
    private static Map<String, String> madeFrom(Book book) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Chapter c : book.chapters()) {
            sources.put(EpubLayout.ROOT + EpubLayout.documentName(c.id()), c.sourcePath());
        }
        return sources;
    }

    /**
     * The time every entry carries: the book's, in UTC, within what a ZIP's DOS date field holds (1980 to 2107, in
     * steps of two seconds). Outside that range {@link ZipEntry#setTimeLocal} adds an extended-timestamp field
     * computed in the machine's time zone: EPUB forbids extra fields on {@code mimetype} (PKG-005) and the bytes
     * would depend on the machine. So SOURCE_DATE_EPOCH=0 gives 1980-01-01 00:00:02, the first time a ZIP holds plainly.
     */
    static LocalDateTime zipTime(Instant modified) {
        LocalDateTime time = LocalDateTime.ofInstant(modified, ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        if (time.isBefore(ZIP_FIRST)) {
            return ZIP_FIRST;
        }
        if (time.isAfter(ZIP_LAST)) {
            return ZIP_LAST;
        }
        return time.withSecond(time.getSecond() / 2 * 2);
    }

    /** Every file of the EPUB but the mimetype, in the order they are zipped; page markers where the print pages start. */
    static Map<String, byte[]> entries(Book book, List<PageStart> pageStarts) {
        XhtmlRenderer renderer = new XhtmlRenderer(book, EpubLayout.PROFILE).withMath(new Formulas().markup());
        PageMarkers markers = new PageMarkers(pageStarts);
        if (!pageStarts.isEmpty()) {
            renderer.markPages(markers);
        }
        // the documents that may hold page markers first, so that the navigation document can list them
        Map<String, String> text = new LinkedHashMap<>();
        List<NavigationDocuments.Page> pages = new ArrayList<>();
        List<Chapter> afterNotes = org.colophon.book.ReadingOrder.afterNotes(book.chapters());
        for (Chapter c : book.chapters().subList(0, book.chapters().size() - afterNotes.size())) {
            book.partOpenedBy(c).ifPresent(part -> text(text, pages, markers, EpubLayout.documentName(part.id()),
                    renderer.partDocument(part)));
            text(text, pages, markers, EpubLayout.chapterFile(c), renderer.chapterDocument(c));
        }
        for (String chapterId : renderer.chaptersWithNotes()) {
            text(text, pages, markers, EpubLayout.documentName(Ids.notesDocument(chapterId)), renderer.notesDocument(chapterId));
        }
        for (Chapter c : afterNotes) {   // a bibliography and an index follow the notes, in print as here
            text(text, pages, markers, EpubLayout.chapterFile(c), renderer.chapterDocument(c));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("META-INF/container.xml", utf8(container()));
        files.put(APPLE_DISPLAY_OPTIONS, utf8(appleDisplayOptions()));
        files.put(EpubLayout.PACKAGE, utf8(PackageDocument.write(book, !pages.isEmpty())));
        files.put(EpubLayout.ROOT + EpubLayout.NAV, utf8(NavigationDocuments.nav(book, renderer, pages)));
        files.put(EpubLayout.ROOT + EpubLayout.NCX, utf8(NavigationDocuments.ncx(book)));
        files.put(EpubLayout.ROOT + EpubLayout.STYLESHEET, utf8(stylesheet(book)));
        book.cover().ifPresent(cover -> files.put(EpubLayout.ROOT + EpubLayout.COVER_PAGE, utf8(coverPage(book, cover, renderer))));
        BookPages bookPages = new BookPages(book);
        Labels labels = book.metadata().labels();
        files.put(EpubLayout.ROOT + EpubLayout.documentName(BookPages.TITLE_PAGE_ID),
                utf8(page(renderer, labels.get("title-page"), "frontmatter", bookPages::titlePage)));
        files.put(EpubLayout.ROOT + EpubLayout.documentName(BookPages.COPYRIGHT_ID),
                utf8(page(renderer, labels.get("copyright-page"), "frontmatter", bookPages::copyrightPage)));
        text.forEach((name, xhtml) -> files.put(EpubLayout.ROOT + name, utf8(xhtml)));
        files.put(EpubLayout.ROOT + EpubLayout.documentName(BookPages.COLOPHON_ID),
                utf8(page(renderer, labels.get("colophon"), "backmatter", bookPages::colophon)));
        for (Image i : book.images()) {
            files.put(EpubLayout.ROOT + i.name(), read(i));
        }
        for (Typeface t : book.typefaces()) {
            for (FontFace f : t.faces()) {
                files.put(EpubLayout.ROOT + EpubLayout.fontFile(f), f.data());
            }
        }
        return files;
    }

    /** Keeps a rendered document, and the page markers written into it for the page list. */
    private static void text(Map<String, String> text, List<NavigationDocuments.Page> pages, PageMarkers markers,
            String name, String xhtml) {
        text.put(name, xhtml);
        markers.take().forEach(m -> pages.add(new NavigationDocuments.Page(m.label(), name + "#" + m.id())));
    }

    private static String container() {
        XmlWriter w = new XmlWriter();
        w.declaration();
        w.start("container", "version", "1.0", "xmlns", "urn:oasis:names:tc:opendocument:xmlns:container").newline();
        w.start("rootfiles").newline();
        w.empty("rootfile", "full-path", EpubLayout.PACKAGE, "media-type", "application/oebps-package+xml").newline();
        w.end().newline().end().newline();
        return w.toString();
    }

    /** A document holding one of the pages Colophon makes itself, in the front or back matter. */
    private static String page(XhtmlRenderer renderer, String title, String matter, Consumer<XmlWriter> body) {
        XmlWriter w = renderer.documentStart(title, matter);
        body.accept(w);
        return renderer.documentEnd(w);
    }

    /**
     * The cover, whole and centred on any screen: an SVG whose viewBox is the image's size in pixels scales it to
     * fit the page, as pandoc and Standard Ebooks do (an {@code <img>} with {@code height: 100%} overflows a phone,
     * as the height of a reading system's page is not one its content can refer to).
     */
    private static String coverPage(Book book, Image cover, XhtmlRenderer renderer) {
        XmlWriter w = renderer.documentStart(book.metadata().labels().get("cover"), "frontmatter");
        String alt = book.metadata().labels().format("cover-alt", book.metadata().title(), String.join(", ", book.metadata().authors()));
        String width = Integer.toString(cover.width());
        String height = Integer.toString(cover.height());
        w.start("div", "class", "cover", "epub:type", "cover").newline();
        w.start("svg", "xmlns", SVG_NS, "xmlns:xlink", XLINK_NS, "version", "1.1", "class", "cover",
                "width", "100%", "height", "100%", "viewBox", "0 0 " + width + " " + height,
                "preserveAspectRatio", "xMidYMid meet", "role", "img", "aria-label", alt).newline();
        w.element("title", alt).newline();
        w.empty("image", "width", width, "height", height, "xlink:href", cover.name()).newline();
        w.end().newline();
        w.end().newline();
        return renderer.documentEnd(w);
    }

    /** Apple Books sets its own font unless the book says that it specifies fonts of its own. */
    static String appleDisplayOptions() {
        XmlWriter w = new XmlWriter();
        w.declaration();
        w.start("display_options").newline();
        w.start("platform", "name", "*").newline();
        w.element("option", "true", "name", "specified-fonts").newline();
        w.end().newline().end().newline();
        return w.toString();
    }

    /** The typefaces' @font-face rules and families, then the stylesheet shipped in the jar. */
    static String stylesheet(Book book) {
        StringBuilder css = new StringBuilder();
        for (Typeface t : book.typefaces()) {
            for (FontFace f : t.faces()) {
                css.append("@font-face {\n  font-family: \"").append(t.family()).append("\";\n")
                        .append("  font-weight: ").append(f.bold() ? "bold" : "normal").append(";\n")
                        .append("  font-style: ").append(f.italic() ? "italic" : "normal").append(";\n")
                        .append("  src: url(\"../").append(EpubLayout.fontFile(f)).append("\");\n}\n\n");
            }
        }
        // a reading system looks for each glyph down the list: a run of Chinese in the text face's line is set in the
        // first fallback that has it, as the PDF sets it
        String fallbacks = book.fallbacks().stream().map(t -> "\"" + t.family() + "\", ").collect(Collectors.joining());
        css.append("html {\n  font-family: \"").append(book.typeface().family()).append("\", ").append(fallbacks).append("serif;\n}\n\n");
        css.append("pre, code, kbd, samp {\n  font-family: \"").append(book.codeTypeface().family()).append("\", ").append(fallbacks)
                .append("monospace;\n}\n\n");
        // the words of a formula (\text{…}) in the book's face, not the reading system's math font, which may lack ộ
        css.append("math mtext {\n  font-family: \"").append(book.typeface().family()).append("\", ").append(fallbacks).append("serif;\n}\n\n");
        try (InputStream in = EpubWriter.class.getResourceAsStream("/org/colophon/epub/book.css")) {
            css.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return css.toString();
    }

    private static byte[] read(Image i) {
        try {
            return Files.readAllBytes(i.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + i.file(), e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
