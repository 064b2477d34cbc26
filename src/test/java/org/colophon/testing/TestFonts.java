package org.colophon.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The test fonts committed under {@code src/test/resources/typefaces/fonts} (each folder with its licence): TeX Gyre
 * Pagella and Cursor (OpenType CFF, whole), Noto Serif and DejaVu Sans Mono (TrueType, cut to Latin), Noto Serif CJK
 * (collections of the SC and JP faces, cut to the test books' characters), and a WOFF2 and a broken CID subset.
 */
public final class TestFonts {
    public static final Path ROOT = Path.of("src/test/resources/typefaces/fonts");

    private TestFonts() {
    }

    public static byte[] bytes(String path) {
        try {
            return Files.readAllBytes(ROOT.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manuscript with the font files of {@code folder} copied to {@code to} (as "../fonts/pagella"), by their names. */
    public static TestManuscript withFolder(TestManuscript m, String folder, String to) {
        try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
            for (Path f : files.sorted().toList()) {
                m = m.file(to + "/" + f.getFileName(), Files.readAllBytes(f));
            }
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
