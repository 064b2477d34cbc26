package org.colophon.pdf;

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
import org.colophon.output.WriterSettings;
import org.colophon.print.PrintLayout;
import org.colophon.xml.SafeXml;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Writes a book as a print-ready PDF (PDF/A-1b, or PDF/X-1a for printers) with Flying Saucer and OpenPDF: one XHTML
 * document from the shared renderer, broken into lines by {@link LineBreaks}, a print stylesheet, every glyph from
 * the book's embedded, subset faces ({@link PrintFonts}); boxes and metadata come from {@link PageBoxes} and
 * {@link DocumentSetup}. Lays out again only when the page count moves the inside margin across one of KDP's
 * thresholds, or to make the blank pages Flying Saucer cannot style ({@link BlankPages}).
 */
public final class PdfWriter implements BookWriter, org.colophon.output.Paginated {
    private final java.util.Map<String, Long> timings = new java.util.LinkedHashMap<>();
    private PrintLayout layout = PrintLayout.defaults();
    private int pages;
    /** What the last layout asks the next one to mend, and where the body starts (0-based). */
    private Amends found = Amends.NONE;
    /** The ornaments at the top of a page in the last layout. */
    private SceneBreaks.Openings openings = SceneBreaks.Openings.NONE;
    private final List<Diagnostic> warnings = new ArrayList<>();
    private int bodyPage;
    /**
     * Rounds, at most, that mend scene breaks opening a page, each the first of each chapter (of the book, when
     * chapters run on); a scene break still at a page's top after them is a warning.
     */
    private static final int MAX_ROUNDS = 30;
    /** Where each page of the last layout begins, for the EPUB's page list. */
    private List<org.colophon.output.PageStart> pageStarts = List.of();
    /** The book's formulas, set by jlatexmath; made with the book's faces when first needed. */
    private TexFormulas formulas;

    /** Takes book.yaml's print layout: trim, margins, chapter openings, standard, hyphenation, least resolution. */
    @Override
    public void configure(WriterSettings settings) {
        layout = settings.get(PrintLayout.class).orElse(PrintLayout.defaults());
    }

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
        PageGeometry geometry = PageGeometry.of(layout, estimatePages(book, layout));
        ITextRenderer renderer = layout(book, geometry, Amends.NONE);
        for (int settle = 0; settle < 2; settle++) {
            PageGeometry settled = PageGeometry.of(layout, pages);
            if (settled.inside() != geometry.inside()) {
                geometry = settled;
                renderer = layout(book, geometry, Amends.NONE);
            }
            renderer = mend(book, geometry, renderer);
            if (PageGeometry.of(layout, pages).inside() == geometry.inside()) {
                break;   // the pages the mending added left the inside margin where it was
            }
        }
        for (SceneBreaks.Opening o : openings.found()) {
            String source = book.chapters().stream().filter(c -> c.id().equals(o.chapterId())).map(Chapter::sourcePath)
                    .findFirst().orElse("the book");
            warnings.add(Diagnostic.warning(source, 0, 0, "in print, a scene break opens page " + (o.page() - bodyPage + 1)
                    + ", cut from the scene it closes: Colophon takes the end of a scene over to the ornament's page only "
                    + "from a paragraph, not from a list, quotation, figure or heading; a line more or less before it moves it"));
        }
        pageStarts = PageStarts.of(book, renderer.getRootBox());
        RomanContents.apply(renderer.getRootBox());
        long start = System.nanoTime();
        try {
            renderer.createPDF(out, true);
        } catch (RuntimeException e) {   // OpenPDF's DocumentException included
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

    /**
     * Lays out again with what the last layout showed: first the end of a scene taken over to the page its ornament
     * opened, round after round (mending one place moves the pages after it), then, once the text stands, blank
     * pages of our own where Flying Saucer left styled ones (they take its blank pages one for one and move no text).
     */
    private ITextRenderer mend(Book book, PageGeometry geometry, ITextRenderer renderer) throws IOException {
        Amends amends = Amends.NONE;
        for (int round = 0; round < MAX_ROUNDS && !amends.covers(found.splitsOnly()); round++) {
            amends = amends.with(found.splitsOnly());
            renderer = layout(book, geometry, amends);
        }
        if (!found.blankBefore().isEmpty()) {
            renderer = layout(book, geometry, amends.with(found));
        }
        return renderer;
    }

    private boolean fails(Book part) {
        try {
            layout(part, PageGeometry.of(layout, 0), Amends.NONE);
            return false;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | IOException e) {
            return true;
        }
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    /** Scene breaks that still open a page in the written interior. */
    @Override
    public List<Diagnostic> warnings() {
        return List.copyOf(warnings);
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
    static int estimatePages(Book book, PrintLayout layout) {
        PageGeometry page = PageGeometry.of(layout, 0);
        PageGeometry trade = PageGeometry.of(PrintLayout.defaults(), 0);
        double area = page.textWidth() * (page.height() - page.top() - page.bottom());
        double tradeArea = trade.textWidth() * (trade.height() - trade.top() - trade.bottom());
        double wordsPerPage = 270 * area / tradeArea;
        return (int) Math.round(org.colophon.book.BookText.words(book) / wordsPerPage + org.colophon.book.BookText.figures(book).size() / 3.0
                + book.chapters().size() / 2.0 + 4);
    }

    /**
     * What a layout changes in the document, found by the layouts before it: the blocks that get a blank page before
     * them ({@link BlankPages}), the paragraphs, by number, split so that the end of a scene goes over to the page its
     * ornament opened ({@link SceneBreaks}).
     */
    private record Amends(java.util.Set<String> blankBefore, java.util.Map<Integer, Integer> splits) {
        static final Amends NONE = new Amends(java.util.Set.of(), java.util.Map.of());

        boolean covers(Amends asked) {
            return blankBefore.containsAll(asked.blankBefore) && splits.keySet().containsAll(asked.splits.keySet());
        }

        Amends splitsOnly() {
            return new Amends(java.util.Set.of(), splits);
        }

        Amends with(Amends more) {
            java.util.Set<String> blanks = new java.util.TreeSet<>(blankBefore);
            blanks.addAll(more.blankBefore);
            java.util.Map<Integer, Integer> split = new java.util.TreeMap<>(more.splits);
            split.putAll(splits);   // a paragraph split once stays split there
            return new Amends(blanks, split);
        }
    }

    private ITextRenderer layout(Book book, PageGeometry geometry, Amends amends) throws IOException {
        long start = System.nanoTime();
        // the page's margin boxes (folios, running heads) do not inherit from html: name the face for both
        String family = "\"" + book.typeface().family() + "\"";
        String css = geometry.css(book.typeface().family()) + "html { font-family: " + family + "; }\n"
                + "pre, code, kbd, samp { font-family: \"" + book.codeTypeface().family() + "\"; }\n" + stylesheet() + BlankPages.CSS + ParagraphSplit.CSS
                + PrintDocument.openingCss(layout.chapterOpening())
                + (layout.pdfx() ? PressColours.CSS : "")
                + TitleBalance.copyrightAtFoot(book, geometry);
        Document doc = SafeXml.parse(PrintDocument.write(book, layout, css, formulas(book).markup()).getBytes(StandardCharsets.UTF_8));
        if (!layout.interactive()) {
            PressColours.removeBookmarks(doc);
        }
        TitleBalance.apply(doc, book, geometry.textWidth());
        LineBreaks.apply(doc, book, geometry.textWidth(), layout.hyphenation());
        TableCells.apply(doc, book, geometry.textWidth());
        CodeTabs.expand(doc);
        BlankPages.markBody(doc);
        BlankPages.insert(doc, amends.blankBefore());
        SceneBreaks.split(doc, amends.splits());
        ITextOutputDevice device = new KernedOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        BookUserAgent agent = new BookUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, book, layout);
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
                device, agent);
        renderer.getSharedContext().setTextRenderer(new KernedTextRenderer());   // measured as KernedOutputDevice draws
        renderer.getSharedContext().setLineBreakingStrategy(new ApostropheLineBreaking());   // didn’t stays whole
        PrintFonts.register(renderer, book);
        MathFonts.reseed();
        renderer.setPDFXConformance(layout.pdfx() ? com.lowagie.text.pdf.PdfWriter.PDFX1A2001
                : com.lowagie.text.pdf.PdfWriter.PDFA1B);
        PageBoxes boxes = new PageBoxes(geometry);
        renderer.setListener(new DocumentSetup(book, layout, boxes, () -> bodyPage));
        renderer.setPdfPageEvent(boxes);
        renderer.getSharedContext().setReplacedElementFactory(new BookReplacedElements(device, geometry, book, formulas(book),
                layout.pdfx(), layout.blackAndWhite()));
        renderer.setDocument(doc, BookUserAgent.BASE, layout.interactive()
                ? new org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler() : PressColours.withoutLinks());
        time("pdf-xhtml", start);
        start = System.nanoTime();
        renderer.layout();
        pages = renderer.getRootBox().getLayer().getPages().size();
        found = new Amends(amends.blankBefore().isEmpty()   // blank pages, once placed, are not looked for again
                ? java.util.Set.copyOf(BlankPages.needed(renderer, doc, layout.rectoOpenings())) : java.util.Set.of(),
                (openings = SceneBreaks.openingPages(renderer.getRootBox(), doc,
                        layout.chapterOpening() != PrintLayout.ChapterOpening.CONTINUE)).splits());
        bodyPage = BlankPages.firstPage(renderer, BlankPages.BODY_ID);
        time("pdf-layout", start);
        return renderer;
    }

    private TexFormulas formulas(Book book) {
        if (formulas == null) {
            formulas = new TexFormulas(book.typeface(), book.codeTypeface());
        }
        return formulas;
    }

    /**
     * A figure spans the text block: below the book's {@code print.min-dpi} at that width it prints soft. One warning
     * per image file, where it is first used, with the pixels it would need. Every formula is set by jlatexmath:
     * one it refuses is an error at its place, one wider than the text block a warning (it is shrunk to fit).
     */
    @Override
    public List<Diagnostic> proof(Book book) {
        PageGeometry geometry = PageGeometry.of(layout, estimatePages(book, layout));
        List<Diagnostic> found = new ArrayList<>(MathProof.check(book, formulas(book), geometry.textWidth()));
        double inches = geometry.textWidth() / 72;
        int min = layout.minDpi();
        java.util.Set<java.nio.file.Path> seen = new java.util.HashSet<>();
        List<Diagnostic> soft = new ArrayList<>();
        for (Block.Figure f : org.colophon.book.BookText.figures(book)) {
            if (f.image().mediaType().equals("image/svg+xml")) {
                continue;   // vectors print sharp at any size
            }
            double printed = inches * f.widthShare();   // the width the author gave it ({width=50%}), else the text block
            int dpi = (int) Math.floor(f.image().width() / printed);
            if (dpi < min && seen.add(f.image().file())) {
                String across = f.widthPercent() == 0 ? "across the text block" : "at " + f.widthPercent() + "% of the text block";
                soft.add(Diagnostic.warning(f.at().path(), f.at().line(), f.at().column(), "image '" + f.image().file().getFileName()
                        + "' prints at " + dpi + " dpi " + across + "; printers ask for " + min + " (give it at least "
                        + (int) Math.ceil(printed * min) + " pixels of width, " + (f.widthPercent() == 0 ? "" : "a smaller {width=…%}, ")
                        + "or set print.min-dpi)"));
            }
        }
        found.addAll(soft);
        return found;
    }

    private static String stylesheet() {
        try (var in = PdfWriter.class.getResourceAsStream("/org/colophon/pdf/print.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
