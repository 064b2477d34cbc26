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
    private static final String ROOT = "org/colophon/fonts/";
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
        faces.add(face("Literata-Regular.ttf", 400, false));
        faces.add(face("Literata-Italic.ttf", 400, true));
        faces.add(face("Literata-Bold.ttf", 700, false));
        faces.add(face("Literata-BoldItalic.ttf", 700, true));
        return new Typeface("Literata", "TypeTogether", "SIL Open Font License 1.1", List.copyOf(faces));
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
