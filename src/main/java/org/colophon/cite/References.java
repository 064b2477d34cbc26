package org.colophon.cite;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.StringValue;
import org.jbibtex.Value;

/**
 * The entries of a book's bibliography files, by key: BibTeX and BibLaTeX ({@code .bib}), read with jbibtex, their
 * LaTeX made Unicode by {@link LatexText} first, and CSL-JSON ({@code .json}). A key given again, in the same file or
 * another, is a warning: the first is kept.
 */
public final class References {
    /** A bibliography file and its path as the author sees it. */
    public record Source(Path file, String display) {
    }

    /** Fields whose value is an address or an identifier, never LaTeX. */
    private static final Set<String> VERBATIM = Set.of("url", "doi", "eprint", "file", "isbn", "issn", "urldate");

    private final Map<String, CSLItemData> items = new LinkedHashMap<>();
    private final Map<String, String> files = new LinkedHashMap<>();

    private References() {
    }

    public static References load(List<Source> sources, Diagnostics diagnostics) {
        References refs = new References();
        for (Source s : sources) {
            try {
                Map<String, CSLItemData> read = s.file().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                        ? json(s.file()) : bibtex(s.file());
                read.forEach((key, item) -> {
                    String first = refs.files.putIfAbsent(key, s.display());
                    if (first != null) {
                        diagnostics.warning(SourcePosition.file(s.display()), "the key '" + key + "' is given again here; "
                                + "the entry of " + first + " is kept (rename one of them)");
                    } else {
                        refs.items.put(key, item);
                    }
                });
            } catch (IOException | RuntimeException | org.jbibtex.ParseException e) {
                diagnostics.error(SourcePosition.file(s.display()), "this bibliography cannot be read: "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName())
                        + " (a .bib file is BibTeX or BibLaTeX, a .json file CSL-JSON)");
            }
        }
        return refs;
    }

    private static Map<String, CSLItemData> bibtex(Path file) throws IOException, org.jbibtex.ParseException {
        BibTeXDatabase db;
        try (InputStream in = Files.newInputStream(file)) {
            db = new BibTeXConverter().loadDatabase(in);
        }
        for (BibTeXEntry entry : db.getEntries().values()) {
            for (Map.Entry<Key, Value> field : new LinkedHashMap<>(entry.getFields()).entrySet()) {
                if (field.getValue() instanceof StringValue v && !VERBATIM.contains(field.getKey().getValue().toLowerCase(java.util.Locale.ROOT))) {
                    entry.addField(field.getKey(), new StringValue(LatexText.unicode(v.getString()), v.getStyle()));
                }
            }
        }
        BibTeXConverter converter = new BibTeXConverter();
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        for (Map.Entry<Key, BibTeXEntry> e : db.getEntries().entrySet()) {
            CSLItemData item = converter.toItemData(e.getValue());
            // what citeproc-java's reader leaves out: the short title of shortened notes, BibLaTeX's subtitle
            de.undercouch.citeproc.csl.CSLItemDataBuilder b = new de.undercouch.citeproc.csl.CSLItemDataBuilder(item);
            String shortTitle = field(e.getValue(), "shorttitle");
            String subtitle = field(e.getValue(), "subtitle");
            if (!shortTitle.isEmpty()) {
                b.titleShort(shortTitle);
            }
            if (!subtitle.isEmpty() && item.getTitle() != null) {
                b.title(item.getTitle() + ": " + subtitle);
                if (shortTitle.isEmpty()) {
                    b.titleShort(item.getTitle());
                }
            }
            out.put(e.getKey().getValue(), b.build());
        }
        return out;
    }

    /** A field's text, its protective braces gone; empty when the entry has none. */
    private static String field(BibTeXEntry entry, String name) {
        Value v = entry.getField(new Key(name));
        return v == null ? "" : v.toUserString().replace("{", "").replace("}", "").strip();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, CSLItemData> json(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<Object> objects = new JsonParser(new JsonLexer(new StringReader(text.strip().startsWith("[") ? text : "[" + text + "]")))
                .parseArray();
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        for (Object o : objects) {
            CSLItemData item = CSLItemData.fromJson((Map<String, Object>) o);
            out.putIfAbsent(item.getId(), item);
        }
        return out;
    }

    /** The entries, by key, in the order the files give them. */
    public Map<String, CSLItemData> items() {
        return Collections.unmodifiableMap(items);
    }

    public boolean has(String key) {
        return items.containsKey(key);
    }
}
