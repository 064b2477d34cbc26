package org.colophon.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.colophon.book.Book;
import org.colophon.press.EmbeddedFonts;
import org.colophon.typeface.FontFace;
import org.colophon.typeface.Typeface;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * The book's faces as the fonts of a layout ({@link EmbeddedFonts}, shared with the cover), each with its kerning
 * ({@link Kerning}): the only fonts a layout knows.
 */
final class PrintFonts {
    private PrintFonts() {
    }

    /**
     * Registers the book's faces and points every other family Flying Saucer knows (its base-14 fonts, reached through
     * {@code serif}, {@code monospace}, {@code Courier} or a family nobody registered) at them: a base-14 font is
     * never embedded, and PDF/A and the printers refuse it, so no element may ever reach one.
     */
    static void register(ITextRenderer renderer, Book book) throws IOException {
        var resolver = renderer.getFontResolver();
        for (Typeface t : faces(book)) {
            for (FontFace f : t.faces()) {
                resolver.addFont(font(f), f.location(), t.family());
            }
        }
        Map<String, FontFamily> families = resolver.getFonts();
        FontFamily text = families.get(book.typeface().family());
        FontFamily code = families.get(book.codeTypeface().family());
        for (String name : List.copyOf(families.keySet())) {
            if (families.get(name) != text && families.get(name) != code) {
                families.put(name, name.equals("Courier") || name.equals("Monospaced") ? code : text);
            }
        }
        families.putIfAbsent("Monospaced", code);   // what the generic family "monospace" resolves to
    }

    /** The typefaces a layout sets: the text's and the code's. */
    static List<Typeface> faces(Book book) {
        return List.of(book.typeface(), book.codeTypeface());
    }

    /** The font of a face, its kerning read: parsed once per process and shared by every layout. */
    static BaseFont font(FontFace f) throws IOException {
        BaseFont font = EmbeddedFonts.of(f);
        Kerning.register(font, f.data());
        return font;
    }
}
