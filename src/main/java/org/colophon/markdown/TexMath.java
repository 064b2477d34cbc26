package org.colophon.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * TeX math, read as pandoc's {@code tex_math_dollars} reads it: {@code $…$} within a line (no space after the opening
 * {@code $} nor before the closing one, and no digit after it, so that {@code $5 or $10} stays text; {@code \$} is a
 * dollar), {@code $$…$$} for display, anywhere in a paragraph; {@code \(…\)} within a line; and a display formula
 * on lines of its own, opened by {@code $$} or {@code \[}, a CommonMark block (as a code fence is), so that a line of
 * it that looks like Markdown ({@code - 2x}, {@code # 1}) stays TeX. {@code \[…\]} inside running text stays
 * CommonMark's escaped brackets ({@code \[1\]}, as pandoc and GitHub print it). A backtick ends no formula and
 * opens none: a code span that holds a {@code $} stays code. A label {@code {#eq:name}} after a display formula
 * numbers it, as pandoc-crossref reads it.
 */
final class TexMath {
    /** The label after a display formula's closing delimiter, and nothing else but spaces. */
    private static final Pattern LABEL = Pattern.compile("[ \\t]*(?:\\{#(eq:[^{}\\s]+)\\})?[ \\t]*");

    private TexMath() {
    }

    /**
     * A formula in CommonMark's tree: its TeX, as written between the delimiters (stripped), whether it is a display
     * formula, its label (empty for none), and where the TeX begins (line and column index, from 0).
     */
    static final class Formula extends CustomNode {
        final String tex;
        final boolean display;
        final String label;
        final int lineIndex, columnIndex;

        Formula(String tex, boolean display, String label, int lineIndex, int columnIndex) {
            this.tex = tex;
            this.display = display;
            this.label = label;
            this.lineIndex = lineIndex;
            this.columnIndex = columnIndex;
        }
    }

    /**
     * A display formula on lines of its own: its lines (the first after its opening delimiter, the last before its
     * closing one), whether it was closed before a blank line or the end of its container, its label, and the text
     * that followed its closing delimiter on the same line, if any: a {@link Paragraph} child.
     */
    static final class DisplayBlock extends CustomBlock {
        final String opener;
        final List<SourceLine> lines = new ArrayList<>();
        boolean closed;
        String label = "";
        SourceLine trailing;

        DisplayBlock(String opener) {
            this.opener = opener;
        }

        /** The TeX between the delimiters, stripped. */
        String tex() {
            return String.join("\n", lines.stream().map(l -> l.getContent().toString()).toList()).strip();
        }

        /** Where the TeX's first character stands, as line and column index; null when the formula is empty. */
        int[] texStart() {
            for (SourceLine l : lines) {
                CharSequence c = l.getContent();
                for (int i = 0; i < c.length(); i++) {
                    if (!Character.isWhitespace(c.charAt(i))) {
                        SourceSpan s = l.getSourceSpan();
                        return s == null ? null : new int[] {s.getLineIndex(), s.getColumnIndex() + i};
                    }
                }
            }
            return null;
        }

        /** The formula as the author wrote it, delimiters and all: what is printed when it is never closed. */
        String written() {
            return opener + String.join("\n", lines.stream().map(l -> l.getContent().toString()).toList());
        }
    }

    // ---------------------------------------------------------------- within a line

    /** {@code $…$}, {@code $$…$$} and {@code \(…\)}, tried before CommonMark's own use of {@code \}. */
    static final class InlineFactory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$', '\\');
        }

        @Override
        public InlineContentParser create() {
            return new Budget()::parseInline;
        }
    }

    /**
     * What one block's formulas may read, in all, looking for their ends: each formula reads only up to the next
     * delimiter, but a {@code \\text{} never closed reads to the block's end, and a block of thousands of them
     * (nothing an author writes) would take time squared. Past it, a {@code $} is text.
     */
    static final int SCAN_BUDGET = 1 << 22;

    private static final class Budget {
        int left = SCAN_BUDGET;

        ParsedInline parseInline(InlineParserState state) {
            if (left <= 0) {
                return ParsedInline.none();
            }
            Position start = state.scanner().position();
            ParsedInline parsed = TexMath.parseInline(state);
            left -= state.scanner().getSource(start, state.scanner().position()).getContent().length();
            return parsed;
        }
    }

    private static ParsedInline parseInline(InlineParserState state) {
        Scanner s = state.scanner();
        if (s.next('$')) {
            return s.next('$') ? display(s, "$$") : dollar(s);
        }
        s.next();   // the backslash
        if (s.next('(')) {
            return between(s, "\\)");
        }
        return ParsedInline.none();   // \$, \[ and the rest: CommonMark's escapes
    }

    /**
     * {@code $…$} after its opening {@code $}: not followed by a space, closed by a {@code $} that follows no space
     * and precedes no digit; a backslash takes the next character with it, {@code \text{…}} its braces (which may
     * hold a {@code $}).
     */
    private static ParsedInline dollar(Scanner s) {
        char first = s.peek();
        if (first == Scanner.END || Character.isWhitespace(first)) {
            return ParsedInline.none();
        }
        Position begin = s.position();
        while (true) {
            char c = s.peek();
            if (c == Scanner.END || c == '`') {
                return ParsedInline.none();
            }
            if (c == '$') {
                Position end = s.position();
                s.next();
                if (Character.isDigit(s.peek())) {
                    return ParsedInline.none();   // $5 or $10: a price
                }
                return formula(s, begin, end, false, "");
            }
            if (c == '\\') {
                s.next();
                if (s.next("text{")) {
                    if (!balanced(s)) {
                        return ParsedInline.none();
                    }
                } else if (s.peek() != Scanner.END) {
                    s.next();
                }
            } else if (Character.isWhitespace(c)) {
                s.whitespace();
                if (s.peek() == '$') {
                    return ParsedInline.none();   // a space before the closing $
                }
            } else {
                s.next();
            }
        }
    }

    /** After an opening brace: up to and past its closing one. */
    private static boolean balanced(Scanner s) {
        int depth = 1;
        while (depth > 0) {
            char c = s.peek();
            if (c == Scanner.END) {
                return false;
            }
            s.next();
            if (c == '\\' && s.peek() != Scanner.END) {
                s.next();
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return true;
    }

    /** {@code $$…$$} within a paragraph, after its opening: anything up to the first {@code $$}, then a label. */
    private static ParsedInline display(Scanner s, String closer) {
        Position begin = s.position();
        while (true) {
            char c = s.peek();
            if (c == Scanner.END || c == '`') {
                return ParsedInline.none();
            }
            Position end = s.position();
            if (s.next(closer)) {
                return formula(s, begin, end, true, label(s));
            }
            s.next();
        }
    }

    /** {@code \(…\)} after its opening: a backslash takes the next character with it; another opening ends the search. */
    private static ParsedInline between(Scanner s, String closer) {
        Position begin = s.position();
        while (true) {
            char c = s.peek();
            if (c == Scanner.END || c == '`') {
                return ParsedInline.none();
            }
            Position here = s.position();
            if (s.next("\\(")) {
                s.setPosition(here);
                return ParsedInline.none();
            }
            Position end = s.position();
            if (s.next(closer)) {
                return formula(s, begin, end, false, "");
            }
            s.next();
            if (c == '\\' && s.peek() != Scanner.END) {
                s.next();
            }
        }
    }

    /** A label {@code {#eq:name}} after a display formula, with the spaces before it; empty, and nothing read, for none. */
    private static String label(Scanner s) {
        Position after = s.position();
        s.match(c -> c == ' ' || c == '\t');
        if (s.next("{#eq:")) {
            Position name = s.position();
            int length = s.find('}');
            if (length > 0) {
                String label = "eq:" + s.getSource(name, s.position()).getContent();
                s.next();
                if (label.matches("eq:[^{}\\s]+")) {
                    return label;
                }
            }
        }
        s.setPosition(after);
        return "";
    }

    private static ParsedInline formula(Scanner s, Position begin, Position end, boolean display, String label) {
        Position after = s.position();
        SourceLines source = s.getSource(begin, end);
        String raw = source.getContent();
        String tex = raw.strip();
        if (tex.isEmpty()) {
            return ParsedInline.none();
        }
        int lead = raw.length() - raw.stripLeading().length();
        int[] at = start(source, lead);
        s.setPosition(after);
        return ParsedInline.of(new Formula(tex, display, label, at[0], at[1]), after);
    }

    /** The line and column index of character {@code offset} of {@code source}, from its lines' spans. */
    private static int[] start(SourceLines source, int offset) {
        int left = offset;
        for (SourceLine line : source.getLines()) {
            int length = line.getContent().length();
            if (left <= length) {
                SourceSpan span = line.getSourceSpan();
                return span == null ? new int[] {0, 0} : new int[] {span.getLineIndex(), span.getColumnIndex() + left};
            }
            left -= length + 1;   // the line's end
        }
        return new int[] {0, 0};
    }

    // ---------------------------------------------------------------- on lines of their own

    /** A display formula that opens a line with {@code $$} or {@code \[}, as a code fence opens a code block. */
    static final class BlockFactory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            SourceLine line = state.getLine();
            int from = state.getNextNonSpaceIndex();
            CharSequence content = line.getContent();
            String opener = startsWith(content, from, "$$") ? "$$" : startsWith(content, from, "\\[") ? "\\[" : null;
            if (opener == null) {
                return BlockStart.none();
            }
            String closer = opener.equals("$$") ? "$$" : "\\]";
            int texFrom = from + 2;
            int close = indexOf(content, closer, texFrom);
            DisplayBlock block = new DisplayBlock(opener);
            if (close >= 0) {
                // on one line: a block only when nothing but a label follows; else it stands in a paragraph
                Matcher label = LABEL.matcher(content.subSequence(close + 2, content.length()));
                if (!label.matches() || content.subSequence(texFrom, close).toString().isBlank()) {
                    return BlockStart.none();
                }
                block.lines.add(line.substring(texFrom, close));
                block.closed = true;
                block.label = label.group(1) == null ? "" : label.group(1);
            } else {
                block.lines.add(line.substring(texFrom, content.length()));
            }
            return BlockStart.of(new DisplayParser(block, closer)).atIndex(content.length());
        }
    }

    private static final class DisplayParser extends AbstractBlockParser {
        private final DisplayBlock block;
        private final String closer;

        DisplayParser(DisplayBlock block, String closer) {
            this.block = block;
            this.closer = closer;
        }

        @Override
        public DisplayBlock getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (block.closed || state.isBlank()) {
                return BlockContinue.none();   // pandoc too ends a display formula at a blank line
            }
            SourceLine full = state.getLine();
            SourceLine line = full.substring(state.getIndex(), full.getContent().length());
            CharSequence content = line.getContent();
            int close = indexOf(content, closer, 0);
            if (close < 0) {
                block.lines.add(line);
                return BlockContinue.atIndex(full.getContent().length());
            }
            block.lines.add(line.substring(0, close));
            block.closed = true;
            SourceLine rest = line.substring(close + 2, content.length());
            Matcher label = LABEL.matcher(rest.getContent());
            if (label.matches()) {
                block.label = label.group(1) == null ? "" : label.group(1);
            } else {
                block.trailing = rest;   // "$$, where x is…": the text goes on as a paragraph
            }
            return BlockContinue.finished();
        }

        @Override
        public void parseInlines(InlineParser inlineParser) {
            if (block.trailing != null && !block.trailing.getContent().toString().isBlank()) {
                Paragraph after = new Paragraph();
                block.appendChild(after);
                inlineParser.parse(SourceLines.of(block.trailing), after);
            }
        }
    }

    private static boolean startsWith(CharSequence s, int from, String prefix) {
        return s.length() - from >= prefix.length() && s.subSequence(from, from + prefix.length()).toString().equals(prefix);
    }

    private static int indexOf(CharSequence s, String what, int from) {
        return s.toString().indexOf(what, from);
    }
}
