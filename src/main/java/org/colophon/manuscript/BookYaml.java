package org.colophon.manuscript;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.text.Texts;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads book.yaml into typed values, keeping the position of every value so that a problem is reported
 * where the author wrote it. Values are read as plain strings (no YAML type guessing: "2019-12" stays a string).
 */
final class BookYaml {
    static final Set<String> KEYS = Set.of("title", "subtitle", "authors", "language", "date", "publisher", "rights",
            "identifier", "isbn", "print-isbn", "description", "subjects", "cover", "chapters", "notes-title", "edition", "print", "labels",
            "scene-break", "accessibility", "back-cover", "author-photo", "toc-depth", "code", "notes",
            "bibliography", "csl", "numbering", "typeface");

    /** The forms of an ISO 8601 date: a year, a month, a day, or a day with a time; java.time checks the calendar. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})(-(\\d{2})(-(\\d{2})(T.+)?)?)?");

    /** A value and where it stands. */
    record Value<T>(T value, SourcePosition position) {
    }

    /** An entry of a list of mappings: its values by key, and where it starts. */
    record Entry(Map<String, Value<String>> values, SourcePosition position) {
    }

    private final String path;
    private final Diagnostics diagnostics;
    private final Set<String> keys;
    private final String where;
    private final Map<String, Node> entries = new LinkedHashMap<>();
    private final Map<String, SourcePosition> keyPositions = new LinkedHashMap<>();

    /** Whether the file could not be parsed: its keys are then unknown, not missing, and no more is said of them. */
    private boolean unreadable;

    private BookYaml(String path, Diagnostics diagnostics, Set<String> keys, String where) {
        this.path = path;
        this.diagnostics = diagnostics;
        this.keys = keys;
        this.where = where;
    }

    /** Parses the file; on a syntax error reports it and returns an empty reader (every key then reads as absent). */
    static BookYaml parse(String text, String path, Diagnostics diagnostics) {
        BookYaml yaml = new BookYaml(path, diagnostics, KEYS, "book.yaml");
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(path).setAllowDuplicateKeys(true)
                    .setMaxAliasesForCollections(50).setCodePointLimit(1 << 20).build();
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            Optional<Node> root = composer.getSingleNode();
            if (root.isEmpty()) {
                diagnostics.error(SourcePosition.file(path), "book.yaml is empty; it needs at least title, authors, language and identifier");
            } else if (root.get() instanceof MappingNode map) {
                yaml.index(map);
            } else {
                diagnostics.error(yaml.pos(root.get()), "book.yaml must be a list of 'key: value' lines, such as 'title: My Book'");
            }
        } catch (MarkedYamlEngineException e) {
            SourcePosition at = e.getProblemMark().map(yaml::pos).orElse(SourcePosition.file(path));
            diagnostics.error(at, "book.yaml is not valid YAML: " + e.getProblem());
            yaml.unreadable = true;
        } catch (YamlEngineException e) {
            diagnostics.error(SourcePosition.file(path), "book.yaml is not valid YAML: " + e.getMessage());
            yaml.unreadable = true;
        }
        return yaml;
    }

    private void index(MappingNode map) {
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                diagnostics.error(pos(t.getKeyNode()), "a key of book.yaml must be a plain word such as 'title'");
                continue;
            }
            String key = k.getValue();
            if (entries.containsKey(key)) {
                diagnostics.error(pos(k), "'" + key + "' is given twice in book.yaml; keep one");
            }
            if (!keys.contains(key)) {
                diagnostics.warning(pos(k), "unknown key '" + key + "' in " + where + " is ignored" + suggestion(key, keys));
            }
            entries.put(key, t.getValueNode());
            keyPositions.put(key, pos(k));
        }
    }

    /** The nearest known key, the first in alphabetical order on a tie: the same hint whatever the set's order. */
    static String suggestion(String key, Set<String> keys) {
        String best = null;
        int bestDistance = 3;
        for (String known : keys) {
            int d = Texts.editDistance(key.toLowerCase(Locale.ROOT), known);
            if (d < bestDistance || d == bestDistance && best != null && known.compareTo(best) < 0) {
                best = known;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }


    /** A nested section such as {@code print:}, whose own keys are checked; empty when absent or not a mapping. */
    Optional<BookYaml> section(String key, Set<String> sectionKeys) {
        Node n = entries.get(key);
        if (n == null) {
            return Optional.empty();
        }
        if (!(n instanceof MappingNode map)) {
            diagnostics.error(pos(n), "'" + key + "' must hold 'key: value' lines, indented below it");
            return Optional.empty();
        }
        BookYaml section = new BookYaml(path, diagnostics, sectionKeys, "'" + key + "'");
        section.index(map);
        return Optional.of(section);
    }

    /** The value node of {@code key} as written, for a value with a shape of its own (as {@code chapters:}). */
    Optional<Node> node(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** A mapping met inside a value (an entry of a list), read as a section with its own {@code keys}. */
    BookYaml mapping(MappingNode map, Set<String> mappingKeys, String mappingWhere) {
        BookYaml m = new BookYaml(path, diagnostics, mappingKeys, mappingWhere);
        m.index(map);
        return m;
    }

    /** A whole number from {@code min} to {@code max}, saying what it counts when it is not one; empty when absent. */
    Optional<Integer> number(String key, int min, int max, String what) {
        return string(key).flatMap(v -> {
            if (v.value().matches("\\d{1,2}") && Integer.parseInt(v.value()) >= min && Integer.parseInt(v.value()) <= max) {
                return Optional.of(Integer.parseInt(v.value()));
            }
            diagnostics.error(v.position(), "'" + key + "' must be a number from " + min + " to " + max + " (" + what
                    + "), not '" + v.value() + "'");
            return Optional.empty();
        });
    }

    /** A yes/no value; anything else is an error. */
    Optional<Boolean> flag(String key) {
        return string(key).flatMap(v -> switch (v.value().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> Optional.of(true);
            case "false", "no", "off" -> Optional.of(false);
            default -> {
                diagnostics.error(v.position(), "'" + key + "' must be true or false, not '" + v.value() + "'");
                yield Optional.empty();
            }
        });
    }

    SourcePosition pos(Node n) {
        return n.getStartMark().map(this::pos).orElse(SourcePosition.file(path));
    }

    private SourcePosition pos(Mark m) {
        return new SourcePosition(path, m.getLine() + 1, m.getColumn() + 1);
    }

    /** Where a key's value stands (for a list, its first entry), without checking the value. */
    Optional<SourcePosition> valuePosition(String key) {
        Node n = entries.get(key);
        if (n instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
            n = seq.getValue().get(0);
        }
        return Optional.ofNullable(n).map(this::pos);
    }

    SourcePosition keyPosition(String key) {
        return keyPositions.getOrDefault(key, SourcePosition.file(path));
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** A text value, NFC; empty when absent. A present value that is not text is an error. */
    Optional<Value<String>> string(String key) {
        Node n = entries.get(key);
        if (n == null) {
            return Optional.empty();
        }
        if (n instanceof ScalarNode s) {
            String v = Texts.nfc(s.getValue().strip());
            return Optional.of(new Value<>(v, pos(n)));
        }
        diagnostics.error(pos(n), "'" + key + "' must be a single text value");
        return Optional.empty();
    }

    /** A required, non-empty text value; reports a missing or empty one with {@code hint}. */
    Optional<Value<String>> required(String key, String hint) {
        Optional<Value<String>> v = string(key);
        if (v.isEmpty() && !entries.containsKey(key) && !unreadable) {
            diagnostics.error(SourcePosition.file(path), "'" + key + "' is missing from book.yaml; " + hint);
        } else if (v.isPresent() && v.get().value().isEmpty()) {
            diagnostics.error(v.get().position(), "'" + key + "' is empty; " + hint);
            return Optional.empty();
        }
        return v;
    }

    /** Whether the file was parsed: when it was not, the one error said so, and no key is reported missing. */
    boolean readable() {
        return !unreadable;
    }

    /** A list of text values; a single text value counts as a list of one. */
    List<Value<String>> list(String key) {
        Node n = entries.get(key);
        List<Value<String>> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n instanceof ScalarNode s) {
            if (!s.getValue().isBlank()) {
                out.add(new Value<>(Texts.nfc(s.getValue().strip()), pos(n)));
            }
            return out;
        }
        if (n instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                    out.add(new Value<>(Texts.nfc(s.getValue().strip()), pos(item)));
                } else {
                    diagnostics.error(pos(item), "each entry of '" + key + "' must be a non-empty text value");
                }
            }
            return out;
        }
        diagnostics.error(pos(n), "'" + key + "' must be a list, one '- entry' per line");
        return out;
    }

    /**
     * A list whose entries are each a text value or a 'key: value' mapping with {@code entryKeys} (as {@code authors},
     * whose entries are a name or {@code {name, file-as}}): each entry as its values by key, a text entry under
     * {@code textKey}. A single text value counts as a list of one.
     */
    List<Entry> records(String key, String textKey, Set<String> entryKeys) {
        Node n = entries.get(key);
        List<Entry> out = new ArrayList<>();
        List<Node> items = n instanceof SequenceNode seq ? seq.getValue() : n == null ? List.of() : List.of(n);
        for (Node item : items) {
            if (item instanceof MappingNode map) {
                BookYaml entry = new BookYaml(path, diagnostics, entryKeys, "an entry of '" + key + "'");
                entry.index(map);
                Map<String, Value<String>> values = new LinkedHashMap<>();
                for (String k : entryKeys) {
                    entry.string(k).ifPresent(v -> values.put(k, v));
                }
                out.add(new Entry(values, pos(item)));
            } else if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                out.add(new Entry(Map.of(textKey, new Value<>(Texts.nfc(s.getValue().strip()), pos(item))), pos(item)));
            } else if (!(item instanceof ScalarNode) || n instanceof SequenceNode) {
                diagnostics.error(pos(item), "each entry of '" + key + "' must be a text value or '" + String.join(", ", entryKeys.stream().sorted().toList()) + "' lines");
            }
        }
        return out;
    }

    static boolean isDate(String s) {
        return dateProblem(s).isEmpty();
    }

    /**
     * What is wrong with {@code s} as the book's date, said to an author ("is not a date: February 2019 has 28
     * days"); empty for a date of the calendar as 2019, 2019-12, 2019-12-16 or 2019-12-16T10:30+07:00.
     */
    static Optional<String> dateProblem(String s) {
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            return Optional.of("is not an ISO 8601 date");
        }
        try {
            if (m.group(6) != null) {
                OffsetDateTime.parse(s);
            } else if (m.group(5) != null) {
                LocalDate.parse(s);
            } else if (m.group(3) != null) {
                YearMonth.parse(s);
            }
            return Optional.empty();
        } catch (DateTimeParseException e) {
            int month = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (month < 1 || month > 12) {
                return Optional.of("is not a date: a year has months 01 to 12");
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
            int day = Integer.parseInt(m.group(5));
            if (day < 1 || day > ym.lengthOfMonth()) {
                return Optional.of("is not a date: " + ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + ym.getYear() + " has " + ym.lengthOfMonth() + " days");
            }
            return Optional.of("is not a date and time: write the time as 10:30 or 10:30:00 with its offset, Z or +07:00");
        }
    }

    /**
     * A well-formed BCP 47 tag (as {@link Locale.Builder} parses it: script, region, variants, extensions and a
     * private-use part such as {@code en-US-x-house}) whose language is an ISO 639 code of two or three letters.
     */
    static boolean isLanguageTag(String s) {
        try {
            return new Locale.Builder().setLanguageTag(s).build().getLanguage().matches("[a-z]{2,3}");
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    static boolean isUuid(String s) {
        return s.matches("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    /** True for a valid ISBN-13 (or ISBN-10), hyphens and spaces ignored. */
    static boolean isIsbn(String s) {
        String d = s.replaceAll("[\\s-]", "");
        if (d.matches("\\d{13}")) {
            int sum = 0;
            for (int i = 0; i < 13; i++) {
                sum += (d.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            }
            return sum % 10 == 0;
        }
        if (d.matches("\\d{9}[\\dXx]")) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                char c = d.charAt(i);
                sum += (c == 'X' || c == 'x' ? 10 : c - '0') * (10 - i);
            }
            return sum % 11 == 0;
        }
        return false;
    }
}
