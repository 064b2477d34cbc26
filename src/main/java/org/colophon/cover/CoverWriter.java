package org.colophon.cover;

import com.lowagie.text.Chunk;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.colophon.book.Block;
import org.colophon.book.Book;
import org.colophon.book.Image;
import org.colophon.book.Inline;
import org.colophon.book.TextRuns;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.LibraryFailure;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.output.BookWriter;
import org.colophon.output.BookYamlPlaces;
import org.colophon.output.Format;
import org.colophon.output.Inputs;
import org.colophon.output.WriterSettings;
import org.colophon.output.Written;
import org.colophon.press.EmbeddedFonts;
import org.colophon.press.PdfStandard;
import org.colophon.print.PrintLayout;
import org.colophon.typeface.FontFace;
import org.colophon.typeface.Typeface;

/**
 * Writes the paperback's cover as one PDF page (back, spine, front, with bleed), drawn with OpenPDF: the front is the
 * book's cover image scaled to fill the front and its bleed, or a typeset front; the spine carries title and author
 * from 79 pages; the back carries the blurb of book.yaml's {@code back-cover:} and leaves the barcode area empty.
 * It needs the interior's page count for the spine, so it is written after the PDF.
 */
public final class CoverWriter implements BookWriter {
    public static final Format COVER = new Format("cover");

    @Override
    public Format format() {
        return COVER;
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public String fileName(String stem) {
        return stem + "-cover.pdf";
    }

    @Override
    public Set<Format> needs() {
        return Set.of(Format.PDF);
    }

    /** The front image fills the front and its bleed: below {@code print.min-dpi} there it prints soft. */
    @Override
    public List<Diagnostic> proof(Book book, WriterSettings settings) {
        PrintLayout layout = layout(settings);
        BookYamlPlaces places = places(settings);
        List<Diagnostic> soft = new ArrayList<>(frontProof(book, layout, places));
        book.authorPhoto().ifPresent(photo -> {
            int dpi = (int) Math.floor(photo.width() / (CoverGeometry.PHOTO_WIDTH / CoverGeometry.INCH));
            if (dpi < layout.minDpi()) {
                SourcePosition at = places.at("author-photo");
                soft.add(Diagnostic.warning(at.path(), at.line(), at.column(), "the author photo '"
                        + places.written("author-photo", photo.file().getFileName().toString()) + "' prints at " + dpi + " dpi, 1.5 in wide on the back of the cover; printers ask for "
                        + layout.minDpi() + ": give it at least " + (int) Math.ceil(1.5 * layout.minDpi())
                        + " pixels of width"));
            }
        });
        return soft;
    }

    private static List<Diagnostic> frontProof(Book book, PrintLayout layout, BookYamlPlaces places) {
        if (book.cover().isEmpty()) {
            return List.of();
        }
        Image cover = book.cover().get();
        double wide = (layout.width() + CoverGeometry.BLEED) / CoverGeometry.INCH;
        double high = (layout.height() + 2 * CoverGeometry.BLEED) / CoverGeometry.INCH;
        int dpi = (int) Math.floor(Math.min(cover.width() / wide, cover.height() / high));
        int min = layout.minDpi();
        if (dpi >= min) {
            return List.of();
        }
        SourcePosition at = places.at("cover");
        return List.of(Diagnostic.warning(at.path(), at.line(), at.column(), "the cover image '"
                + places.written("cover", cover.file().getFileName().toString()) + "' prints at "
                + dpi + " dpi on the paperback's front (" + String.format(Locale.ROOT, "%.3f × %.3f in", wide, high)
                + " with bleed); printers ask for " + min + ": give it at least " + (int) Math.ceil(wide * min) + " × "
                + (int) Math.ceil(high * min) + " pixels"));
    }

    /**
     * Writes the cover for the interior's page count, which the PDF's {@link Written} gives; warns when KDP would not
     * print that many pages.
     */
    @Override
    public Written write(Book book, Inputs inputs, OutputStream out) throws IOException {
        int interiorPages = inputs.pages(Format.PDF).map(Written.Pages::count).orElseThrow(() ->
                new IllegalStateException("the cover is written after the interior, which gives its page count"));
        PrintLayout layout = layout(inputs.settings());
        CoverGeometry g = CoverGeometry.of(layout, interiorPages);
        List<Diagnostic> warnings = pageCountWarnings(g, layout, places(inputs.settings()));
        try {
            new CoverDrawing(book, g, PdfStandard.of(layout)).write(out);
        } catch (RuntimeException e) {   // DocumentException included
            throw new LibraryFailure("OpenPDF (the cover)", "the cover", e);
        }
        return Written.of(warnings, Map.of());
    }

    /** book.yaml's print layout: the trim, the paper, the PDF standard, the least resolution. */
    private static PrintLayout layout(WriterSettings settings) {
        return settings.get(PrintLayout.class).orElse(PrintLayout.defaults());
    }

    /** Where book.yaml's cover settings and files are written, for warnings about them. */
    private static BookYamlPlaces places(WriterSettings settings) {
        return settings.get(BookYamlPlaces.class).orElse(new BookYamlPlaces("book.yaml", Map.of(), Map.of()));
    }

    /** KDP prints 24 to 828 pages on white paper, 776 on cream ("Paperback page count", KDP help G201834180). */
    private static List<Diagnostic> pageCountWarnings(CoverGeometry g, PrintLayout layout, BookYamlPlaces places) {
        int max = layout.maxPages();
        if (g.pages() < 24 || g.pages() > max) {
            return List.of(Diagnostic.warning(places.file(), 0, 0, "the interior has " + g.pages() + " pages; KDP prints a paperback of 24 to "
                    + max + " pages on " + layout.paper() + " paper (KDP help, 'Paperback page count')"));
        }
        return List.of();
    }

    static Phrase phrase(List<Inline> inlines, Fonts fonts, float size, boolean bold, boolean italic) {
        Phrase p = new Phrase();
        new TextRuns(new TextRuns.Face(false, bold, italic), run -> {
            if (run.kind() == TextRuns.Kind.WORDS) {
                p.add(fonts.phrase(run.text(), run.face().bold(), run.face().italic(), size));
            } else if (run.kind() == TextRuns.Kind.SPACE && run.text().equals("\n")) {
                p.add(Chunk.NEWLINE);
            } else if (run.kind() == TextRuns.Kind.SPACE) {
                p.add(new Chunk(run.text(), fonts.font(run.face().bold(), run.face().italic(), size)));
            }
        }).inlines(inlines);
        return p;
    }

    /**
     * The four faces of the text typeface as the interior's fonts ({@link EmbeddedFonts}), then the fallback faces: a
     * run the text face lacks (a Chinese title) is set in the first fallback that has it, as in the interior.
     */
    static final class Fonts {
        private final Typeface typeface;
        private final List<Typeface> fallbacks;

        Fonts(Typeface typeface, List<Typeface> fallbacks) {
            this.typeface = typeface;
            this.fallbacks = List.copyOf(fallbacks);
        }

        Fonts(Typeface typeface) {
            this(typeface, List.of());
        }

        BaseFont base(boolean bold, boolean italic) {
            return base(typeface.face(bold, italic));
        }

        private static BaseFont base(FontFace face) {
            try {
                return EmbeddedFonts.of(face);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Font font(boolean bold, boolean italic, float size) {
            return new Font(base(bold, italic), size);
        }

        /** {@code text} in the text face, each run it lacks in the first fallback that has it. */
        Phrase phrase(String text, boolean bold, boolean italic, float size) {
            if (fallbacks.isEmpty()) {
                return new Phrase(text, font(bold, italic, size));
            }
            FontSelector selector = new FontSelector();
            selector.addFont(font(bold, italic, size));
            fallbacks.forEach(f -> selector.addFont(new Font(base(f.nearest(bold, italic)), size)));
            return selector.process(text);
        }

        /** Every face a cover may draw with. */
        List<FontFace> faces() {
            List<FontFace> all = new java.util.ArrayList<>(typeface.faces());
            fallbacks.forEach(f -> all.addAll(f.faces()));
            return all;
        }
    }

    /** Used by {@link CoverDrawing}: the blurb's paragraphs as OpenPDF paragraphs. */
    static List<Paragraph> blurb(List<Block> blocks, Fonts fonts, float size) {
        List<Paragraph> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                Paragraph para = new Paragraph(phrase(p.content(), fonts, size, false, false));
                para.setLeading(size * 1.4f);
                para.setSpacingAfter(size * 0.6f);
                para.setAlignment(Element.ALIGN_LEFT);
                out.add(para);
            }
        }
        return out;
    }

    static void column(PdfContentByte cb, List<? extends Element> elements, double x, double y, double right, double top)
            throws DocumentException {
        ColumnText ct = new ColumnText(cb);
        ct.setSimpleColumn((float) x, (float) y, (float) right, (float) top);
        elements.forEach(ct::addElement);
        ct.go();
    }

    static Document document(CoverGeometry g) {
        return new Document(new Rectangle((float) g.width(), (float) g.height()), 0, 0, 0, 0);
    }
}
