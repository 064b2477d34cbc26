package org.colophon.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * Writes a book as a print-ready PDF (PDF/A-1b, or PDF/X-1a for printers) with Flying Saucer and OpenPDF: one XHTML
 * document from the shared renderer, broken into lines by {@link LineBreaks}, a print stylesheet, every glyph from
 * the book's embedded, subset faces ({@link PrintFonts}); boxes and metadata come from {@link PageBoxes} and
 * {@link DocumentSetup}. Lays out again when the page count moves the inside margin across one of KDP's thresholds,
 * and as the layout passes ask ({@link LayoutPasses}: notes at the foot of the page, scene breaks, blank pages).
 */
public final class PdfWriter implements BookWriter {
    /**
     * One writing: the book, book.yaml's print layout, the milliseconds of its steps, for the summary, and the book's
     * formulas as jlatexmath sets them.
     */
    private record Job(Book book, PrintLayout layout, Map<String, Long> timings, TexFormulas formulas) {
        Job(Book book, PrintLayout layout) {
            this(book, layout, new LinkedHashMap<>(), new TexFormulas(book.typeface(), book.codeTypeface()));
        }

        void time(String step, long start) {
            timings.merge(step, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
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
        Job job = new Job(book, inputs.settings().get(PrintLayout.class).orElse(PrintLayout.defaults()));
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
        SceneBreaks.Pass sceneBreaks = new SceneBreaks.Pass(layout.chapterOpening() != PrintLayout.ChapterOpening.CONTINUE);
        FootNotes footNotes = new FootNotes(book);
        LayoutPass.LaidOut laid = settle(job, geometry, footNotes, sceneBreaks);
        for (int settle = 0; settle < 2 && PageGeometry.of(layout, laid.pages().size()).inside() != geometry.inside(); settle++) {
            geometry = PageGeometry.of(layout, laid.pages().size());   // the page count moved the inside margin across a threshold
            sceneBreaks = new SceneBreaks.Pass(layout.chapterOpening() != PrintLayout.ChapterOpening.CONTINUE);
            footNotes = new FootNotes(book);
            laid = settle(job, geometry, footNotes, sceneBreaks);
        }
        int bodyPage = BlankPages.firstPage(laid.renderer(), BlankPages.BODY_ID);
        List<Diagnostic> warnings = new ArrayList<>(footNotes.warnings());
        for (SceneBreaks.Opening o : sceneBreaks.openings()) {
            String source = book.chapters().stream().filter(c -> c.id().equals(o.chapterId())).map(Chapter::sourcePath)
                    .findFirst().orElse("the book");
            warnings.add(Diagnostic.warning(source, 0, 0, "in print, a scene break opens page " + (o.page() - bodyPage + 1)
                    + ", cut from the scene it closes: Colophon takes the end of a scene over to the ornament's page only "
                    + "from a paragraph, not from a list, quotation, figure or heading; a line more or less before it moves it"));
        }
        ITextRenderer renderer = laid.renderer();
        List<PageStart> pageStarts = PageStarts.of(book, renderer.getRootBox());
        RomanContents.apply(renderer.getRootBox());
        long start = System.nanoTime();
        try {
            EmbeddedFonts.write(PrintFonts.faces(book).stream().flatMap(t -> t.faces().stream()).toList(), () -> {
                MathFonts.reseed();   // a formula's fonts, as the book's, with the same subset names every build
                renderer.createPDF(out, true);
            });
        } catch (RuntimeException e) {   // OpenPDF's DocumentException included
            throw new LibraryFailure("OpenPDF (the PDF writer)", "the book", e);
        }
        job.time("pdf-write", start);
        return Written.of(warnings, job.timings()).withPages(new Written.Pages(laid.pages().size(), pageStarts));
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
     * Lays out with the layout passes until they are content ({@link LayoutPasses}): the notes at the foot of their
     * pages ({@code print.notes: foot}), then the end of a scene taken over to the page its ornament opened, round
     * after round (mending one place moves the pages after it), then, once the text stands, blank pages of our own
     * where Flying Saucer left styled ones.
     */
    private static LayoutPass.LaidOut settle(Job job, PageGeometry geometry, FootNotes footNotes, SceneBreaks.Pass sceneBreaks)
            throws IOException {
        List<LayoutPass> all = new ArrayList<>();
        if (job.layout().notes() == PrintLayout.Notes.FOOT && !job.book().notes().isEmpty()) {
            all.add(footNotes);
        }
        all.add(sceneBreaks);
        all.add(new BlankPages.Pass(job.layout().rectoOpenings()));
        IndexPages.of(job.book()).ifPresent(all::add);   // once the text stands: its marks' pages
        Document base = document(job, geometry);   // each round changes a copy: the passes make their changes anew
        return new LayoutPasses(all).settle(p -> layout(job, geometry, (Document) base.cloneNode(true), p));
    }

    private boolean fails(Job job, Book part) {
        try {
            Job alone = new Job(part, job.layout());
            layout(alone, PageGeometry.of(job.layout(), 0), document(alone, PageGeometry.of(job.layout(), 0)),
                    new LayoutPasses(List.of()));
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

    /** The print document before the layout passes change it: the same for every round of one geometry. */
    private static Document document(Job job, PageGeometry geometry) throws IOException {
        Book book = job.book();
        PrintLayout layout = job.layout();
        long start = System.nanoTime();
        Document doc = PrintPasses.document(book, layout, geometry, job.formulas().markup());
        job.time("pdf-xhtml", start);
        return doc;
    }

    private static LayoutPass.LaidOut layout(Job job, PageGeometry geometry, Document doc, LayoutPasses passes) throws IOException {
        Book book = job.book();
        PrintLayout layout = job.layout();
        long start = System.nanoTime();
        passes.apply(doc);
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
        renderer.getSharedContext().setReplacedElementFactory(new BookReplacedElements(device, geometry, book, job.formulas(),
                layout.pdfx(), layout.blackAndWhite()));
        renderer.setDocument(doc, BookUserAgent.BASE, layout.interactive()
                ? new XhtmlNamespaceHandler() : PressColours.withoutLinks());
        job.time("pdf-xhtml", start);
        start = System.nanoTime();
        renderer.layout();
        job.time("pdf-layout", start);
        return new LayoutPass.LaidOut(renderer, doc);
    }

    /**
     * A figure spans the text block: below the book's {@code print.min-dpi} at that width it prints soft. One warning
     * per image file, where it is first used, with the pixels it would need. Every formula is set by jlatexmath:
     * one it refuses is an error at its place, one wider than the text block a warning (it is shrunk to fit).
     */
    @Override
    public List<Diagnostic> proof(Book book, WriterSettings settings) {
        PrintLayout layout = settings.get(PrintLayout.class).orElse(PrintLayout.defaults());
        PageGeometry geometry = PageGeometry.of(layout, estimatePages(book, layout));
        List<Diagnostic> found = new ArrayList<>(MathProof.check(book, new TexFormulas(book.typeface(), book.codeTypeface()),
                geometry.textWidth()));
        double inches = geometry.textWidth() / 72;
        int min = layout.minDpi();
        Set<Path> seen = new HashSet<>();
        List<Diagnostic> soft = new ArrayList<>(RightToLeft.check(book));
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
        found.addAll(soft);
        return found;
    }

}
