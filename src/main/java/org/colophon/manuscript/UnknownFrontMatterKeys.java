package org.colophon.manuscript;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.text.Texts;

/**
 * The front matter keys Colophon does not read, gathered over the whole book and reported once each, at the first
 * chapter that has it: a Hugo site gives every chapter {@code weight}, {@code date}, {@code draft}…, and a warning
 * per key and chapter buried the warnings that matter.
 */
public final class UnknownFrontMatterKeys {
    private record Seen(SourcePosition first, Set<String> files) {
    }

    /** In the order the chapters are read (the reading order), so that the warnings are the same on every run. */
    private final Map<String, Seen> keys = new LinkedHashMap<>();

    void add(String key, SourcePosition at) {
        keys.computeIfAbsent(key, k -> new Seen(at, new LinkedHashSet<>())).files().add(at.path());
    }

    /** One warning per key, at its first place, saying in how many chapters it stands. */
    public void report(Diagnostics diagnostics) {
        keys.forEach((key, seen) -> {
            int chapters = seen.files().size();
            diagnostics.warning(seen.first(), "front matter key '" + key + "'"
                    + (chapters > 1 ? " (in " + chapters + " chapters)" : "") + " is not one Colophon reads; it is ignored"
                    + suggestion(key, ChapterFrontMatter.KEYS) + "; Colophon reads " + String.join(", ", ChapterFrontMatter.KEYS));
        });
    }

    static String suggestion(String key, List<String> known) {
        return known.stream().filter(k -> Texts.editDistance(key.toLowerCase(Locale.ROOT), k) <= 2).findFirst()
                .map(k -> " (did you mean '" + k + "'?)").orElse("");
    }
}
