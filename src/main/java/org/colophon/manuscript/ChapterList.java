package org.colophon.manuscript;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.colophon.book.Role;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.text.Texts;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads book.yaml's {@code chapters:}: a list whose items are a chapter file ({@code - one.md}), a chapter with a
 * role ({@code - file: thanks.md} and {@code role: acknowledgements}), or a part ({@code - part: Title} with its own
 * {@code chapters:} list of files or files with roles). Every problem is reported where it stands, and the reading
 * goes on.
 */
final class ChapterList {
    static final Set<String> CHAPTER_KEYS = Set.of("file", "role");
    static final Set<String> PART_KEYS = Set.of("part", "chapters");

    /** A chapter file, where book.yaml names it, and the role book.yaml gives it, if any. */
    record ChapterEntry(Path file, SourcePosition position, Optional<Role> role) {
    }

    record Result(List<ChapterEntry> chapters, List<PartSource> parts) {
    }

    private final BookYaml yaml;
    private final Diagnostics diagnostics;
    /** Resolves a written file name, reporting a refused or missing one; empty then. */
    private final Function<BookYaml.Value<String>, Optional<Path>> resolver;
    private final List<ChapterEntry> chapters = new ArrayList<>();
    private final List<PartSource> parts = new ArrayList<>();

    private ChapterList(BookYaml yaml, Diagnostics diagnostics, Function<BookYaml.Value<String>, Optional<Path>> resolver) {
        this.yaml = yaml;
        this.diagnostics = diagnostics;
        this.resolver = resolver;
    }

    static Result read(BookYaml yaml, Diagnostics diagnostics, Function<BookYaml.Value<String>, Optional<Path>> resolver) {
        ChapterList list = new ChapterList(yaml, diagnostics, resolver);
        yaml.node("chapters").ifPresent(n -> list.items(n, true));
        return new Result(List.copyOf(list.chapters), List.copyOf(list.parts));
    }

    /** The items of a {@code chapters:} list, at the top level ({@code parts} allowed) or in a part; the files read. */
    private List<Path> items(Node n, boolean top) {
        List<Path> files = new ArrayList<>();
        if (n instanceof ScalarNode s && s.getValue().isBlank()) {
            return files;
        }
        List<Node> items = n instanceof SequenceNode seq ? seq.getValue() : List.of(n);
        if (!(n instanceof SequenceNode) && !(n instanceof ScalarNode)) {
            diagnostics.error(yaml.pos(n), "'chapters' must be a list, one '- file.md' per line");
            return files;
        }
        for (Node item : items) {
            if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                chapter(new BookYaml.Value<>(Texts.nfc(s.getValue().strip()), yaml.pos(item)), Optional.empty()).ifPresent(files::add);
            } else if (item instanceof MappingNode map && map.getValue().stream()
                    .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("part"))) {
                if (top) {
                    part(map);
                } else {
                    diagnostics.error(yaml.pos(item), "a part cannot hold another part; list the part at the top of 'chapters'");
                }
            } else if (item instanceof MappingNode map) {
                BookYaml entry = yaml.mapping(map, CHAPTER_KEYS, "a chapter of 'chapters'");
                Optional<BookYaml.Value<String>> file = entry.string("file").filter(v -> !v.value().isEmpty());
                if (file.isEmpty()) {
                    diagnostics.error(yaml.pos(item), "this entry of 'chapters' names no file; write '- file: chapter.md'"
                            + " (with 'role:'), or '- part: Title' with its 'chapters:'");
                    continue;
                }
                chapter(file.get(), role(entry)).ifPresent(files::add);
            } else {
                diagnostics.error(yaml.pos(item), "each entry of 'chapters' must be a file name, 'file:' with 'role:', or"
                        + " 'part:' with its 'chapters:'");
            }
        }
        return files;
    }

    private void part(MappingNode map) {
        BookYaml entry = yaml.mapping(map, PART_KEYS, "a part");
        String title = entry.string("part").map(BookYaml.Value::value).orElse("");
        SourcePosition at = yaml.pos(map);
        Optional<Node> list = entry.node("chapters");
        List<Path> files = list.map(n -> items(n, false)).orElse(List.of());
        // a part whose files are all missing has been reported file by file already
        if (list.isEmpty() || list.get() instanceof ScalarNode s && s.getValue().isBlank()
                || list.get() instanceof SequenceNode seq && seq.getValue().isEmpty()) {
            diagnostics.error(at, "part '" + title + "' has no chapters; list its chapter files under 'chapters:',"
                    + " indented below 'part:', or remove the part");
        }
        if (!files.isEmpty()) {
            parts.add(new PartSource(title, at, List.copyOf(files)));
        }
    }

    private Optional<Role> role(BookYaml entry) {
        Optional<BookYaml.Value<String>> role = entry.string("role");
        if (role.isEmpty()) {
            return Optional.empty();
        }
        Optional<Role> known = Role.of(role.get().value());
        if (known.isEmpty()) {
            String r = role.get().value().toLowerCase(Locale.ROOT);
            diagnostics.error(role.get().position(), "role '" + role.get().value() + "' is not one Colophon knows; write one of "
                    + String.join(", ", Role.allWritten()) + BookYaml.suggestion(r, Set.copyOf(Role.allWritten())));
        }
        return known;
    }

    private Optional<Path> chapter(BookYaml.Value<String> name, Optional<Role> role) {
        Optional<Path> file = resolver.apply(name);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Optional<ChapterEntry> earlier = chapters.stream().filter(c -> c.file().equals(file.get())).findFirst();
        if (earlier.isPresent()) {
            diagnostics.error(name.position(), "chapter '" + name.value() + "' is listed twice (first at line "
                    + earlier.get().position().line() + "); a chapter stands once in the book: remove one");
            return Optional.empty();
        }
        chapters.add(new ChapterEntry(file.get(), name.position(), role));
        return file;
    }
}
