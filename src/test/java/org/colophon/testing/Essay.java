package org.colophon.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The essay: the manuscript in the repository and its source text in ../shared/source/. */
public final class Essay {
    public static final Path MANUSCRIPT = Path.of("manuscript");
    public static final Path SOURCE = Path.of("../shared/source/alliance-vietnam-soviet-union.txt");

    private Essay() {
    }

    public static String sourceText() throws IOException {
        return Files.readString(SOURCE, StandardCharsets.UTF_8);
    }

    /** The words of a text, split at white space (the source has some double spaces that no reader sees). */
    public static List<String> words(String text) {
        String t = text.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("[\\s\\u00A0]+"));
    }
}
