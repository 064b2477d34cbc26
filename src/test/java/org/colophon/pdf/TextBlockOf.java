package org.colophon.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.print.PrintLayout;

/**
 * The text block Colophon gave a book of the default layout (6 × 9 in), from its PDF's page count (the gutter grows with
 * it), so that bench/run sets the peers' pages alike: prints {@code top bottom inside outside width height}, in points.
 * {@code java -cp … org.colophon.pdf.TextBlockOf BOOK.pdf}
 */
public final class TextBlockOf {
    private TextBlockOf() {
    }

    public static void main(String[] args) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Path.of(args[0]).toFile())) {
            PageGeometry g = PageGeometry.of(PrintLayout.defaults(), doc.getNumberOfPages());
            System.out.printf(Locale.ROOT, "%.3f %.3f %.3f %.3f %.3f %.3f%n", g.top(), g.bottom(), g.inside(), g.outside(),
                    g.textWidth(), g.textHeight());
        }
    }
}
