package org.colophon.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colophon.book.Book;
import org.colophon.press.EmbeddedFonts;
import org.colophon.typeface.FontFace;
import org.colophon.typeface.Typeface;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.TrueTypeUtil;

/**
 * The book's faces as the fonts of a layout ({@link EmbeddedFonts}, shared with the cover), the text and code faces
 * each with its kerning ({@link Kerning}): the only fonts a layout knows. The fallback faces are families of their
 * own, which {@link FallbackRuns} names on the runs they set.
 */
final class PrintFonts {
    private PrintFonts() {
    }

    /**
     * Registers the book's faces and points every other family Flying Saucer knows (its base-14 fonts, reached through
     * {@code serif}, {@code monospace}, {@code Courier} or a family nobody registered) at them: a base-14 font is
     * never embedded, and PDF/A and the printers refuse it, so no element may ever reach one. Each face is described
     * from its bytes, as a face of a collection has no file of its own, with the style its name table gave it.
     */
    static void register(ITextRenderer renderer, Book book) throws IOException {
        Map<String, FontFamily> families = renderer.getFontResolver().getFonts();
        Set<FontFamily> ours = new HashSet<>();
        for (Typeface t : faces(book)) {
            FontFamily family = families.get(t.family());
            if (family == null || !ours.contains(family)) {
                family = newFamily(t.family());
                families.put(t.family(), family);
                ours.add(family);
            }
            for (FontFace f : t.faces()) {
                family.addFontDescription(TrueTypeUtil.extractDescription(f.location(), f.data(), font(f, t != book.typeface()
                        && t != book.codeTypeface()), false, f.bold() ? IdentValue.BOLD : IdentValue.NORMAL,
                        f.italic() ? IdentValue.ITALIC : IdentValue.NORMAL));
            }
        }
        FontFamily text = families.get(book.typeface().family());
        FontFamily code = families.get(book.codeTypeface().family());
        for (String name : List.copyOf(families.keySet())) {
            if (!ours.contains(families.get(name))) {
                families.put(name, name.equals("Courier") || name.equals("Monospaced") ? code : text);
            }
        }
        families.putIfAbsent("Monospaced", code);   // what the generic family "monospace" resolves to
    }

    /** The typefaces a layout sets: the text's, the code's, then the fallbacks. */
    static List<Typeface> faces(Book book) {
        List<Typeface> all = new ArrayList<>(List.of(book.typeface(), book.codeTypeface()));
        all.addAll(book.fallbacks());
        return all;
    }

    /** The font of a face, its kerning read: parsed once per process and shared by every layout. */
    static BaseFont font(FontFace f) throws IOException {
        return font(f, false);
    }

    /**
     * The font of a face; a fallback face is not kerned (its scripts are set without pair kerning, and reading a
     * Chinese face into Java's text layout takes tens of megabytes).
     */
    private static BaseFont font(FontFace f, boolean fallback) throws IOException {
        BaseFont font = EmbeddedFonts.of(f);
        if (!fallback) {
            Kerning.register(font, f.data());
        }
        return font;
    }

    /**
     * A family of Flying Saucer's font resolver. It makes one only as it reads a font file by its path; the faces
     * here are bytes (a face of a collection has no file), so the family is made as the resolver would.
     */
    private static FontFamily newFamily(String name) {
        try {
            Constructor<FontFamily> make = FontFamily.class.getDeclaredConstructor(String.class);
            make.setAccessible(true);
            return make.newInstance(name);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Flying Saucer's FontFamily cannot be made: " + e, e);
        }
    }
}
