package org.colophon.book;

import java.util.List;
import java.util.Optional;
import org.colophon.diagnostic.SourcePosition;

/** Block-level content of a chapter or a note. */
public sealed interface Block {

    /** Calls the visitor's method for this node's type: every walker of the model goes through here. */
    void accept(Visitor visitor);

    /** A heading; {@code id} is stable (derived from its text) and unique in the book. */
    record Heading(int level, String id, List<Inline> content) implements Block {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    record Paragraph(List<Inline> content) implements Block {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * An image with its alt text, a caption and an optional credit line; {@code at} is where the image is given;
     * {@code widthPercent} is the share of the text block the author gave it ({@code {width=50%}}), 0 for all of it.
     * {@code captionIsAlt}: the caption is the alt text, set as a caption (an image alone in its paragraph, as pandoc
     * and MkDocs print it), which a screen reader, having read the alt text, need not hear again.
     */
    record Figure(String id, Image image, String alt, List<Inline> caption, String credit, SourcePosition at, int widthPercent,
            boolean captionIsAlt) implements Block {
        public Figure(String id, Image image, String alt, List<Inline> caption, String credit, SourcePosition at) {
            this(id, image, alt, caption, credit, at, 0);
        }

        public Figure(String id, Image image, String alt, List<Inline> caption, String credit, SourcePosition at, int widthPercent) {
            this(id, image, alt, caption, credit, at, widthPercent, false);
        }

        /** The share of the text block the figure spans, from 0 to 1. */
        public double widthShare() {
            return widthPercent == 0 ? 1 : widthPercent / 100.0;
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    record BlockQuote(List<Block> children) implements Block {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /** An ordered or bullet list; each item is a list of blocks. */
    record ListBlock(boolean ordered, int start, List<List<Block>> items) implements Block {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * Code as the book shows it: {@code info} as the author wrote it after the fence, {@code code} the text shown (an
     * included file's lines, without the lines the author's tool hides), {@code at} where that text starts; its
     * {@code language} as Colophon names it (empty when none was given), a {@code title} (MkDocs' {@code title="x.py"},
     * empty when none), its {@code tokens} (empty when its language is not highlighted) and how its lines are set.
     */
    record CodeBlock(String info, String code, SourcePosition at, String language, String title, List<Code.Token> tokens,
            Code.Lines lines) implements Block {
        public CodeBlock(String info, String code, SourcePosition at) {
            this(info, code, at, "", "", List.of(), Code.Lines.PLAIN);
        }

        public CodeBlock {
            tokens = List.copyOf(tokens);
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    record ThematicBreak() implements Block {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * A block the author wrote as HTML, checked and written back as well-formed XHTML; {@code texts} are its texts
     * with the faces they are set in, for the glyph check and word counts. Its links are resolved like Markdown
     * links: the n-th {@code <a>} with an address carries {@code href="colophon-link:n"}, and each writer spells
     * {@code links.get(n)} as its format wants.
     */
    record Html(String xhtml, List<HtmlText> texts, List<LinkTarget> links) implements Block {
        /** The placeholder of link {@code n} in {@link #xhtml}. */
        public static String linkPlaceholder(int n) {
            return "colophon-link:" + n;
        }
        public Html(String xhtml, List<HtmlText> texts) {
            this(xhtml, texts, List.of());
        }
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * An HTML element the author wrapped around Markdown ({@code <div lang="vi">}, a blank line, Markdown, a blank
     * line, {@code </div>}): its tag, its kept attributes in the order written, and the blocks inside.
     */
    record Container(String tag, java.util.Map<String, String> attributes, List<Block> children) implements Block {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
        public Container {
            attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        }
    }

    /**
     * A note set apart from the text (GitHub's alerts, fenced divs of those kinds): its kind, its title as set (the
     * kind's word in the chapter's language, unless the author gave one), where it stands, the id the author gave it
     * (when the book took it) and what it holds.
     */
    record Alert(Kind kind, String title, SourcePosition at, Optional<String> id, List<Block> children) implements Block {
        /** The kinds of GitHub's alerts, which the other tools' notes map onto. */
        public enum Kind {
            NOTE, TIP, IMPORTANT, WARNING, CAUTION;

            /** As GitHub writes it, and as the class and the label name it: {@code note}. */
            public String written() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /** A text inside a block of HTML, with its face (code or text, bold, italic) and where it stands. */
    record HtmlText(String text, boolean code, boolean bold, boolean italic, SourcePosition at) {
    }

    /** A table: a header row, body rows, and one alignment per column ("left", "center", "right" or null). */
    record Table(List<List<Inline>> header, List<List<List<Inline>>> rows, List<String> alignments) implements Block {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    // math (issue 19)

    /**
     * A display formula: TeX as the author wrote it between its delimiters ({@code $$…$$}, {@code \[…\]} or a
     * {@code ```math} fence), set apart on lines of its own. {@code label} is the author's label ({@code eq:name},
     * written {@code {#eq:name}} after it, as pandoc-crossref reads it), empty for none; a labelled formula is numbered
     * ({@code number}, from 1 through the book) and carries {@code id}, unique in the book; 0 and null for the others.
     * {@code at} is where its TeX begins.
     */
    record Math(String tex, String label, int number, String id, SourcePosition at) implements Block {
        public boolean numbered() {
            return number > 0;
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }
}
