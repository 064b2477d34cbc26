package org.colophon.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fop.hyphenation.HyphenationTree;

/**
 * Where a word may be hyphenated, by its language: Liang's patterns (TeX's, compiled by the OFFO project for Apache
 * FOP's hyphenator) with a compositor's limits, at least two letters before the hyphen and three after.
 * Never for Vietnamese, whose syllables are words of their own.
 */
public final class Hyphenation {
    public static final int BEFORE = 2;
    public static final int AFTER = 3;
    private static final Map<String, Optional<Hyphenation>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final HyphenationTree patterns;

    private Hyphenation(HyphenationTree patterns) {
        this.patterns = patterns;
    }

    /** The hyphenation of a language (a BCP 47 tag), or none when it has no patterns or must not be hyphenated. */
    public static Optional<Hyphenation> of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag == null ? "" : languageTag);
        String language = locale.getLanguage();
        if (language.isEmpty() || language.equals("vi")) {
            return Optional.empty();
        }
        String regional = language + "_" + locale.getCountry();
        return BY_LANGUAGE.computeIfAbsent(locale.getCountry().isEmpty() ? language : regional,
                key -> load(key).or(() -> load(language)));
    }

    private static Optional<Hyphenation> load(String name) {
        try (InputStream raw = Hyphenation.class.getResourceAsStream("/hyph/" + name + ".hyp")) {
            if (raw == null) {
                return Optional.empty();
            }
            ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(raw));
            // the patterns are serialised objects: admit only the hyphenator's own classes and the JDK's plain ones
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(
                    "org.apache.fop.hyphenation.*;java.lang.*;java.util.*;maxdepth=64;!*"));
            return Optional.of(new Hyphenation((HyphenationTree) in.readObject()));
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("cannot read the hyphenation patterns " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The offsets inside {@code word} (letters only, no punctuation) where a hyphen may go, ascending; empty when the
     * word is too short or the patterns allow none.
     */
    public int[] points(String word) {
        if (word.length() < BEFORE + AFTER) {
            return new int[0];
        }
        synchronized (patterns) {   // the tree keeps a working buffer
            org.apache.fop.hyphenation.Hyphenation found = patterns.hyphenate(word, BEFORE, AFTER);
            return found == null ? new int[0] : found.getHyphenationPoints();
        }
    }
}
