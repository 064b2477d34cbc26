package org.colophon.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.colophon.book.Book;
import org.colophon.typeface.FontFace;
import org.xhtmlrenderer.pdf.ITextRenderer;

/** The book's faces as OpenPDF fonts: parsed once per process, subset with stable names, the only ones a layout knows. */
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
    private static final Map<FontFace, BaseFont> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

    static BaseFont font(FontFace f) throws IOException {
        try {
            return FONTS.computeIfAbsent(f, face -> {
                try {
                    BaseFont font = BaseFont.createFont(face.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, face.data(), null);
                    Kerning.register(font, face.data());
                    return font;
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
    static java.security.SecureRandom seeded(String seed) {
        try {
            java.security.SecureRandom random = java.security.SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
