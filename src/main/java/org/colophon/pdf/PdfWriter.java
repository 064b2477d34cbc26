package org.colophon.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.colophon.book.Block;
import org.colophon.book.Book;
import org.colophon.book.BookText;
import org.colophon.book.Chapter;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.LibraryFailure;
import org.colophon.output.BookWriter;
import org.colophon.output.Format;
import org.colophon.output.Inputs;
import org.colophon.output.PageStart;
import org.colophon.output.WriterSettings;
import org.colophon.output.Written;
import org.colophon.press.EmbeddedFonts;
import org.colophon.press.PdfStandard;
import org.colophon.print.PrintLayout;
import org.colophon.xml.SafeXml;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * Writes a book as a print-ready PDF (PDF/A-1b, or PDF/X-1a for printers) with Flying Saucer and OpenPDF: one XHTML
 * document from the shared renderer, broken into lines by {@link LineBreaks}, a print stylesheet, every glyph from
 * the book's embedded, subset faces ({@link PrintFonts}); boxes and metadata come from {@link PageBoxes} and
 * {@link DocumentSetup}. Lays out again only when the page count moves the inside margin across one of KDP's
 * thresholds, or to make the blank pages Flying Saucer cannot style ({@link BlankPages}).
 */
public final class PdfWriter implements BookWriter {
    /**
     * Rounds, at most, that mend scene breaks opening a page, each the first of each chapter (of the book, when
     * chapters run on); a scene break still at a page's top after them is a warning.
     */
    private static final int MAX_ROUNDS = 30;

    /** One writing: the book, book.yaml's print layout, and the milliseconds of its steps, for the summary. */
    private record Job(Book book, PrintLayout layout, Map<String, Long> timings) {
        void time(String step, long start) {
            timings.merge(step, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    /**
     * What one layout made: the renderer holding it, its page count, the 0-based page where the body starts, what
     * it asks the next layout to mend, and the ornaments it left at the top of a page.
     */
    private record Laid(ITextRenderer renderer, int pages, int bodyPage, Amends found, SceneBreaks.Openings openings) {
    }

    /**
     * Writes the PDF of {@code book} to {@code out} with book.yaml's print layout (trim, margins, chapter openings,
     * standard, hyphenation); tells its pages, where each begins in the book's text (for the EPUB's page-break
     * markers), the scene breaks that still open a page, and the time of each step: the XHTML document
     * ({@code pdf-xhtml}), layout ({@code pdf-layout}), writing ({@code pdf-write}). A failure inside Flying Saucer or
     * OpenPDF is a {@link LibraryFailure} naming the chapter it happens on.
     */
    @Override
    public Written write(Book book, Inputs inputs, OutputStream out) throws IOException {
        Job job = new Job(book, inputs.settings().get(PrintLayout.class).orElse(PrintLayout.defaults()), new LinkedHashMap<>());
        try {
            return layOutAndWrite(job, out);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            if (e instanceof LibraryFailure f) {
                throw f;
            }
            throw new LibraryFailure("Flying Saucer (the PDF layout)", culprit(job), e);
        }
    }

    private Written layOutAndWrite(Job job, OutputStream out) throws IOException {
        Book book = job.book();
        PrintLayout layout = job.layout();
        PageGeometry geometry = PageGeometry.of(layout, estimatePages(book, layout));
        Laid laid = layout(job, geometry, Amends.NONE);
        for (int settle = 0; settle < 2; settle++) {
            PageGeometry settled = PageGeometry.of(layout, laid.pages());
            if (settled.inside() != geometry.inside()) {
                geometry = settled;
                laid = layout(job, geometry, Amends.NONE);
            }
            laid = mend(job, geometry, laid);
            if (PageGeometry.of(layout, laid.pages()).inside() == geometry.inside()) {
                break;   // the pages the mending added left the inside margin where it was
            }
        }
        List<Diagnostic> warnings = new ArrayList<>();
        for (SceneBreaks.Opening o : laid.openings().found()) {
            String source = book.chapters().stream().filter(c -> c.id().equals(o.chapterId())).map(Chapter::sourcePath)
                    .findFirst().orElse("the book");
            warnings.add(Diagnostic.warning(source, 0, 0, "in print, a scene break opens page " + (o.page() - laid.bodyPage() + 1)
                    + ", cut from the scene it closes: Colophon takes the end of a scene over to the ornament's page only "
                    + "from a paragraph, not from a list, quotation, figure or heading; a line more or less before it moves it"));
        }
        ITextRenderer renderer = laid.renderer();
        List<PageStart> pageStarts = PageStarts.of(book, renderer.getRootBox());
        RomanContents.apply(renderer.getRootBox());
        long start = System.nanoTime();
        try {
            EmbeddedFonts.write(PrintFonts.faces(book).stream().flatMap(t -> t.faces().stream()).toList(),
                    () -> renderer.createPDF(out, true));
        } catch (RuntimeException e) {   // OpenPDF's DocumentException included
            throw new LibraryFailure("OpenPDF (the PDF writer)", "the book", e);
        }
        job.time("pdf-write", start);
        return Written.of(warnings, job.timings()).withPages(new Written.Pages(laid.pages(), pageStarts));
    }

    /**
     * The chapter whose layout fails when laid out alone (the other chapters present but empty, so that links to
     * them still resolve), else the notes, else the front matter: where an author should look.
     */
    private String culprit(Job job) {
        Book book = job.book();
        List<Chapter> empty = book.chapters().stream()
                .map(c -> new Chapter(c.id(), c.title(), c.sourcePath(), List.of(), c.anchors())).toList();
        for (int i = 0; i < book.chapters().size(); i++) {
            List<Chapter> one = new ArrayList<>(empty);
            one.set(i, book.chapters().get(i));
            if (fails(job, book.with(one, List.of()))) {
                return book.chapters().get(i).sourcePath();
            }
        }
        return !book.notes().isEmpty() && fails(job, book.with(empty, book.notes())) ? "the notes" : "the front matter";
    }

    /**
     * Lays out again with what the last layout showed: first the end of a scene taken over to the page its ornament
     * opened, round after round (mending one place moves the pages after it), then, once the text stands, blank
     * pages of our own where Flying Saucer left styled ones (they take its blank pages one for one and move no text).
     */
    private Laid mend(Job job, PageGeometry geometry, Laid laid) throws IOException {
        Amends amends = Amends.NONE;
        for (int round = 0; round < MAX_ROUNDS && !amends.covers(laid.found().splitsOnly()); round++) {
            amends = amends.with(laid.found().splitsOnly());
            laid = layout(job, geometry, amends);
        }
        if (!laid.found().blankBefore().isEmpty()) {
            laid = layout(job, geometry, amends.with(laid.found()));
        }
        return laid;
    }

    private boolean fails(Job job, Book part) {
        try {
            layout(new Job(part, job.layout(), new LinkedHashMap<>()), PageGeometry.of(job.layout(), 0), Amends.NONE);
            return false;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | IOException e) {
            return true;
        }
    }

    @Override
    public Format format() {
        return Format.PDF;
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
        return (int) Math.round(BookText.words(book) / wordsPerPage + BookText.figures(book).size() / 3.0
                + book.chapters().size() / 2.0 + 4);
    }

    /**
     * What a layout changes in the document, found by the layouts before it: the blocks that get a blank page before
     * them ({@link BlankPages}), the paragraphs, by number, split so that the end of a scene goes over to the page its
     * ornament opened ({@link SceneBreaks}).
     */
    private record Amends(Set<String> blankBefore, Map<Integer, Integer> splits) {
        static final Amends NONE = new Amends(Set.of(), Map.of());

        boolean covers(Amends asked) {
            return blankBefore.containsAll(asked.blankBefore) && splits.keySet().containsAll(asked.splits.keySet());
        }

        Amends splitsOnly() {
            return new Amends(Set.of(), splits);
        }

        Amends with(Amends more) {
            Set<String> blanks = new TreeSet<>(blankBefore);
            blanks.addAll(more.blankBefore);
            Map<Integer, Integer> split = new TreeMap<>(more.splits);
            split.putAll(splits);   // a paragraph split once stays split there
            return new Amends(blanks, split);
        }
    }

    private static Laid layout(Job job, PageGeometry geometry, Amends amends) throws IOException {
        Book book = job.book();
        PrintLayout layout = job.layout();
        long start = System.nanoTime();
        // the page's margin boxes (folios, running heads) do not inherit from html: name the face for both
        String family = "\"" + book.typeface().family() + "\"";
        String css = geometry.css(book.typeface().family()) + "html { font-family: " + family + "; }\n"
                + "pre, code, kbd, samp { font-family: \"" + book.codeTypeface().family() + "\"; }\n" + stylesheet() + BlankPages.CSS + ParagraphSplit.CSS
                + PrintDocument.openingCss(layout.chapterOpening())
                + (layout.pdfx() ? PressColours.CSS : "")
                + CodeColours.css(layout)
                + FallbackRuns.css(book)
                + TitleBalance.copyrightAtFoot(book, geometry);
        Document doc = SafeXml.parse(PrintDocument.write(book, layout, css).getBytes(StandardCharsets.UTF_8));
        if (!layout.interactive()) {
            PressColours.removeBookmarks(doc);
        }
        FallbackRuns.apply(doc, book);
        TitleBalance.apply(doc, book, geometry.textWidth());
        LineBreaks.apply(doc, book, geometry.textWidth(), layout.hyphenation());
        TableCells.apply(doc, book, geometry.textWidth());
        CodeTabs.expand(doc);
        CodeLines.apply(doc, geometry.textWidth());
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
        renderer.setPDFXConformance(PdfStandard.of(layout).conformance());
        PageBoxes boxes = new PageBoxes(geometry);
        renderer.setListener(new DocumentSetup(book, layout, boxes, () -> BlankPages.firstPage(renderer, BlankPages.BODY_ID)));
        renderer.setPdfPageEvent(boxes);
        renderer.getSharedContext().setReplacedElementFactory(new BookReplacedElements(device, geometry, book));
        renderer.setDocument(doc, BookUserAgent.BASE, layout.interactive()
                ? new XhtmlNamespaceHandler() : PressColours.withoutLinks());
        job.time("pdf-xhtml", start);
        start = System.nanoTime();
        renderer.layout();
        SceneBreaks.Openings openings = SceneBreaks.openingPages(renderer.getRootBox(), doc,
                layout.chapterOpening() != PrintLayout.ChapterOpening.CONTINUE);
        Amends found = new Amends(amends.blankBefore().isEmpty()   // blank pages, once placed, are not looked for again
                ? Set.copyOf(BlankPages.needed(renderer, doc, layout.rectoOpenings())) : Set.of(), openings.splits());
        Laid laid = new Laid(renderer, renderer.getRootBox().getLayer().getPages().size(),
                BlankPages.firstPage(renderer, BlankPages.BODY_ID), found, openings);
        job.time("pdf-layout", start);
        return laid;
    }

    /**
     * A figure spans the text block: below the book's {@code print.min-dpi} at that width it prints soft. One warning
     * per image file, where it is first used, with the pixels it would need.
     */
    @Override
    public List<Diagnostic> proof(Book book, WriterSettings settings) {
        PrintLayout layout = settings.get(PrintLayout.class).orElse(PrintLayout.defaults());
        PageGeometry geometry = PageGeometry.of(layout, estimatePages(book, layout));
        double inches = geometry.textWidth() / 72;
        int min = layout.minDpi();
        Set<Path> seen = new HashSet<>();
        List<Diagnostic> soft = new ArrayList<>();
        for (Block.Figure f : BookText.figures(book)) {
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
        return soft;
    }

    private static String stylesheet() {
        try (var in = PdfWriter.class.getResourceAsStream("/org/colophon/pdf/print.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
