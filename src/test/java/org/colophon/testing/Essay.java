package org.colophon.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The essay: the manuscript in the repository and the source text it was typed from, kept in the test resources so
 * that a clone alone tests itself (nothing outside the repository is read).
 */
public final class Essay {
    public static final Path MANUSCRIPT = Path.of("manuscript");
    public static final Path SOURCE = Path.of("src/test/resources/essay/alliance-vietnam-soviet-union.txt");

    private Essay() {
    }

    public static String sourceText() throws IOException {
        return Files.readString(SOURCE, StandardCharsets.UTF_8);
    }

    /**
     * Asserts that {@code text} holds the source essay word for word, in order, with every diacritic. Three
     * differences are typesetting, not wording, and are accepted: the source sets the title and the author's name in
     * capitals; its straight apostrophes ("1950's") are set as typographic ones ("1950’s"); and in print a line may
     * end after a hyphen, dash or slash inside a token ("1968–" / "1975"), or inside a word hyphenated there
     * ("differ-" / "ent"), which is joined again only where the two halves make the source's word.
     */
    public static void assertWordForWord(String text, String what) throws IOException {
        List<String> ours = new ArrayList<>(words(text));
        List<String> source = words(sourceText());
        for (int i = 0; i < Math.min(ours.size(), source.size()); i++) {
            String s = source.get(i).replace('\'', '’');
            String o = ours.get(i);
            while (!s.equals(o) && i + 1 < ours.size()) {
                String next = ours.get(i + 1);
                if (o.matches(".*[-–—/]") && s.startsWith(o + next)) {
                    o = o + next;
                } else if (o.endsWith("-") && s.startsWith(o.substring(0, o.length() - 1) + next)) {
                    o = o.substring(0, o.length() - 1) + next;   // a word hyphenated at the end of a line
                } else {
                    break;
                }
                ours.remove(i + 1);
                ours.set(i, o);
            }
            boolean capitals = s.equals(s.toUpperCase(Locale.ROOT)) && s.equalsIgnoreCase(o);
            if (!s.equals(o) && !capitals) {
                throw new AssertionError("word " + i + " differs: source '" + source.get(i) + "', " + what + " '" + o + "'\nsource: "
                        + String.join(" ", source.subList(Math.max(0, i - 8), Math.min(source.size(), i + 8)))
                        + "\n" + what + ":   " + String.join(" ", ours.subList(Math.max(0, i - 8), Math.min(ours.size(), i + 8))));
            }
        }
        if (source.size() != ours.size()) {
            throw new AssertionError(what + " has " + ours.size() + " words, the source " + source.size());
        }
    }

    /** The words of a text, split at white space (the source has some double spaces that no reader sees). */
    public static List<String> words(String text) {
        String t = text.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("[\\s\\u00A0]+"));
    }
}
