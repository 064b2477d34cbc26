package org.colophon.book;

import java.util.List;
import java.util.Map;
import org.colophon.diagnostic.SourcePosition;

/** Text-level content: what a paragraph, heading, caption or note is made of. */
public sealed interface Inline {

    /** Calls the visitor's method for this node's type: every walker of the model goes through here. */
    void accept(Visitor visitor);

    /** Text, with where it starts in the manuscript (for diagnostics about its characters). */
    record Text(String text, SourcePosition at) implements Inline {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
        public Text(String text) {
            this(text, SourcePosition.NONE);
        }
    }

    record Emphasis(List<Inline> children) implements Inline {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    record Strong(List<Inline> children) implements Inline {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /** Text struck through ({@code ~~x~~}), written as {@code <del>}. */
    record Strikethrough(List<Inline> children) implements Inline {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * The box of a task list item ({@code - [x] done}): □ or ■, which the typeface has, read out as {@code label}
     * (in the book's language) rather than as a shape.
     */
    record TaskMarker(boolean checked, String label) implements Inline {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
        public String glyph() {
            return checked ? "\u25A0" : "\u25A1";
        }
    }

    record Code(String text, SourcePosition at) implements Inline {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
        public Code(String text) {
            this(text, SourcePosition.NONE);
        }
    }

    /** A link: {@code target} says where it goes, the writers decide how to spell the address. */
    record Link(LinkTarget target, String title, List<Inline> children) implements Inline {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /** A reference to note {@code number}; {@code id} is this reference's own anchor, for the note's back-link. */
    record NoteRef(int number, String id) implements Inline {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /** A line break: soft ones come from the source's line ends and read as spaces. */
    record LineBreak(boolean hard) implements Inline {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * An inline element the author wrote as HTML, such as {@code <span lang="vi">}: its tag, its attributes by name,
     * in the order written (already checked against what a book allows), and its content.
     */
    record Span(String tag, Map<String, String> attributes, List<Inline> children) implements Inline {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
        public Span {
            attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        }

        /** Whether the tag has no content, like {@code <br>}. */
        public boolean isVoid() {
            return tag.equals("br") || tag.equals("wbr");
        }
    }

    /** An image within a line of text (an image alone in its paragraph becomes a {@link Block.Figure}). */
    record InlineImage(Image image, String alt) implements Inline {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    // math (issue 19)

    /**
     * A formula within a line of text ({@code $…$}, {@code \(…\)}): its TeX as written between the delimiters, and
     * where that TeX begins. {@code display}: a display formula ({@code $$…$$}) that stands inside something a
     * paragraph cannot be split around (emphasis, a link, a table cell, a heading), set in display style there.
     */
    record Math(String tex, boolean display, SourcePosition at) implements Inline {
        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }
}
