package org.colophon.l10n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every word Colophon adds to a book (contents, notes, landmarks, the title, copyright and colophon pages, the
 * accessibility summary…), in the book's language: a catalogue per language ({@code labels_vi.properties}, read as
 * UTF-8), English beneath it for any key it lacks, and the author's own {@code labels:} from book.yaml above it.
 * A region tag ({@code fr-CA}) takes its base language's catalogue.
 */
public final class Labels {
    /** The languages with a catalogue in the jar. */
    public static final Set<String> SHIPPED = Set.of("en", "vi", "fr", "de", "es", "it", "pt", "cs", "pl", "nl");

    private static final Map<String, Map<String, String>> CATALOGUES = new ConcurrentHashMap<>();

    private final String language;
    private final Locale locale;
    private final boolean catalogued;
    private final Map<String, String> words;

    private Labels(String languageTag, Map<String, String> overrides) {
        this.locale = Locale.forLanguageTag(languageTag);
        this.language = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
        this.catalogued = SHIPPED.contains(language);
        Map<String, String> all = new LinkedHashMap<>(catalogue("en"));
        if (catalogued) {
            all.putAll(catalogue(language));
        }
        all.putAll(overrides);
        this.words = Map.copyOf(all);
    }

    /** The words for a book in {@code languageTag}, with no override. */
    public static Labels of(String languageTag) {
        return new Labels(languageTag, Map.of());
    }

    /** The words for a book in {@code languageTag}, with the author's overrides (keys of {@link #keys()}). */
    public static Labels of(String languageTag, Map<String, String> overrides) {
        return new Labels(languageTag, overrides);
    }

    /** Every key an author may override, in alphabetical order. */
    public static Set<String> keys() {
        return new TreeSet<>(catalogue("en").keySet());
    }

    /** False when the book's language has no catalogue and the words are English. */
    public boolean catalogued() {
        return catalogued;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        String word = words.get(key);
        if (word == null) {
            throw new IllegalArgumentException("no label " + key);
        }
        return word;
    }

    /** The label with {@code {0}}, {@code {1}}… replaced (not MessageFormat: its quoting would eat French apostrophes). */
    public String format(String key, Object... args) {
        String s = get(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    /** Every word this book may set, for the glyph gate. */
    public Map<String, String> all() {
        return words;
    }

    /**
     * An ISO 8601 date as people write it in this language: {@code 2019-12} is "December 2019", "décembre 2019",
     * "tháng 12 năm 2019"; a year stays a year. The patterns are in the catalogue ({@code date-month}, {@code date-day}):
     * java.time on Java 17 has no localized year-month skeleton.
     */
    public String date(String iso) {
        try {
            if (iso.length() >= 10) {
                LocalDate d = LocalDate.parse(iso.substring(0, 10));
                return DateTimeFormatter.ofPattern(get("date-day"), locale).format(d);
            }
            if (iso.length() == 7) {
                return DateTimeFormatter.ofPattern(get("date-month"), locale).format(YearMonth.parse(iso));
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            // not a date of the calendar: book.yaml's check has reported it where it stands
        }
        return iso;
    }

    private static Map<String, String> catalogue(String language) {
        return CATALOGUES.computeIfAbsent(language, Labels::load);
    }

    private static Map<String, String> load(String language) {
        String name = "labels_" + language + ".properties";
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                return Map.of();
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new LinkedHashMap<>();
            p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The primary language of a tag, lower case ({@code pt} for {@code pt-BR}). */
    public static String primary(String languageTag) {
        return Optional.of(Locale.forLanguageTag(languageTag).getLanguage()).filter(s -> !s.isEmpty()).orElse("en");
    }
}
