package org.colophon.manuscript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.typeface.BookTypefaces;
import org.colophon.typeface.FontFiles;
import org.colophon.typeface.Typeface;
import org.colophon.typeface.Typefaces;

/**
 * book.yaml's {@code typeface:} section: the faces an author brings. {@code text} and {@code code} are each a folder
 * holding one family's four styles, or a list of its four files; {@code fallback} a list of folders or files (an
 * entry may be {@code path:} with {@code family:}, to take one family of a collection), each family a face for the
 * scripts the text face lacks. Paths start from the manuscript folder and stay in it or in the {@code fonts/} folder
 * beside it. Each face's style comes from its name table; a text or code family without one of the four styles is an
 * error (Colophon never slants or thickens a face to make up one).
 */
final class TypefaceSection {
    static final Set<String> KEYS = Set.of("text", "code", "fallback");
    private static final List<String> STYLES = List.of("Regular", "Italic", "Bold", "Bold Italic");

    private final Diagnostics diagnostics;
    private final Path root;
    private final ManuscriptPaths projectPaths;

    private TypefaceSection(Diagnostics diagnostics, Path root, ManuscriptPaths projectPaths) {
        this.diagnostics = diagnostics;
        this.root = root;
        this.projectPaths = projectPaths;
    }

    /** The book's typefaces: Colophon's own for what the section does not name. */
    static BookTypefaces read(BookYaml yaml, Diagnostics diagnostics, Path root, ManuscriptPaths projectPaths) {
        Optional<BookYaml> section = yaml.section("typeface", KEYS);
        if (section.isEmpty()) {
            return BookTypefaces.shipped();
        }
        TypefaceSection reader = new TypefaceSection(diagnostics, root, projectPaths);
        BookYaml s = section.get();
        Typeface text = reader.family(s, "text").orElseGet(Typefaces::literata);
        Typeface code = reader.family(s, "code").orElseGet(Typefaces::jetBrainsMono);
        return new BookTypefaces(text, code, reader.fallbacks(s));
    }

    /** The family {@code key} names, with its four styles; empty when absent or wrong (and said so). */
    private Optional<Typeface> family(BookYaml s, String key) {
        List<BookYaml.Value<String>> paths = s.list(key);
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        SourcePosition at = paths.get(0).position();
        List<FontFiles.Named> faces = new ArrayList<>();
        for (BookYaml.Value<String> p : paths) {
            faces.addAll(faces(p, key));
        }
        if (faces.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<FontFiles.Named>> families = byFamily(faces);
        List<FontFiles.Named> family;
        if (families.size() == 1) {
            family = families.values().iterator().next();
        } else {
            // a folder of many weights: the family whose name is the typographic family's ("Noto Serif", not "Noto Serif Light")
            List<List<FontFiles.Named>> main = families.values().stream()
                    .filter(f -> f.get(0).family().equalsIgnoreCase(f.get(0).typographicFamily())).toList();
            if (main.size() != 1) {
                diagnostics.error(at, "typeface " + key + " holds " + families.size() + " families (" + String.join(", ", families.keySet())
                        + "); give the folder or the four files of one family");
                return Optional.empty();
            }
            family = main.get(0);
        }
        String name = family.get(0).family();
        Map<String, FontFiles.Named> styles = styles(family, key, at);
        List<String> missing = STYLES.stream().filter(st -> !styles.containsKey(st)).toList();
        if (!missing.isEmpty()) {
            diagnostics.error(at, "typeface " + key + ": " + name + " has no " + String.join(", no ", missing) + " (found: "
                    + String.join(", ", styles.keySet()) + "); Colophon sets emphasis and headings in the family's own "
                    + "italic and bold, never in a slanted or thickened regular: add the " + (missing.size() == 1 ? "file" : "files")
                    + " of " + String.join(", ", missing.stream().map(m -> name + " " + m).toList()));
            return Optional.empty();
        }
        // named as the family's typographic name (name ID 16, "TeX Gyre Cursor") where it has one, else its family's
        List<FontFiles.Named> four = STYLES.stream().map(styles::get).toList();
        return Optional.of(typeface(four.get(0).typographicFamily(), four));
    }

    /** The fallback faces, one per family, in the order book.yaml lists them (a collection's in its own order). */
    private List<Typeface> fallbacks(BookYaml s) {
        Map<String, List<FontFiles.Named>> families = new LinkedHashMap<>();
        for (BookYaml.Entry entry : s.records("fallback", "path", Set.of("path", "family"))) {
            BookYaml.Value<String> path = entry.values().get("path");
            if (path == null || path.value().isEmpty()) {
                diagnostics.error(entry.position(), "a fallback face needs a 'path' (a font file or folder), and may name the 'family' "
                        + "to take from a collection");
                continue;
            }
            List<FontFiles.Named> faces = faces(path, "fallback");
            BookYaml.Value<String> family = entry.values().get("family");
            if (family != null && !faces.isEmpty()) {
                List<FontFiles.Named> chosen = faces.stream().filter(f -> f.family().equalsIgnoreCase(family.value())
                        || f.typographicFamily().equalsIgnoreCase(family.value())).toList();
                if (chosen.isEmpty()) {
                    diagnostics.error(family.position(), "'" + path.value() + "' holds no family '" + family.value() + "'; it holds "
                            + String.join(", ", byFamily(faces).keySet()));
                }
                faces = chosen;
            }
            byFamily(faces).forEach((name, f) -> families.computeIfAbsent(name, n -> new ArrayList<>()).addAll(f));
        }
        List<Typeface> fallbacks = new ArrayList<>();
        families.forEach((name, f) -> fallbacks.add(typeface(name, List.copyOf(styles(f, "fallback", SourcePosition.NONE).values()))));
        return fallbacks;
    }

    /** The faces of a family by style name; two files of the same style are an error at {@code at}. */
    private Map<String, FontFiles.Named> styles(List<FontFiles.Named> family, String key, SourcePosition at) {
        Map<String, FontFiles.Named> styles = new LinkedHashMap<>();
        List<FontFiles.Named> inOrder = family.stream()
                .sorted(java.util.Comparator.comparingInt(f -> STYLES.indexOf(f.face().styleName()))).toList();
        for (FontFiles.Named f : inOrder) {
            FontFiles.Named before = styles.putIfAbsent(f.face().styleName(), f);
            if (before != null && !before.file().equals(f.file())) {
                diagnostics.error(at, "typeface " + key + ": " + f.family() + " " + f.face().styleName() + " is given twice, by '"
                        + before.file().getFileName() + "' and '" + f.file().getFileName() + "'; keep one");
            }
        }
        return styles;
    }

    private static Map<String, List<FontFiles.Named>> byFamily(List<FontFiles.Named> faces) {
        return faces.stream().collect(Collectors.groupingBy(FontFiles.Named::family, LinkedHashMap::new, Collectors.toList()));
    }

    private static Typeface typeface(String family, List<FontFiles.Named> faces) {
        FontFiles.Named first = faces.get(0);
        return new Typeface(family, first.designer(), first.license(), faces.stream().map(FontFiles.Named::face).toList());
    }

    /** The faces of one path book.yaml gives: a font file, or every font file of a folder, by name. */
    private List<FontFiles.Named> faces(BookYaml.Value<String> path, String key) {
        Optional<Path> file = place(path, key);
        if (file.isEmpty()) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(file.get())) {
            try (Stream<Path> in = Files.list(file.get())) {
                in.filter(f -> Files.isRegularFile(f) && FontFiles.looksLikeFont(f)).sorted().forEach(files::add);
            } catch (IOException e) {
                diagnostics.error(path.position(), "typeface " + key + ": the folder '" + path.value() + "' cannot be read: " + e.getMessage());
                return List.of();
            }
            if (files.isEmpty()) {
                diagnostics.error(path.position(), "typeface " + key + ": the folder '" + path.value() + "' holds no font file "
                        + "(.ttf, .otf or .ttc)");
            }
        } else {
            files.add(file.get());
        }
        List<FontFiles.Named> faces = new ArrayList<>();
        for (Path f : files) {
            try {
                faces.addAll(FontFiles.read(f));
            } catch (FontFiles.Refused e) {
                diagnostics.error(path.position(), "typeface " + key + ": " + e.getMessage());
            } catch (IOException | RuntimeException e) {
                diagnostics.error(path.position(), "typeface " + key + ": '" + f.getFileName() + "' cannot be read as a font ("
                        + e.getMessage() + "); it may be damaged: use the family's TrueType or OpenType files");
            }
        }
        return faces;
    }

    /** The file or folder a path names: in the manuscript folder or the fonts/ folder beside it, never further out. */
    private Optional<Path> place(BookYaml.Value<String> path, String key) {
        Optional<String> refused = projectPaths.refusal(root, path.value());
        if (refused.isPresent()) {
            diagnostics.error(path.position(), "typeface " + key + " " + refused.get());
            return Optional.empty();
        }
        Path file = projectPaths.resolve(root, path.value());
        Path fonts = projectPaths.root().resolve("fonts");
        if (!file.startsWith(root) && !file.startsWith(fonts)) {
            diagnostics.error(path.position(), "typeface " + key + " '" + path.value() + "' is outside the manuscript folder and "
                    + "the fonts/ folder beside it; keep the book's fonts in one of them");
            return Optional.empty();
        }
        if (!Files.exists(file)) {
            diagnostics.error(path.position(), "typeface " + key + " '" + path.value() + "' does not exist");
            return Optional.empty();
        }
        return Optional.of(file);
    }
}
