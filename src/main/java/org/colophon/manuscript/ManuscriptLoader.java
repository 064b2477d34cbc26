package org.colophon.manuscript;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.colophon.book.Book;
import org.colophon.book.Metadata;
import org.colophon.book.Role;
import org.colophon.print.PrintLayout;
import org.colophon.text.Typography;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.l10n.Labels;
import org.colophon.text.CharacterChecks;
import org.colophon.text.Texts;

/**
 * Loads a manuscript folder: book.yaml and the chapter files it lists (or every {@code *.md}, in file-name order).
 * Reports every problem it finds to {@link Diagnostics} and goes on, so that one run shows the author all of them.
 */
public final class ManuscriptLoader {
    /** A chapter is a few hundred kilobytes; past this a file is a mistake or an attack, and is refused unread. */
    static final int MAX_CHAPTER_BYTES = 16 << 20;

    private final Diagnostics diagnostics;

    public ManuscriptLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Loads and checks {@code dir}; returns empty when the manuscript cannot be used at all. */
    public Optional<Manuscript> load(Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            diagnostics.error(SourcePosition.file(dir.toString()), "no manuscript folder here; give the folder that holds book.yaml and the chapters");
            return Optional.empty();
        }
        ManuscriptPaths paths = new ManuscriptPaths(root, "the manuscript folder");
        String yamlPath = paths.display("book.yaml");
        Path yamlFile = root.resolve("book.yaml");
        if (!Files.isRegularFile(yamlFile)) {
            diagnostics.error(SourcePosition.file(yamlPath), "book.yaml is missing; every manuscript needs one (see README.md, 'The manuscript')");
            return Optional.empty();
        }
        Optional<String> yamlText = readText(yamlFile, yamlPath);
        if (yamlText.isEmpty()) {
            return Optional.empty();
        }
        BookYaml yaml = BookYaml.parse(yamlText.get(), yamlPath, diagnostics);
        Metadata metadata = metadata(yaml);
        PrintLayout print = PrintSection.read(yaml, diagnostics);
        Map<String, SourcePosition> positions = new HashMap<>();
        for (String key : BookYaml.KEYS) {
            yaml.valuePosition(key).ifPresent(p -> positions.put(key, p));
        }

        // book.yaml is the author's own file: its paths may reach the book project around the manuscript
        // (covers/ beside manuscript/), never further.
        Path project = root.getParent() == null ? root : root.getParent();
        ManuscriptPaths projectPaths = new ManuscriptPaths(project, "the book's project folder");
        SourcePosition coverAt = yaml.string("cover").map(BookYaml.Value::position).orElse(yaml.keyPosition("cover"));
        Optional<Path> cover = projectImage(yaml, "cover", projectPaths, root);
        Optional<Path> authorPhoto = projectImage(yaml, "author-photo", projectPaths, root);

        List<SourceFile> chapters = new ArrayList<>();
        ChapterList.Result list = chapterFiles(yaml, paths, root);
        Map<Path, Role> roles = new HashMap<>();
        for (ChapterList.ChapterEntry chapter : list.chapters()) {
            chapter.role().ifPresent(r -> roles.put(chapter.file(), r));
            String display = paths.display(root.relativize(chapter.file()).toString().replace('\\', '/'));
            readText(chapter.file(), display).ifPresent(text -> {
                if (text.isBlank()) {
                    diagnostics.error(SourcePosition.file(display), "chapter is empty; write its text or remove it from 'chapters' in book.yaml");
                }
                chapters.add(new SourceFile(chapter.file(), display, text));
            });
        }
        if (chapters.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.error(SourcePosition.file(yamlPath), "the manuscript has no chapter; add .md files or list them under 'chapters'");
        }
        return Optional.of(new Manuscript(root, paths, metadata, Map.copyOf(positions), print, cover, coverAt, List.copyOf(chapters), lastModified(root),
                list.parts(), Map.copyOf(roles), yaml.number("toc-depth", 1, 3,
                        "the heading levels the EPUB's contents show: 1 chapters, 2 sections, 3 subsections").orElse(2),
                authorPhoto, yaml.string("back-cover").map(BookYaml.Value::value).filter(b -> !b.isBlank()), CodeSettings.read(yaml),
                noteNumbering(yaml), apparatus(yaml, paths, root), TypefaceSection.read(yaml, diagnostics, root, projectPaths)));
    }

    /** book.yaml's {@code notes: numbering:}, {@code book} (1, 2, 3… through the book, the default) or {@code chapter}. */
    private Book.NoteNumbering noteNumbering(BookYaml yaml) {
        Optional<BookYaml.Value<String>> v = yaml.section("notes", Set.of("numbering")).flatMap(s -> s.string("numbering"));
        if (v.isEmpty()) {
            return Book.NoteNumbering.BOOK;
        }
        switch (v.get().value().strip().toLowerCase(java.util.Locale.ROOT)) {
            case "book":
                return Book.NoteNumbering.BOOK;
            case "chapter":
                return Book.NoteNumbering.CHAPTER;
            default:
                diagnostics.error(v.get().position(), "'" + v.get().value() + "' is not a value of notes.numbering; write book "
                        + "(1, 2, 3… through the book) or chapter (from 1 in each chapter)");
                return Book.NoteNumbering.BOOK;
        }
    }

    /**
     * book.yaml's {@code bibliography} (files inside the manuscript folder that exist), {@code csl} (a style's name,
     * checked by the Markdown reader, which knows the styles, or a .csl file of the manuscript) and {@code numbering}.
     */
    private Apparatus apparatus(BookYaml yaml, ManuscriptPaths paths, Path root) {
        List<Apparatus.BibliographyFile> files = new ArrayList<>();
        for (BookYaml.Value<String> v : yaml.list("bibliography")) {
            Optional<String> refused = paths.refusal(root, v.value());
            Path file = refused.isPresent() ? null : paths.resolve(root, v.value());
            String lower = v.value().toLowerCase(java.util.Locale.ROOT);
            if (refused.isPresent()) {
                diagnostics.error(v.position(), "bibliography " + refused.get());
            } else if (!Files.isRegularFile(file)) {
                diagnostics.error(v.position(), "bibliography file '" + v.value() + "' does not exist");
            } else if (!lower.endsWith(".bib") && !lower.endsWith(".bibtex") && !lower.endsWith(".json")) {
                diagnostics.error(v.position(), "bibliography file '" + v.value() + "' is neither BibTeX or BibLaTeX (.bib) "
                        + "nor CSL-JSON (.json); export it from your reference manager as one of them");
            } else {
                files.add(new Apparatus.BibliographyFile(file, paths.display(root.relativize(file).toString().replace('\\', '/'))));
            }
        }
        Optional<BookYaml.Value<String>> csl = yaml.string("csl");
        Optional<Path> styleFile = Optional.empty();
        Optional<String> style = csl.map(BookYaml.Value::value);
        if (csl.isPresent() && csl.get().value().toLowerCase(java.util.Locale.ROOT).endsWith(".csl")) {
            Optional<String> refused = paths.refusal(root, csl.get().value());
            Path file = refused.isPresent() ? null : paths.resolve(root, csl.get().value());
            if (refused.isPresent()) {
                diagnostics.error(csl.get().position(), "csl " + refused.get());
            } else if (Files.isRegularFile(file)) {
                styleFile = Optional.of(file);
            }
        }
        if (csl.isPresent() && files.isEmpty() && yaml.list("bibliography").isEmpty()) {
            diagnostics.warning(csl.get().position(), "'csl' chooses how citations are printed, and book.yaml has no "
                    + "'bibliography' to cite from; add one (a .bib or .json file) or remove 'csl'");
        }
        boolean byChapter = false;
        Optional<BookYaml.Value<String>> numbering = yaml.string("numbering");
        if (numbering.isPresent()) {
            switch (numbering.get().value()) {
                case "chapter" -> byChapter = true;
                case "book" -> byChapter = false;
                default -> diagnostics.error(numbering.get().position(), "'numbering' is 'book' (figures, tables and "
                        + "equations numbered 1, 2, 3… through the book) or 'chapter' (3.1, 3.2… in chapter 3), not '"
                        + numbering.get().value() + "'");
            }
        }
        return new Apparatus(files, style, styleFile, csl.map(BookYaml.Value::position).orElse(SourcePosition.NONE), byChapter);
    }

    private Metadata metadata(BookYaml yaml) {
        String title = yaml.required("title", "give the book's title, as in 'title: My Book'").map(BookYaml.Value::value).orElse("");
        List<String> authors = new ArrayList<>();
        Map<String, String> fileAs = new java.util.LinkedHashMap<>();
        for (BookYaml.Entry author : yaml.records("authors", "name", Set.of("name", "file-as"))) {
            BookYaml.Value<String> name = author.values().get("name");
            if (name == null || name.value().isEmpty()) {
                diagnostics.error(author.position(),
                        "an author needs a 'name' (and may have a 'file-as', the name as it is sorted: 'Nguyen, Phi-Vân')");
                continue;
            }
            authors.add(name.value());
            BookYaml.Value<String> sorted = author.values().get("file-as");
            if (sorted != null && !sorted.value().isEmpty()) {
                fileAs.put(name.value(), sorted.value());
            }
        }
        if (authors.isEmpty() && yaml.readable()) {
            diagnostics.error(yaml.keyPosition("authors"), "'authors' is missing or empty; list the author(s), one '- Name' per line");
        }
        String language = yaml.required("language", "give the BCP 47 tag of the book's language, such as 'en' or 'vi'")
                .map(v -> {
                    if (!BookYaml.isLanguageTag(v.value())) {
                        diagnostics.error(v.position(), "'" + v.value() + "' is not a BCP 47 language tag; write one such as 'en', 'vi' or 'fr-CA'");
                    }
                    return v.value();
                }).orElse("en");
        String date = yaml.string("date").map(v -> {
            BookYaml.dateProblem(v.value()).ifPresent(problem -> diagnostics.error(v.position(),
                    "'" + v.value() + "' " + problem + "; write the date as 2019, 2019-12 or 2019-12-16"));
            return v.value();
        }).orElse("");
        String identifier = yaml.required("identifier", "give a stable identifier, for example 'identifier: urn:uuid:"
                + UUID.randomUUID() + "' (keep it for every edition of this book)").map(v -> {
                    if (v.value().regionMatches(true, 0, "urn:uuid:", 0, 9) && !BookYaml.isUuid(v.value().substring(9))) {
                        diagnostics.error(v.position(), "'" + v.value() + "' is not a valid UUID; write one such as urn:uuid:"
                                + UUID.randomUUID());
                    }
                    return v.value();
                }).orElse("");
        Optional<String> isbn = yaml.string("isbn").map(v -> {
            if (!BookYaml.isIsbn(v.value())) {
                diagnostics.error(v.position(), "'" + v.value() + "' is not a valid ISBN (its check digit or length is wrong)");
            }
            return v.value();
        });
        Optional<String> printIsbn = yaml.string("print-isbn").map(v -> {
            if (!BookYaml.isIsbn(v.value())) {
                diagnostics.error(v.position(), "'" + v.value() + "' is not a valid ISBN (its check digit or length is wrong)");
            }
            return v.value();
        });
        Labels labels = labels(yaml, language);
        // set as the chapters' text is ("Don't" as "Don’t"): the title page would otherwise differ from the contents
        Typography typography = Typography.forLanguage(language);
        Map<String, String> setFileAs = new java.util.LinkedHashMap<>();
        fileAs.forEach((name, sorted) -> setFileAs.put(typography.apply(name, 0), sorted));
        return new Metadata(
                typography.apply(title, 0),
                yaml.string("subtitle").map(BookYaml.Value::value).filter(s -> !s.isEmpty()).map(s -> typography.apply(s, 0)),
                authors.stream().map(a -> typography.apply(a, 0)).toList(),
                language,
                date,
                yaml.string("publisher").map(BookYaml.Value::value).orElse(""),
                yaml.string("rights").map(BookYaml.Value::value).orElse(""),
                identifier,
                isbn,
                yaml.string("description").map(BookYaml.Value::value).orElse(""),
                yaml.list("subjects").stream().map(BookYaml.Value::value).toList(),
                labels.get("notes"),
                yaml.string("edition").map(BookYaml.Value::value).filter(s -> !s.isEmpty()),
                labels,
                Map.copyOf(setFileAs),
                AccessibilitySection.read(yaml, diagnostics),
                printIsbn);
    }

    /**
     * The words Colophon adds, in the book's language: its catalogue, then {@code notes-title}, then {@code labels:}.
     * A language without a catalogue gets English, and one warning that names it.
     */
    private Labels labels(BookYaml yaml, String language) {
        Map<String, String> overrides = new java.util.LinkedHashMap<>();
        yaml.string("notes-title").map(BookYaml.Value::value).filter(s -> !s.isEmpty()).ifPresent(s -> overrides.put("notes", s));
        yaml.string("scene-break").map(BookYaml.Value::value).filter(s -> !s.isEmpty()).ifPresent(s -> overrides.put("scene-break", s));
        yaml.section("labels", Labels.keys()).ifPresent(section -> {
            for (String key : Labels.keys()) {
                section.string(key).ifPresent(v -> {
                    if (key.startsWith("date-") && !isDatePattern(v.value())) {
                        diagnostics.error(v.position(), "'" + v.value() + "' is not a java.time date pattern; write one such as 'MMMM y'");
                    } else if (!v.value().isEmpty()) {
                        overrides.put(key, v.value());
                    }
                });
            }
        });
        Labels labels = Labels.of(language, overrides);
        if (!labels.catalogued()) {
            diagnostics.warning(yaml.valuePosition("language").orElse(yaml.keyPosition("language")), "Colophon has no words in '"
                    + Labels.primary(language) + "' (it has " + String.join(", ", new java.util.TreeSet<>(Labels.SHIPPED))
                    + "): the contents, notes, title and copyright pages say theirs in English; give them under 'labels:' in book.yaml");
        }
        return labels;
    }

    private static boolean isDatePattern(String pattern) {
        try {
            java.time.format.DateTimeFormatter.ofPattern(pattern).format(java.time.LocalDate.of(2019, 12, 16));
            return true;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return false;
        }
    }

    /** The chapters named in book.yaml (with their parts and roles), or every *.md in file-name order when it names none. */
    private ChapterList.Result chapterFiles(BookYaml yaml, ManuscriptPaths paths, Path root) throws IOException {
        if (yaml.has("chapters")) {
            return ChapterList.read(yaml, diagnostics, name -> {
                Optional<String> refused = paths.refusal(root, name.value());
                if (refused.isPresent()) {
                    diagnostics.error(name.position(), "chapter " + refused.get());
                    return Optional.empty();
                }
                Path file = paths.resolve(root, name.value());
                if (!Files.isRegularFile(file)) {
                    diagnostics.error(name.position(), "chapter '" + name.value() + "' does not exist" + nearestFile(root, name.value()));
                    return Optional.empty();
                }
                return Optional.of(file);
            });
        }
        List<ChapterList.ChapterEntry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            files.filter(f -> f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f))
                    .sorted()
                    .forEach(f -> out.add(new ChapterList.ChapterEntry(f, SourcePosition.file(paths.display(f.getFileName().toString())),
                            Optional.empty())));
        }
        return new ChapterList.Result(out, List.of());
    }

    /** The nearest chapter file, the first by name on a tie: a directory lists its files in no fixed order. */
    private static String nearestFile(Path root, String name) {
        try (Stream<Path> files = Files.list(root)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".md"))
                    .filter(f -> Texts.editDistance(f, name) <= 3)
                    .min(java.util.Comparator.comparingInt((String f) -> Texts.editDistance(f, name))
                            .thenComparing(java.util.Comparator.naturalOrder()))
                    .map(f -> " (did you mean '" + f + "'?)").orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Reads a file as strict UTF-8: a wrong byte is reported with its line and column, never guessed at.
     * A UTF-8 byte-order mark is accepted and dropped. Characters XML forbids are reported where they stand.
     */
    private Optional<String> readText(Path file, String display) throws IOException {
        long size = Files.size(file);
        if (size > MAX_CHAPTER_BYTES) {
            diagnostics.error(SourcePosition.file(display), "file is " + (size >> 20) + " MB; Colophon reads files of up to "
                    + (MAX_CHAPTER_BYTES >> 20) + " MB: split it into chapters");
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        Optional<String> text = strictUtf8(bytes, start, display);
        text.ifPresent(t -> CharacterChecks.check(t, display, diagnostics));
        return text.map(Texts::nfc);
    }

    /**
     * Decodes with a decoder that reports (never replaces) what UTF-8 forbids: a stray or missing continuation byte,
     * an overlong form, a surrogate, a code point past U+10FFFF, a sequence cut by the end of the file. The decoder
     * stops at the first bad byte; what it decoded so far gives that byte's line and column (in letters).
     */
    private Optional<String> strictUtf8(byte[] bytes, int start, String display) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);   // UTF-8 never gives more chars than it has bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        String decoded = out.flip().toString();
        if (!result.isError()) {
            return Optional.of(decoded);
        }
        int lineStart = decoded.lastIndexOf('\n') + 1;
        int line = (int) decoded.chars().filter(c -> c == '\n').count() + 1;
        int column = decoded.codePointCount(lineStart, decoded.length()) + 1;
        diagnostics.error(new SourcePosition(display, line, column), String.format(
                "byte 0x%02X (at offset %d) is not UTF-8; save the file as UTF-8", bytes[in.position()] & 0xFF, in.position()));
        return Optional.empty();
    }

    /** The latest change to any file of the manuscript: the book's default modification date. */
    private static Instant lastModified(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> {
                try {
                    return Files.getLastModifiedTime(f).toInstant();
                } catch (IOException e) {
                    return Instant.EPOCH;
                }
            }).max(Instant::compareTo).orElse(Instant.EPOCH);
        }
    }

    /**
     * An image book.yaml names ({@code cover}, {@code author-photo}): a path from the manuscript folder that may reach
     * the book project around it (covers/ beside manuscript/), never further, to a file that exists.
     */
    private Optional<Path> projectImage(BookYaml yaml, String key, ManuscriptPaths projectPaths, Path root) {
        Optional<BookYaml.Value<String>> value = yaml.string(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        SourcePosition at = value.get().position();
        Optional<String> refused = projectPaths.refusal(root, value.get().value());
        if (refused.isPresent()) {
            diagnostics.error(at, key + " " + refused.get());
            return Optional.empty();
        }
        Path file = projectPaths.resolve(root, value.get().value());
        if (!Files.isRegularFile(file)) {
            diagnostics.error(at, key + " image '" + value.get().value() + "' does not exist");
            return Optional.empty();
        }
        return Optional.of(file);
    }
}
