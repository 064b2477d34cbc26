package org.colophon.cover;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.colophon.book.Book;
import org.colophon.book.Inline;
import org.colophon.book.Metadata;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.press.EmbeddedFonts;
import org.colophon.press.PdfStandard;

/**
 * Draws one cover: the PDF's set-up (its standard, as the interior's: {@link PdfStandard}; boxes, metadata), then
 * front, spine and back.
 */
final class CoverDrawing {
    private final Book book;
    private final CoverGeometry g;
    private final CoverWriter.Fonts fonts;
    private final PdfStandard standard;
    /** PDF/X-1a for a printer: images in CMYK. */
    private final boolean pdfx;

    CoverDrawing(Book book, CoverGeometry g, PdfStandard standard) {
        this.book = book;
        this.standard = standard;
        this.pdfx = standard == PdfStandard.PDFX_1A;
        this.g = g;
        this.fonts = new CoverWriter.Fonts(book.typeface(), book.fallbacks());
    }

    /** Writes the cover, its fonts the interior's ({@link EmbeddedFonts}). */
    void write(OutputStream out) throws IOException {
        EmbeddedFonts.write(fonts.faces(), () -> draw(out));
    }

    private void draw(OutputStream out) throws IOException, DocumentException {
        Document doc = CoverWriter.document(g);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPDFXConformance(standard.conformance());
        writer.setBoxSize("trim", new Rectangle((float) CoverGeometry.BLEED, (float) CoverGeometry.BLEED,
                (float) (g.width() - CoverGeometry.BLEED), (float) (g.height() - CoverGeometry.BLEED)));
        writer.setBoxSize("bleed", new Rectangle(0, 0, (float) g.width(), (float) g.height()));
        Metadata m = book.metadata();
        doc.addTitle(m.title() + " (cover)");
        doc.addAuthor(String.join(", ", m.authors()));
        doc.addCreator("Colophon");
        doc.open();
        standard.describe(writer, book, "cover");
        PdfContentByte cb = writer.getDirectContent();
        front(cb, pdfx);
        if (g.spineText()) {
            spine(cb);
        }
        back(cb, pdfx);
        standard.close(writer);
        doc.close();
    }

    private void front(PdfContentByte cb, boolean pdfx) throws IOException, DocumentException {
        double x = g.frontLeft();
        if (book.cover().isPresent()) {
            Image image = image(book.cover().get().file(), pdfx);
            double w = g.width() - x;
            double h = g.height();
            double scale = Math.max(w / image.getWidth(), h / image.getHeight());
            double iw = image.getWidth() * scale;
            double ih = image.getHeight() * scale;
            cb.saveState();
            cb.rectangle((float) x, 0, (float) w, (float) h);
            cb.clip();
            cb.newPath();
            cb.addImage(image, (float) iw, 0, 0, (float) ih, (float) (x + (w - iw) / 2), (float) ((h - ih) / 2));
            cb.restoreState();
            return;
        }
        Metadata m = book.metadata();
        double left = x + 0.5 * CoverGeometry.INCH;
        double right = g.width() - CoverGeometry.BLEED - 0.5 * CoverGeometry.INCH;
        double top = g.height() - CoverGeometry.BLEED - 1.5 * CoverGeometry.INCH;
        Paragraph title = centred(m.title(), true, false, 28);
        Paragraph subtitle = centred(m.subtitle().orElse(""), false, true, 15);
        subtitle.setSpacingBefore(12);
        CoverWriter.column(cb, List.of(title, subtitle), left, CoverGeometry.BLEED + 2 * CoverGeometry.INCH, right, top);
        Paragraph author = centred(String.join(", ", m.authors()), false, false, 17);
        CoverWriter.column(cb, List.of(author), left, CoverGeometry.BLEED + CoverGeometry.SAFE + 36, right,
                CoverGeometry.BLEED + 1.5 * CoverGeometry.INCH);
    }

    private Paragraph centred(String text, boolean bold, boolean italic, float size) {
        Paragraph p = new Paragraph(CoverWriter.phrase(List.of(new Inline.Text(text, SourcePosition.NONE)), fonts, size, bold, italic));
        p.setLeading(size * 1.25f);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    /**
     * Title from the top, author at the foot, read from top to bottom (the tops of the letters toward the front), as
     * American and British books print them; the size is what the spine holds, at most 12 pt.
     */
    private void spine(PdfContentByte cb) {
        double[] a = g.spineTextArea();
        String title = book.metadata().title();
        String author = String.join(", ", book.metadata().authors());
        BaseFont bold = fonts.base(true, false);
        BaseFont regular = fonts.base(false, false);
        float size = (float) Math.min(12, (a[2] - a[0]) / 1.0);
        double gap = 24;
        double length = bold.getWidthPoint(title, size) + regular.getWidthPoint(author, size) + gap;
        if (length > a[3] - a[1]) {
            size *= (float) ((a[3] - a[1]) / length);
        }
        // the glyphs stand between the baseline and the cap height: centre that band on the spine
        float baseline = (float) ((a[0] + a[2]) / 2 - size * 0.35);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, fonts.phrase(title, true, false, size), baseline,
                (float) a[3], -90);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, fonts.phrase(author, false, false, size), baseline,
                (float) a[1], -90);
    }

    /**
     * The blurb, from 0.5 in inside the back's trim down to 0.25 in above the (empty) barcode area; the author's
     * photo, when there is one, at the foot of the back on the side away from the barcode area, the blurb above it.
     */
    private void back(PdfContentByte cb, boolean pdfx) throws IOException, DocumentException {
        double margin = 0.5 * CoverGeometry.INCH;
        double[] barcode = g.barcode();
        double bottom = barcode[3] + 0.25 * CoverGeometry.INCH;
        if (book.authorPhoto().isPresent()) {
            double[] p = g.authorPhoto(book.authorPhoto().get());
            cb.addImage(image(book.authorPhoto().get().file(), pdfx), (float) (p[2] - p[0]), 0, 0, (float) (p[3] - p[1]),
                    (float) p[0], (float) p[1]);
            bottom = Math.max(bottom, p[3] + 0.25 * CoverGeometry.INCH);
        }
        if (!book.blurb().isEmpty()) {
            CoverWriter.column(cb, CoverWriter.blurb(book.blurb(), fonts, 11), CoverGeometry.BLEED + margin,
                    bottom, g.spineLeft() - margin, g.height() - CoverGeometry.BLEED - margin);
        }
    }

    /**
     * The cover image for the PDF: a JPEG passes through for PDF/A; otherwise the pixels go in uncompressed-then-
     * deflated, as RGB, or for PDF/X-1a as CMYK (a plain conversion: no press profile ships with Colophon).
     */
    private static Image image(Path file, boolean pdfx) throws IOException, DocumentException {
        byte[] bytes = Files.readAllBytes(file);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
        if (!pdfx && bytes.length > 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8
                && img.getColorModel().getNumComponents() == 3) {
            return Image.getInstance(bytes);
        }
        int w = img.getWidth();
        int h = img.getHeight();
        int components = pdfx ? 4 : 3;
        byte[] data = new byte[w * h * components];
        int i = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int gr = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (pdfx) {
                    int k = 255 - Math.max(r, Math.max(gr, b));
                    int rest = 255 - k;
                    data[i++] = (byte) (rest == 0 ? 0 : (rest - r) * 255 / rest);
                    data[i++] = (byte) (rest == 0 ? 0 : (rest - gr) * 255 / rest);
                    data[i++] = (byte) (rest == 0 ? 0 : (rest - b) * 255 / rest);
                    data[i++] = (byte) k;
                } else {
                    data[i++] = (byte) r;
                    data[i++] = (byte) gr;
                    data[i++] = (byte) b;
                }
            }
        }
        Image image = Image.getInstance(w, h, components, 8, data);
        image.setCompressionLevel(Deflater.BEST_COMPRESSION);
        return image;
    }
}
