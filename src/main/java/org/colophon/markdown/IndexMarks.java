package org.colophon.markdown;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.book.Block;
import org.colophon.book.Chapter;
import org.colophon.book.Inline;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.l10n.Labels;

/**
 * The index: terms the author marks in the text as pandoc spans, {@code [Treaty of Friendship]{.index}} (the text,
 * indexed as itself), {@code [the treaty]{.index entry="Treaty!of Friendship"}} (a sub-entry, {@code !} between the
 * levels, as LaTeX's makeidx writes them), {@code []{.index entry="Pact" see="Treaty"}} and {@code see-also="…"}
 * (cross-references, {@code ;} between several). Collected through the book into an index chapter at the back, its
 * entries sorted by the book's language ({@link Collator}: đ after d in Vietnamese) and grouped by first letter.
 */
final class IndexMarks {
    static final Pattern SPAN = Pattern.compile("\\[([^\\[\\]]*)\\]\\{([^{}]*?(?<![\\w-])\\.index(?![\\w-])[^{}]*)\\}");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=(?:\"([^\"]*)\"|'([^']*)'|(\\S+))|\\.([\\w-]+)|#([\\w:-]+)|(\\S+)");

    /** A mark: its entry's path of terms, its cross-references, and where it points. */
    private record Mark(List<String> path, List<String> see, List<String> seeAlso, String chapterId, String anchorId,
            SourcePosition at) {
    }

    private final List<Mark> marks = new ArrayList<>();
    private final BookAssembler.BookState state;

    IndexMarks(BookAssembler.BookState state) {
        this.state = state;
    }

    /**
     * Adds {@code literal} to {@code out} with its index spans made marks, the text around them through {@code rest};
     * false when it has none.
     */
    boolean convert(String literal, SourcePosition at, String chapterId, Function<String, List<Inline>> rest, List<Inline> out) {
        if (literal.indexOf(".index") < 0) {
            return false;
        }
        Matcher m = SPAN.matcher(literal);
        int from = 0;
        boolean any = false;
        while (m.find()) {
            SourcePosition where = new SourcePosition(at.path(), at.line(), at.column() + m.start());
            Optional<Mark> mark = mark(m.group(1), m.group(2), chapterId, where);
            if (mark.isEmpty()) {
                continue;
            }
            any = true;
            if (m.start() > from) {
                out.addAll(rest.apply(literal.substring(from, m.start())));
            }
            out.add(new Inline.IndexMark(mark.get().anchorId(), m.group(1).isEmpty() ? List.of() : rest.apply(m.group(1))));
            marks.add(mark.get());
            from = m.end();
        }
        if (!any) {
            return false;
        }
        if (from < literal.length()) {
            out.addAll(rest.apply(literal.substring(from)));
        }
        return true;
    }

    private Optional<Mark> mark(String text, String attributes, String chapterId, SourcePosition at) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(attributes);
        while (a.find()) {
            if (a.group(1) != null) {
                String v = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
                values.put(a.group(1), Normalizer.normalize(v, Normalizer.Form.NFC));
            } else if (a.group(5) != null && !a.group(5).equals("index") || a.group(7) != null) {
                state.diagnostics.warning(at, "'" + a.group() + "' is dropped from an index mark, which takes entry=, see= and see-also=");
            }
        }
        for (String key : values.keySet()) {
            if (!List.of("entry", "see", "see-also").contains(key)) {
                state.diagnostics.warning(at, "'" + key + "=' is dropped from an index mark, which takes entry=, see= and see-also=");
            }
        }
        String entry = values.getOrDefault("entry", Normalizer.normalize(text, Normalizer.Form.NFC)).strip();
        if (entry.isEmpty()) {
            state.diagnostics.error(at, "an index mark with no text needs its term: write [term]{.index}, or "
                    + "[]{.index entry=\"Term\"} for a mark that prints nothing");
            return Optional.empty();
        }
        List<String> path = new ArrayList<>();
        for (String level : entry.split("!")) {
            if (!level.isBlank()) {
                path.add(level.strip());
            }
        }
        return Optional.of(new Mark(path, split(values.get("see")), split(values.get("see-also")), chapterId,
                state.uniqueId("ix-" + (marks.size() + 1)), at));
    }

    private static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String s : value.split(";")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    boolean isEmpty() {
        return marks.isEmpty();
    }

    /** The index chapter: its heading, then the entries, grouped by letter, in the language's order. */
    Chapter chapter(String language, Labels labels, String sourcePath) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
        Node root = new Node("");
        for (Mark m : marks) {
            Node n = root;
            for (String term : m.path()) {
                n = n.children.computeIfAbsent(term, Node::new);
            }
            n.locators.add(new Block.IndexLocator(m.chapterId(), m.anchorId()));
            for (String s : m.see()) {
                if (!n.see.contains(s)) {
                    n.see.add(s);
                }
            }
            for (String s : m.seeAlso()) {
                if (!n.seeAlso.contains(s)) {
                    n.seeAlso.add(s);
                }
            }
        }
        for (Mark m : marks) {
            for (String target : concat(m.see(), m.seeAlso())) {
                if (find(root, target) == null) {
                    state.diagnostics.warning(m.at(), "the index has no entry '" + target + "' for this cross-reference to name; "
                            + "mark the term somewhere with [" + target.replace("!", ", ") + "]{.index}, or name an entry it has");
                }
            }
        }
        String id = state.uniqueId("index");
        List<Block.IndexEntry> entries = entries(root, collator);
        Collator letters = (Collator) collator.clone();
        letters.setStrength(Collator.PRIMARY);
        List<Block.IndexGroup> groups = new ArrayList<>();
        for (Block.IndexEntry e : entries) {
            String letter = e.term().isEmpty() ? "" : new String(Character.toChars(e.term().codePointAt(0))).toUpperCase(Locale.forLanguageTag(language));
            Block.IndexGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && letters.compare(last.letter(), letter) == 0) {
                List<Block.IndexEntry> more = new ArrayList<>(last.entries());
                more.add(e);
                groups.set(groups.size() - 1, new Block.IndexGroup(last.letter(), more));
            } else {
                groups.add(new Block.IndexGroup(base(letter, letters), List.of(e)));
            }
        }
        String title = labels.get("index");
        List<Block> blocks = List.of(new Block.Heading(1, state.uniqueId(id + "-title"), List.of(new Inline.Text(title))),
                new Block.Index(state.uniqueId(id + "-entries"), labels.get("index-see"), labels.get("index-see-also"), groups));
        return new Chapter(id, title, sourcePath, blocks, Map.of(), Optional.empty(), org.colophon.book.Role.INDEX);
    }

    /** A group's letter: the first letter without a tone or accent that makes no letter of its own (Á under A). */
    private static String base(String letter, Collator primary) {
        String d = Normalizer.normalize(letter, Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(d.substring(0, Character.charCount(d.codePointAt(0))));
        String marks = d.substring(kept.length());
        for (int i = 0; i < marks.length(); i++) {
            String without = Normalizer.normalize(kept + marks.substring(i + 1), Normalizer.Form.NFC);
            if (primary.compare(without, letter) != 0) {
                kept.append(marks.charAt(i));   // a mark that makes a letter of its own in this language (â, đ)
            }
        }
        return Normalizer.normalize(kept, Normalizer.Form.NFC);
    }

    private List<Block.IndexEntry> entries(Node parent, Collator collator) {
        List<Node> sorted = new ArrayList<>(parent.children.values());
        sorted.sort((a, b) -> collator.compare(a.term, b.term));
        List<Block.IndexEntry> out = new ArrayList<>();
        for (Node n : sorted) {
            out.add(new Block.IndexEntry(n.id(state), n.term, n.locators, n.see, n.seeAlso, entries(n, collator)));
        }
        return out;
    }

    private static Node find(Node root, String path) {
        Node n = root;
        for (String part : path.split("!")) {
            n = n.children.get(part.strip());
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** An entry being gathered. */
    private static final class Node {
        final String term;
        final Map<String, Node> children = new LinkedHashMap<>();
        final List<Block.IndexLocator> locators = new ArrayList<>();
        final List<String> see = new ArrayList<>();
        final List<String> seeAlso = new ArrayList<>();
        private String id;

        Node(String term) {
            this.term = term;
        }

        String id(BookAssembler.BookState state) {
            if (id == null) {
                id = state.uniqueId("ix-entry-" + org.colophon.text.Texts.idSlug(term, "term"));
            }
            return id;
        }
    }
}
