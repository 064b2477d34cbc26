package org.colophon.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.colophon.book.Block;
import org.colophon.book.Book;
import org.colophon.book.Chapter;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.LibraryFailure;
import org.colophon.output.BookWriter;
import org.colophon.output.Format;
import org.colophon.typeface.FontFace;
import org.colophon.xml.SafeXml;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.PDFCreationListener;

/**
 * Writes a book as a print-ready PDF/A-1b with Flying Saucer and OpenPDF: one XHTML document from the shared
 * renderer, a print stylesheet, every glyph from the embedded, subset TrueType faces of the book's typeface.
 * Lays out twice only when the page count moves the inside margin across one of KDP's thresholds.
 */
public final class PdfWriter implements BookWriter, org.colophon.output.Paginated {
    private final java.util.Map<String, Long> timings = new java.util.LinkedHashMap<>();
    private int pages;
    private List<org.colophon.output.PageStart> pageStarts = List.of();

    /**
     * Writes the PDF of {@code book} to {@code out}. A failure inside Flying Saucer or OpenPDF is a
     * {@link LibraryFailure} naming the chapter it happens on.
     */
    @Override
    public void write(Book book, OutputStream out) throws IOException {
        try {
            layOutAndWrite(book, out);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            if (e instanceof LibraryFailure f) {
                throw f;
            }
            throw new LibraryFailure("Flying Saucer (the PDF layout)", culprit(book), e);
        }
    }

    private void layOutAndWrite(Book book, OutputStream out) throws IOException {
        PageGeometry geometry = PageGeometry.of(book.print(), estimatePages(book));
        ITextRenderer renderer = layout(book, geometry);
        PageGeometry settled = PageGeometry.of(book.print(), pages);
        if (settled.inside() != geometry.inside()) {
            geometry = settled;
            renderer = layout(book, geometry);
        }
        pageStarts = PageStarts.of(book, renderer.getRootBox());
        long start = System.nanoTime();
        try {
            renderer.createPDF(out, true);
        } catch (RuntimeException e) {   // DocumentException included
            throw new LibraryFailure("OpenPDF (the PDF writer)", "the book", e);
        }
        time("pdf-write", start);
    }

    /**
     * The chapter whose layout fails when laid out alone (the other chapters present but empty, so that links to
     * them still resolve), else the notes, else the front matter: where an author should look.
     */
    private String culprit(Book book) {
        List<Chapter> empty = book.chapters().stream()
                .map(c -> new Chapter(c.id(), c.title(), c.sourcePath(), List.of(), c.anchors())).toList();
        for (int i = 0; i < book.chapters().size(); i++) {
            List<Chapter> one = new ArrayList<>(empty);
            one.set(i, book.chapters().get(i));
            if (fails(book.with(one, List.of()))) {
                return book.chapters().get(i).sourcePath();
            }
        }
        return !book.notes().isEmpty() && fails(book.with(empty, book.notes())) ? "the notes" : "the front matter";
    }

    private boolean fails(Book part) {
        try {
            layout(part, PageGeometry.of(part.print(), 0));
            return false;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | IOException e) {
            return true;
        }
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    /** The page count of the last layout: the written interior's, once {@link #write} returned. */
    @Override
    public int pages() {
        return pages;
    }

    /** Where each page of the written interior begins in the book's text (for the EPUB's page-break markers). */
    @Override
    public List<org.colophon.output.PageStart> pageStarts() {
        return pageStarts;
    }

    /** Milliseconds spent in each step of {@link #write}: the XHTML document, layout, writing. */
    @Override
    public java.util.Map<String, Long> timings() {
        return java.util.Collections.unmodifiableMap(timings);
    }

    private void time(String step, long start) {
        timings.merge(step, (System.nanoTime() - start) / 1_000_000, Long::sum);
    }

    /**
     * A first guess of the page count, to choose the gutter before the first layout: a second layout is needed only
     * when the guess falls on the wrong side of one of KDP's thresholds. Fitted on the essay and its large
     * versions (14, 244, 486 and 972 pages): a 6 × 9 in page holds about 270 words of this stylesheet, a figure
     * takes a third of a page, and a chapter opening half a page on average.
     */
    static int estimatePages(Book book) {
        PageGeometry page = PageGeometry.of(book.print(), 0);
        PageGeometry trade = PageGeometry.of(org.colophon.book.PrintLayout.defaults(), 0);
        double area = page.textWidth() * (page.height() - page.top() - page.bottom());
        double tradeArea = trade.textWidth() * (trade.height() - trade.top() - trade.bottom());
        double wordsPerPage = 270 * area / tradeArea;
        return (int) Math.round(org.colophon.book.BookText.words(book) / wordsPerPage + org.colophon.book.BookText.figures(book).size() / 3.0
                + book.chapters().size() / 2.0 + 4);
    }

    private ITextRenderer layout(Book book, PageGeometry geometry) throws IOException {
        long start = System.nanoTime();
        // the page's margin boxes (folios, running heads) do not inherit from html: name the face for both
        String family = "\"" + book.typeface().family() + "\"";
        String css = geometry.css(book.typeface().family()) + "html { font-family: " + family + "; }\n"
                + "pre, code, kbd, samp { font-family: \"" + book.codeTypeface().family() + "\"; }\n" + stylesheet()
                + PrintDocument.openingCss(book.print().chapterOpening())
                + (book.print().pdfx() ? PressColours.CSS : "");
        Document doc = SafeXml.parse(PrintDocument.write(book, css).getBytes(StandardCharsets.UTF_8));
        if (!book.print().interactive()) {
            PressColours.removeBookmarks(doc);
        }
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        BookUserAgent agent = new BookUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, book);
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
                device, agent);
        registerFonts(renderer, book);
        renderer.setPDFXConformance(book.print().pdfx() ? com.lowagie.text.pdf.PdfWriter.PDFX1A2001
                : com.lowagie.text.pdf.PdfWriter.PDFA1B);
        PageBoxes boxes = new PageBoxes(geometry);
        renderer.setListener(new DocumentSetup(book, boxes));
        renderer.setPdfPageEvent(boxes);
        renderer.setDocument(doc, BookUserAgent.BASE, book.print().interactive()
                ? new org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler() : PressColours.withoutLinks());
        time("pdf-xhtml", start);
        start = System.nanoTime();
        renderer.layout();
        pages = renderer.getRootBox().getLayer().getPages().size();
        time("pdf-layout", start);
        return renderer;
    }

    /**
     * Registers the book's faces and points every other family Flying Saucer knows (its base-14 fonts, reached through
     * {@code serif}, {@code monospace}, {@code Courier} or a family nobody registered) at them: a base-14 font is
     * never embedded, and PDF/A and the printers refuse it, so no element may ever reach one.
     */
    private static void registerFonts(ITextRenderer renderer, Book book) throws IOException {
        var resolver = renderer.getFontResolver();
        for (org.colophon.typeface.Typeface t : List.of(book.typeface(), book.codeTypeface())) {
            for (FontFace f : t.faces()) {
                BaseFont font = font(f);
                font.setSecureRandom(seeded(f.fileName()));
                resolver.addFont(font, f.location(), t.family());
            }
        }
        java.util.Map<String, org.xhtmlrenderer.pdf.FontFamily> families = resolver.getFonts();
        org.xhtmlrenderer.pdf.FontFamily text = families.get(book.typeface().family());
        org.xhtmlrenderer.pdf.FontFamily code = families.get(book.codeTypeface().family());
        for (String name : List.copyOf(families.keySet())) {
            if (families.get(name) != text && families.get(name) != code) {
                families.put(name, name.equals("Courier") || name.equals("Monospaced") ? code : text);
            }
        }
        families.putIfAbsent("Monospaced", code);   // what the generic family "monospace" resolves to
    }

    /** Parsing a TrueType face takes a while; each is parsed once per process and shared by every layout. */
    private static final java.util.Map<FontFace, BaseFont> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static BaseFont font(FontFace f) throws IOException {
        try {
            return FONTS.computeIfAbsent(f, face -> {
                try {
                    return BaseFont.createFont(face.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, face.data(), null);
                } catch (DocumentException | IOException e) {
                    throw new IllegalStateException("cannot load font " + face.fileName() + ": " + e.getMessage(), e);
                }
            });
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * OpenPDF names font subsets with a random prefix ("HZNQHH+Literata-Regular"); a generator seeded with the face's
     * name gives the same prefix every build, so the same book gives the same bytes.
     */
    private static java.security.SecureRandom seeded(String seed) {
        try {
            java.security.SecureRandom random = java.security.SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A figure spans the text block: below the book's {@code print.min-dpi} at that width it prints soft. One warning
     * per image file, where it is first used, with the pixels it would need.
     */
    @Override
    public List<Diagnostic> proof(Book book) {
        PageGeometry geometry = PageGeometry.of(book.print(), estimatePages(book));
        double inches = geometry.textWidth() / 72;
        int min = book.print().minDpi();
        java.util.Set<java.nio.file.Path> seen = new java.util.HashSet<>();
        List<Diagnostic> soft = new ArrayList<>();
        for (Block.Figure f : org.colophon.book.BookText.figures(book)) {
            int dpi = (int) Math.floor(f.image().width() / inches);
            if (dpi < min && seen.add(f.image().file())) {
                soft.add(Diagnostic.warning(f.at().path(), f.at().line(), f.at().column(), "image '" + f.image().file().getFileName()
                        + "' prints at " + dpi + " dpi across the text block; printers ask for " + min + " (give it at least "
                        + (int) Math.ceil(inches * min) + " pixels of width, or set print.min-dpi)"));
            }
        }
        List<Block.Figure> figures = org.colophon.book.BookText.figures(book);
        if (book.print().pdfx() && !book.print().blackAndWhite() && !figures.isEmpty()) {
            Block.Figure f = figures.get(0);
            soft.add(Diagnostic.warning(f.at().path(), f.at().line(), f.at().column(), "print.standard pdfx-1a with print.color"
                    + " color: Colophon prints images in grey in a PDF/X-1a interior (it has no press profile to convert them"
                    + " to CMYK); convert them yourself, or use print.standard pdfa-1b for a colour interior"));
        }
        return soft;
    }

    private static String stylesheet() {
        try (var in = PdfWriter.class.getResourceAsStream("/org/colophon/pdf/print.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets each page's TrimBox and BleedBox before OpenPDF starts it (OpenPDF copies them when a page begins, so
     * the boxes of page n+1 are set as page n ends, and those of page 1 before the document opens): the printer trims
     * there, and the bleed lies on the outer edge, on the right of a recto and on the left of a verso.
     */
    private static final class PageBoxes extends PdfPageEventHelper {
        private final PageGeometry geometry;

        PageBoxes(PageGeometry geometry) {
            this.geometry = geometry;
        }

        @Override
        public void onEndPage(com.lowagie.text.pdf.PdfWriter writer, com.lowagie.text.Document document) {
            boxesFor(writer, writer.getPageNumber() + 1);
        }

        void boxesFor(com.lowagie.text.pdf.PdfWriter writer, int page) {
            float[] t = geometry.trimBox(page % 2 == 1);
            writer.setBoxSize("trim", new Rectangle(t[0], t[1], t[2], t[3]));
            writer.setBoxSize("bleed", new Rectangle(0, 0, (float) (geometry.width() + geometry.bleed()),
                    (float) (geometry.height() + 2 * geometry.bleed())));
        }
    }

    /**
     * PDF/A-1b needs an output intent and XMP metadata, which OpenPDF writes only when asked; the catalog also
     * gets the book's language, and the first page its boxes. The dates are the book's own and the file identifier
     * is derived from the book, not from the clock, so that the same book gives the same bytes.
     */
    private static final class DocumentSetup implements PDFCreationListener {
        private final Book book;
        private final PageBoxes boxes;

        DocumentSetup(Book book, PageBoxes boxes) {
            this.book = book;
            this.boxes = boxes;
        }

        @Override
        public void preOpen(ITextRenderer renderer) {
            boxes.boxesFor(renderer.getWriter(), 1);
        }

        @Override
        public void preWrite(ITextRenderer renderer, int pageCount) {
            com.lowagie.text.pdf.PdfWriter writer = renderer.getWriter();
            try {
                if (book.print().pdfx()) {
                    PressColours.outputIntent(writer);
                } else {
                    writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
                            ICC_Profile.getInstance(ColorSpace.CS_sRGB));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(book.metadata().language()));
            java.util.Calendar modified = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
            modified.setTimeInMillis(book.modified().toEpochMilli());
            writer.getInfo().put(PdfName.CREATIONDATE, new com.lowagie.text.pdf.PdfDate(modified));
            writer.getInfo().put(PdfName.MODDATE, new com.lowagie.text.pdf.PdfDate(modified));
            byte[] id = digest(book.metadata().identifier() + "\n" + book.modified());
            writer.getInfo().put(PdfName.FILEID, com.lowagie.text.pdf.PdfEncryption.createInfoId(id, id));
        }

        private static byte[] digest(String s) {
            try {
                return java.security.MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void onClose(ITextRenderer renderer) {
            if (!book.print().interactive()) {   // Flying Saucer makes an outline from the headings when it has none
                renderer.getWriter().getRootOutline().getKids().clear();
            }
            renderer.getWriter().createXmpMetadata();
        }
    }

}
