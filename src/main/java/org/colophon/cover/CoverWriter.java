package org.colophon.cover;

import com.lowagie.text.Chunk;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colophon.book.Block;
import org.colophon.book.Book;
import org.colophon.book.Image;
import org.colophon.book.Inline;
import org.colophon.book.TextRuns;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.diagnostic.LibraryFailure;
import org.colophon.output.BookWriter;
import org.colophon.output.BookYamlPlaces;
import org.colophon.output.Format;
import org.colophon.output.Paginated;
import org.colophon.output.WriterSettings;
import org.colophon.print.PrintLayout;
import org.colophon.typeface.FontFace;

/**
 * Writes the paperback's cover as one PDF page (back, spine, front, with bleed), drawn with OpenPDF: the front is the
 * book's cover image scaled to fill the front and its bleed, or a typeset front; the spine carries title and author
 * from 79 pages; the back carries the blurb of book.yaml's {@code back-cover:} and leaves the barcode area empty.
 * It needs the interior's page count for the spine, so it is written after the PDF.
 */
public final class CoverWriter implements BookWriter {
    public static final Format COVER = new Format("cover");

    private int interiorPages = -1;
    private PrintLayout layout = PrintLayout.defaults();
    /** book.yaml's place, where the cover's settings and files are written; configured from the manuscript. */
    private BookYamlPlaces places = new BookYamlPlaces("book.yaml", Map.of(), Map.of());
    private final List<Diagnostic> warnings = new ArrayList<>();

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

    /** Takes book.yaml's print layout: the trim, the paper, the PDF standard, the least resolution. */
    @Override
    public void configure(WriterSettings settings) {
        layout = settings.get(PrintLayout.class).orElse(PrintLayout.defaults());
        places = settings.get(BookYamlPlaces.class).orElse(places);
    }

    @Override
    public Set<Format> needs() {
        return Set.of(Format.PDF);
    }

    @Override
    public void after(Map<Format, BookWriter> written) {
        if (written.get(Format.PDF) instanceof Paginated interior) {
            interiorPages = interior.pages();
        }
    }

    /** For a cover made without the interior at hand (tests, a printer's figure): the interior's page count. */
    public CoverWriter pages(int pages) {
        this.interiorPages = pages;
        return this;
    }

    /** The front image fills the front and its bleed: below {@code print.min-dpi} there it prints soft. */
    @Override
    public List<Diagnostic> proof(Book book) {
        List<Diagnostic> soft = new java.util.ArrayList<>(frontProof(book));
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

    private List<Diagnostic> frontProof(Book book) {
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
                + dpi + " dpi on the paperback's front (" + String.format(java.util.Locale.ROOT, "%.3f × %.3f in", wide, high)
                + " with bleed); printers ask for " + min + ": give it at least " + (int) Math.ceil(wide * min) + " × "
                + (int) Math.ceil(high * min) + " pixels"));
    }

    @Override
    public void write(Book book, OutputStream out) throws IOException {
        if (interiorPages < 0) {
            throw new IllegalStateException("the cover is written after the interior, which gives its page count");
        }
        CoverGeometry g = CoverGeometry.of(layout, interiorPages);
        pageCountWarnings(book, g);
        try {
            new CoverDrawing(book, g, layout.pdfx()).write(out);
        } catch (RuntimeException e) {   // DocumentException included
            throw new LibraryFailure("OpenPDF (the cover)", "the cover", e);
        }
    }

    /** KDP prints 24 to 828 pages on white paper, 776 on cream ("Paperback page count", KDP help G201834180). */
    private void pageCountWarnings(Book book, CoverGeometry g) {
        int max = layout.maxPages();
        if (g.pages() < 24 || g.pages() > max) {
            warnings.add(Diagnostic.warning(places.file(), 0, 0, "the interior has " + g.pages() + " pages; KDP prints a paperback of 24 to "
                    + max + " pages on " + layout.paper() + " paper (KDP help, 'Paperback page count')"));
        }
    }

    @Override
    public List<Diagnostic> warnings() {
        return List.copyOf(warnings);
    }

    /** A face of the book's typeface as an embedded, subset OpenPDF font. */
    static BaseFont font(FontFace face) throws IOException {
        try {
            BaseFont font = BaseFont.createFont(face.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, face.data(), null);
            // a subset's name prefix is random unless seeded: the same book gives the same bytes
            java.security.SecureRandom random = java.security.SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(face.fileName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            font.setSecureRandom(random);
            return font;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (DocumentException e) {
            throw new IOException("cannot load font " + face.fileName() + ": " + e.getMessage(), e);
        }
    }

    /** Inline content as one OpenPDF phrase, each run in the face it is set in; a hard line break is a new line. */
    static Phrase phrase(List<Inline> inlines, Fonts fonts, float size, boolean bold, boolean italic) {
        Phrase p = new Phrase();
        new TextRuns(new TextRuns.Face(false, bold, italic), run -> {
            if (run.kind() == TextRuns.Kind.WORDS) {
                p.add(new Chunk(run.text(), fonts.font(run.face().bold(), run.face().italic(), size)));
            } else if (run.kind() == TextRuns.Kind.SPACE && run.text().equals("\n")) {
                p.add(Chunk.NEWLINE);
            } else if (run.kind() == TextRuns.Kind.SPACE) {
                p.add(new Chunk(run.text(), fonts.font(run.face().bold(), run.face().italic(), size)));
            }
        }).inlines(inlines);
        return p;
    }

    /** The four faces of the text typeface, each loaded once per cover. */
    static final class Fonts {
        private final Map<String, BaseFont> faces = new java.util.HashMap<>();
        private final org.colophon.typeface.Typeface typeface;

        Fonts(org.colophon.typeface.Typeface typeface) {
            this.typeface = typeface;
        }

        BaseFont base(boolean bold, boolean italic) {
            return faces.computeIfAbsent(bold + "/" + italic, k -> {
                try {
                    return CoverWriter.font(typeface.face(bold, italic));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        Font font(boolean bold, boolean italic, float size) {
            return new Font(base(bold, italic), size);
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
