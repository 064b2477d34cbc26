package org.colophon.typeface;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The typefaces Colophon ships. Literata is the default: a text face made for long reading on screens,
 * with every Vietnamese letter precomposed in all four faces, under the SIL Open Font License.
 * The files live in the repository's {@code fonts/} folder and are packed into the jar.
 */
public final class Typefaces {
    private static final String ROOT = "/org/colophon/fonts/";
    private static volatile Typeface literata;

    private Typefaces() {
    }

    /** Literata, read from the jar once per process: both writers and every build in a JVM share it. */
    public static Typeface literata() {
        Typeface t = literata;
        if (t == null) {
            synchronized (Typefaces.class) {
                t = literata;
                if (t == null) {
                    t = load();
                    literata = t;
                }
            }
        }
        return t;
    }

    private static Typeface load() {
        List<FontFace> faces = new ArrayList<>();
        faces.add(new FontFace("Literata-Regular.ttf", 400, false, read("Literata-Regular.ttf")));
        faces.add(new FontFace("Literata-Italic.ttf", 400, true, read("Literata-Italic.ttf")));
        faces.add(new FontFace("Literata-Bold.ttf", 700, false, read("Literata-Bold.ttf")));
        faces.add(new FontFace("Literata-BoldItalic.ttf", 700, true, read("Literata-BoldItalic.ttf")));
        return new Typeface("Literata", "SIL Open Font License 1.1", List.copyOf(faces));
    }

    private static byte[] read(String name) {
        try (InputStream in = Typefaces.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing from the Colophon jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
