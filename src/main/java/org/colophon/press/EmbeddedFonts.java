package org.colophon.press;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.colophon.typeface.FontFace;

/**
 * The book's faces as OpenPDF fonts, embedded and subset, for every PDF of the book: each face is parsed once per JVM
 * (parsing a TrueType face takes a while) and its font shared by the interior's layouts, its measures and the cover,
 * in every build.
 */
public final class EmbeddedFonts {
    private static final Map<FontFace, BaseFont> FONTS = new ConcurrentHashMap<>();
    /** Held while a document is written with the shared fonts: see {@link #write}. */
    private static final Object WRITING = new Object();

    private EmbeddedFonts() {
    }

    /** The font of {@code face}: made the first time it is asked for, the same one after. */
    public static BaseFont of(FontFace face) throws IOException {
        try {
            return FONTS.computeIfAbsent(face, f -> {
                try {
                    return BaseFont.createFont(f.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, f.data(), null);
                } catch (DocumentException | IOException e) {
                    throw new IllegalStateException("cannot load font " + f.fileName() + ": " + e.getMessage(), e);
                }
            });
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Writes a document set in {@code faces}. OpenPDF names a font's subset with a random prefix
     * ("HZNQHH+Literata-Regular"), drawn from the font's generator as the document is written; each font gets a
     * generator seeded with its face's name just before, so that the same book gives the same bytes, and as the fonts
     * are shared, one such document is written at a time in the JVM (writing is the short end of a build: 0.2 s of
     * the essay's interior).
     */
    public static void write(Iterable<FontFace> faces, Writing writing) throws IOException {
        synchronized (WRITING) {
            for (FontFace face : faces) {
                of(face).setSecureRandom(seeded(face.fileName()));
            }
            writing.write();
        }
    }

    /** The writing of one document, whose fonts are {@link #of these}. */
    public interface Writing {
        void write() throws IOException;
    }

    private static SecureRandom seeded(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
