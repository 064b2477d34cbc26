package org.colophon.manuscript;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.colophon.book.Role;
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
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The front matter of a chapter, as Hugo, Jekyll and pandoc write it: {@code ---} on the very first line, YAML,
 * then {@code ---} (or pandoc's {@code ...}); or Hugo's TOML between {@code +++} lines ({@link TomlFrontMatter}). Its keys: {@code title} (the chapter's title in the contents, the
 * document title and running heads), {@code lang} (the chapter's language) and {@code role} (what part of a book it is).
 * The body keeps the file's line numbers: the front matter's lines become blank lines.
 */
public record ChapterFrontMatter(Optional<String> title, Optional<String> lang, Optional<Role> role, String body) {
    public static final List<String> KEYS = List.of("title", "lang", "role");

    /**
     * The chapter's front matter, read and checked; none when the file does not start with {@code ---}. Keys Colophon
     * does not read go to {@code unknown}, which reports each once for the whole book.
     */
    public static ChapterFrontMatter read(SourceFile source, Diagnostics diagnostics, UnknownFrontMatterKeys unknown) {
        String text = source.text();
        String[] lines = text.split("\n", -1);
        String open = lines.length < 3 ? "" : lines[0].stripTrailing();
        if (!(open.equals("---") || open.equals("+++")) || lines[1].isBlank()) {
            return new ChapterFrontMatter(Optional.empty(), Optional.empty(), Optional.empty(), text);
        }
        boolean toml = open.equals("+++");   // Hugo's TOML front matter
        int end = -1;
        for (int i = 1; i < lines.length && end < 0; i++) {
            String l = lines[i].stripTrailing();
            if (toml ? l.equals("+++") : l.equals("---") || l.equals("...")) {
                end = i;
            }
        }
        if (end < 0) {
            return new ChapterFrontMatter(Optional.empty(), Optional.empty(), Optional.empty(), text);
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, SourcePosition> at = new HashMap<>();
        if (toml) {
            TomlFrontMatter.parse(lines, 1, end, source, diagnostics, unknown, values, at);
        } else {
            // the YAML is read with its lines where they are in the file, so that marks give file positions
            StringBuilder yaml = new StringBuilder("\n");
            for (int i = 1; i < end; i++) {
                yaml.append(lines[i]).append('\n');
            }
            parse(yaml.toString(), source, diagnostics, unknown, values, at);
        }
        String[] body = Arrays.copyOf(lines, lines.length);
        Arrays.fill(body, 0, end + 1, "");
        Optional<String> lang = Optional.ofNullable(values.get("lang"));
        if (lang.isPresent() && !BookYaml.isLanguageTag(lang.get())) {
            diagnostics.error(at.get("lang"), "'" + lang.get() + "' is not a BCP 47 language tag; write one such as 'en', 'vi' or 'fr-CA'");
            lang = Optional.empty();
        }
        Optional<String> written = Optional.ofNullable(values.get("role")).map(r -> r.toLowerCase(Locale.ROOT));
        Optional<Role> role = written.flatMap(Role::of);
        if (written.isPresent() && role.isEmpty()) {
            diagnostics.warning(at.get("role"), "role '" + written.get() + "' is not one Colophon knows, and is ignored; write one of "
                    + String.join(", ", Role.allWritten()) + UnknownFrontMatterKeys.suggestion(written.get(), Role.allWritten()));
        }
        return new ChapterFrontMatter(Optional.ofNullable(values.get("title")).filter(t -> !t.isBlank()), lang, role,
                String.join("\n", body));
    }

    private static void parse(String yaml, SourceFile source, Diagnostics diagnostics, UnknownFrontMatterKeys unknown,
            Map<String, String> values, Map<String, SourcePosition> at) {
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(source.displayPath()).setAllowDuplicateKeys(true)
                    .setMaxAliasesForCollections(50).setCodePointLimit(1 << 20).build();
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
            Optional<Node> root = composer.getSingleNode();
            if (root.isEmpty()) {
                return;
            }
            if (!(root.get() instanceof MappingNode map)) {
                diagnostics.error(pos(source, root.get()), "the front matter must be 'key: value' lines, such as 'title: Preface'");
                return;
            }
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    diagnostics.error(pos(source, t.getKeyNode()), "a key of the front matter must be a plain word such as 'title'");
                    continue;
                }
                String key = k.getValue();
                if (!KEYS.contains(key)) {
                    unknown.add(key, pos(source, k));
                } else if (t.getValueNode() instanceof ScalarNode v) {
                    values.put(key, Texts.nfc(v.getValue().strip()));
                    at.put(key, pos(source, v));
                } else {
                    diagnostics.error(pos(source, t.getValueNode()), "'" + key + "' must be a single text value");
                }
            }
        } catch (MarkedYamlEngineException e) {
            SourcePosition where = e.getProblemMark().map(m -> pos(source, m)).orElse(source.at(1, 1));
            diagnostics.error(where, "the chapter's front matter is not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            diagnostics.error(source.at(1, 1), "the chapter's front matter is not valid YAML: " + e.getMessage());
        }
    }

    private static SourcePosition pos(SourceFile source, Node n) {
        return n.getStartMark().map(m -> pos(source, m)).orElse(source.at(1, 1));
    }

    private static SourcePosition pos(SourceFile source, Mark m) {
        return source.at(m.getLine() + 1, m.getColumn() + 1);
    }
}
