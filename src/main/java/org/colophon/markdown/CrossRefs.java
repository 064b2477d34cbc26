package org.colophon.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colophon.book.Block;
import org.colophon.book.Chapter;
import org.colophon.book.Traversal;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;

/**
 * pandoc-crossref's and Quarto's cross-references: labels on figures ({@code {#fig:harbour}}), sections
 * ({@code {#sec:…}}), tables and equations, numbered through the book or by chapter (book.yaml's {@code numbering}),
 * and the references to them in the text ({@code @fig:harbour}), checked once every chapter is read: one to a label
 * the book does not have is an error, with the near labels as a hint.
 */
final class CrossRefs {
    /** The kinds of label, by prefix, with the words a reference to each prints. */
    static final Map<String, String> WORDS = Map.of("fig", "figure-ref", "tbl", "table-ref", "eq", "equation-ref",
            "sec", "section-ref");
    /** What a key must look like to be a cross-reference rather than a citation. */
    static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("(fig|tbl|eq|sec)[:-].+");

    /** A reference met in the text: the id it names, as written, and where. */
    private record Pending(String id, String written, SourcePosition at) {
    }

    private final boolean byChapter;
    private final Map<String, Integer> counters = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private int chapter;

    CrossRefs(boolean byChapter) {
        this.byChapter = byChapter;
    }

    /** The id of a label in the book: {@code fig:harbour} and {@code fig-harbour} are both {@code fig-harbour}. */
    static String id(String label) {
        return KEY.matcher(label).matches() ? label.replaceFirst(":", "-").replace(':', '-') : label;
    }

    /** A new chapter of role "chapter" begins: by chapter, its figures are numbered from 1 again. */
    void startChapter(boolean numbered) {
        if (numbered) {
            chapter++;
        }
        if (byChapter) {
            counters.clear();
        }
    }

    /** The next number of a kind ("fig"): 3 through the book, or 2.1 by chapter. */
    String nextNumber(String kind) {
        int n = counters.merge(kind, 1, Integer::sum);
        return byChapter && chapter > 0 ? chapter + "." + n : Integer.toString(n);
    }

    /** A reference to check once the book is read. */
    void referenced(String label, SourcePosition at) {
        pending.add(new Pending(id(label), label, at));
    }

    /** Reports each reference to a label that no figure, section, table or equation of the book has. */
    void check(List<Chapter> chapters, Diagnostics diagnostics) {
        Set<String> labels = new java.util.LinkedHashSet<>();
        for (Chapter c : chapters) {
            new Traversal() {
                @Override
                public void visit(Block.Figure f) {
                    if (f.numbered()) {
                        labels.add(f.id());
                    }
                }

                @Override
                public void visit(Block.Heading h) {
                    if (h.id().startsWith("sec-")) {
                        labels.add(h.id());
                    }
                }

                @Override
                public void visit(Block.Math m) {
                    if (m.numbered()) {
                        labels.add(m.id());   // the math reader's: eq:name is eq-name, numbered through the book
                    }
                }
            }.blocks(c.blocks());
        }
        for (Pending p : pending) {
            if (!labels.contains(p.id())) {
                String kind = p.id().substring(0, p.id().indexOf('-'));
                List<String> near = AnchorHints.near(p.id(), labels.stream().filter(l -> l.startsWith(kind + "-")).toList());
                diagnostics.error(p.at(), "@" + p.written() + " names no label of the book" + (near.isEmpty()
                        ? "; label its target with {#" + p.written() + "}" + (kind.equals("fig") ? " after its image" : kind.equals("sec")
                        ? " at the end of its heading" : "")
                        : " (did you mean @" + String.join(", @", near.stream().map(n -> n.replaceFirst("-", ":")).toList()) + "?)"));
            }
        }
    }
}
