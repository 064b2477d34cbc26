package org.colophon.typeface;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The typefaces Colophon ships, each in four faces, under the SIL Open Font License. Literata is the text face: made
 * for long reading on screens, with every Vietnamese letter precomposed. JetBrains Mono sets code: monospaced, with
 * Vietnamese, box drawing, arrows and check marks, and real italics. The files live in the repository's
 * {@code fonts/} folder and are packed into the jar; each typeface is read once per process, when first asked for,
 * and shared by both writers and every build in the JVM.
 */
public final class Typefaces {
    private static final String ROOT = "org/colophon/fonts/";

    private Typefaces() {
    }

    /** Literata, the text face. */
    public static Typeface literata() {
        return LiterataHolder.TYPEFACE;
    }

    /** JetBrains Mono, the face of code. */
    public static Typeface jetBrainsMono() {
        return MonoHolder.TYPEFACE;
    }

    // holders: the JVM loads each class, and so reads its fonts, on first use, exactly once
    private static final class LiterataHolder {
        static final Typeface TYPEFACE = load("Literata", "Literata", "TypeTogether");
    }

    private static final class MonoHolder {
        static final Typeface TYPEFACE = load("JetBrains Mono", "JetBrainsMono", "JetBrains");
    }

    private static Typeface load(String family, String filePrefix, String designer) {
        return new Typeface(family, designer, "SIL Open Font License 1.1", List.of(
                face(filePrefix + "-Regular.ttf", 400, false),
                face(filePrefix + "-Italic.ttf", 400, true),
                face(filePrefix + "-Bold.ttf", 700, false),
                face(filePrefix + "-BoldItalic.ttf", 700, true)));
    }

    private static FontFace face(String name, int weight, boolean italic) {
        return new FontFace(name, ROOT + name, weight, italic, read(name));
    }

    private static byte[] read(String name) {
        try (InputStream in = Typefaces.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing from the Colophon jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
