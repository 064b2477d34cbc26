package org.colophon.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colophon.book.Block;
import org.colophon.book.Chapter;
import org.colophon.book.Inline;
import org.colophon.cite.CitationProcessor;
import org.colophon.cite.CitationStyle;
import org.colophon.cite.References;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.l10n.Labels;
import org.colophon.manuscript.Apparatus;
import org.colophon.manuscript.Manuscript;
import org.colophon.manuscript.SourceFile;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The book's citations, when book.yaml gives a {@code bibliography}: its entries, its style, and the processor that
 * renders them in reading order. Before any chapter is converted, every chapter is read for the keys it cites (in
 * reading order, a note's text where it is first referenced) and for pandoc's {@code ::: {#refs}}, where the
 * bibliography goes; without one, it is a chapter of its own at the back ({@link #chapter}).
 */
final class BookCitations {
    /** The id a fenced div takes to hold the bibliography, as pandoc's. */
    static final String REFS = "refs";

    final References references;
    final CitationProcessor processor;
    /** The chapter that holds the bibliography: an author's, around {@code ::: {#refs}}, or Colophon's own. */
    final String chapterId;
    final boolean placedByAuthor;
    private final List<String> files;

    private BookCitations(References references, CitationProcessor processor, String chapterId, boolean placedByAuthor,
            List<String> files) {
        this.references = references;
        this.processor = processor;
        this.chapterId = chapterId;
        this.placedByAuthor = placedByAuthor;
        this.files = files;
    }

    /** The book's citations, or empty when it cites nothing or its bibliography or style cannot be used (reported). */
    static Optional<BookCitations> of(Manuscript manuscript, List<Node> documents, Map<Node, String> chapterIds,
            BookAssembler.BookState state) {
        if (!manuscript.apparatus().cites()) {
            return Optional.empty();
        }
        Apparatus a = manuscript.apparatus();
        Diagnostics d = state.diagnostics;
        if (!a.cites()) {
            return Optional.empty();
        }
        References refs = References.load(a.bibliography().stream()
                .map(f -> new References.Source(f.file(), f.display())).toList(), d);
        Optional<CitationStyle> style = style(a, d);
        if (style.isEmpty()) {
            return Optional.empty();
        }
        Set<String> keys = new LinkedHashSet<>();
        String refsChapter = null;
        for (int i = 0; i < documents.size(); i++) {
            Node doc = documents.get(i);
            KeyScan scan = new KeyScan(refs, keys, new NodePositions(manuscript.chapters().get(i)));
            scan.walk(doc);
            if (scan.refs && refsChapter == null) {
                refsChapter = chapterIds.get(doc);
            }
        }
        String chapter = refsChapter != null ? refsChapter : state.uniqueId("bibliography");
        CitationProcessor processor = new CitationProcessor(refs, style.get(), manuscript.metadata().language(), List.copyOf(keys));
        return Optional.of(new BookCitations(refs, processor, chapter, refsChapter != null,
                a.bibliography().stream().map(Apparatus.BibliographyFile::display).toList()));
    }

    private static Optional<CitationStyle> style(Apparatus a, Diagnostics d) {
        String name = a.style().orElse(CitationStyle.DEFAULT);
        try {
            if (a.styleFile().isPresent()) {
                return Optional.of(CitationStyle.parse(name, Files.readAllBytes(a.styleFile().get())));
            }
            if (CitationStyle.builtIn(name).isPresent()) {
                return Optional.of(CitationStyle.named(name));
            }
            List<String> near = AnchorHints.near(name, CitationStyle.NAMES.keySet());
            d.error(a.styleAt(), "csl '" + name + "' is not a style Colophon knows"
                    + (near.isEmpty() ? "" : " (did you mean '" + near.get(0) + "'?)") + "; name one of " + String.join(", ", CitationStyle.NAMES.keySet()) + ", or give a .csl file of the manuscript");
        } catch (IOException e) {
            d.error(a.styleAt(), "csl '" + name + "' cannot be used: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The places of the bibliography files, for a message: "refs.bib and more.bib". */
    String files() {
        return String.join(", ", files);
    }

    /** Whether the book cites anything: then it has a bibliography. */
    boolean citesAnything() {
        return !processor.keys().isEmpty();
    }

    /** The bibliography as a block; {@code section} when it stands in an author's chapter. */
    Block.Bibliography bibliography(boolean section, String id, Labels labels) {
        return new Block.Bibliography(id, section, labels.get("bibliography"), processor.bibliography());
    }

    /** Colophon's bibliography chapter, at the back, in the book's language. */
    Chapter chapter(BookAssembler.BookState state, Labels labels, String sourcePath) {
        String title = labels.get("bibliography");
        String heading = state.uniqueId(chapterId + "-title");
        List<Block> blocks = List.of(new Block.Heading(1, heading, List.of(new Inline.Text(title))),
                bibliography(false, state.uniqueId(REFS), labels));
        return new Chapter(chapterId, title, sourcePath, blocks, Map.of(), Optional.empty(), org.colophon.book.Role.BIBLIOGRAPHY);
    }

    /** Reads a chapter for the keys it cites, in reading order, and for a {@code ::: {#refs}} div. */
    private static final class KeyScan {
        private final References references;
        private final Set<String> keys;
        private final Map<String, FootnoteDefinition> definitions = new java.util.HashMap<>();
        private final Set<String> seenNotes = new java.util.HashSet<>();
        boolean refs;

        private final NodePositions positions;

        KeyScan(References references, Set<String> keys, NodePositions positions) {
            this.keys = keys;
            this.references = references;
            this.positions = positions;
        }

        void walk(Node doc) {
            collect(doc);
            visit(doc);
        }

        private void collect(Node n) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof FootnoteDefinition def) {
                    definitions.putIfAbsent(ChapterNotes.key(def.getLabel()), def);
                }
                collect(c);
            }
        }

        private void visit(Node n) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof FootnoteDefinition || c instanceof Code || c instanceof FencedCodeBlock
                        || c instanceof IndentedCodeBlock || c instanceof HtmlBlock) {
                    continue;   // a note is read where it is referenced; code is code
                }
                if (c instanceof FencedDivs.Div div && FencedDivs.kind(div.info).id().filter(REFS::equals).isPresent()) {
                    refs = true;
                }
                if (c instanceof Text t) {
                    String literal = t.getLiteral();
                    Set<Integer> escaped = ChapterCitations.escapes(literal, positions.writtenAs(t).orElse(literal));
                    for (CitationSyntax.Match m : CitationSyntax.find(literal, escaped)) {
                        m.cites().stream().map(CitationSyntax.Written::key).filter(references::has).forEach(keys::add);
                    }
                } else if (c instanceof FootnoteReference ref && seenNotes.add(ChapterNotes.key(ref.getLabel()))) {
                    FootnoteDefinition def = definitions.get(ChapterNotes.key(ref.getLabel()));
                    if (def != null) {
                        visit(def);
                    }
                }
                visit(c);
            }
        }
    }

    /** The keys cited, in no order: for a hint. */
    Set<String> known() {
        return references.items().keySet();
    }
}
