package org.colophon.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.book.Block;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.l10n.Labels;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Fenced divs, as Docusaurus ({@code :::tip What you'll learn}), VitePress ({@code ::: warning}) and pandoc and
 * Quarto ({@code ::: {.callout-note title="…"}}) write them: a line of three colons or more with a kind opens one, a
 * line of as many colons or more closes it, and the Markdown between is its content. A kind of GitHub's alerts (and
 * {@code info} as a note, {@code danger} as a caution) is one ({@link Alerts}); any other is a {@code <div>} of that
 * class, its title, if any, above its content. A CommonMark block parser, so that colons in code are left alone.
 */
final class FencedDivs {
    /** Colons, then the kind or attributes, then (pandoc) colons again, which say nothing. */
    private static final Pattern OPEN = Pattern.compile("(:{3,})\\s*([^:\\s].*?)\\s*:*\\s*");
    private static final Pattern CLOSE = Pattern.compile("(:{3,})\\s*");
    private static final Map<String, Block.Alert.Kind> ALERTS = Map.of("note", Block.Alert.Kind.NOTE, "info", Block.Alert.Kind.NOTE,
            "tip", Block.Alert.Kind.TIP, "important", Block.Alert.Kind.IMPORTANT, "warning", Block.Alert.Kind.WARNING,
            "caution", Block.Alert.Kind.CAUTION, "danger", Block.Alert.Kind.CAUTION);

    private FencedDivs() {
    }

    /** The div in CommonMark's tree: what followed its colons, and how many there were. */
    static final class Div extends CustomBlock {
        final String info;
        final int colons;
        /** Whether its closing line was read; else it ran to the end of the chapter (or of the block around it). */
        boolean closed;
        /** Whether it is still open, for a div around it to leave a closing line to it. */
        boolean open = true;

        Div(String info, int colons) {
            this.info = info;
            this.colons = colons;
        }
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            Matcher m = OPEN.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
            if (!m.matches() || m.group(2).startsWith(":")) {
                return BlockStart.none();
            }
            return BlockStart.of(new DivParser(new Div(m.group(2), m.group(1).length()))).atIndex(line.length());
        }
    }

    private static final class DivParser extends AbstractBlockParser {
        private final Div div;

        DivParser(Div div) {
            this.div = div;
        }

        @Override
        public Div getBlock() {
            return div;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(org.commonmark.node.Block block) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            CharSequence line = state.getLine().getContent();
            // colons in a code block are code; a closing line inside a div nested in this one closes that one
            boolean inCode = state.getActiveBlockParser().getBlock() instanceof FencedCodeBlock;
            boolean nestedOpen = div.getLastChild() instanceof Div inner && inner.open;
            if (state.getIndent() < 4 && !inCode && !nestedOpen) {
                Matcher m = CLOSE.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
                if (m.matches() && m.group(1).length() >= div.colons) {
                    div.closed = true;
                    return BlockContinue.finished();
                }
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        @Override
        public void closeBlock() {
            div.open = false;
        }
    }

    /** What a fenced div says it is: its kind (the first word or class) and its title, if it gives one. */
    record Kind(String name, List<String> classes, Optional<String> title, Optional<String> id) {
    }

    static Kind kind(String info) {
        String s = info.strip();
        if (s.startsWith("{") && s.endsWith("}")) {   // pandoc's attributes: {#id .class key="value"}
            List<String> classes = new ArrayList<>();
            Optional<String> title = Optional.empty();
            Optional<String> id = Optional.empty();
            Matcher a = Pattern.compile("\\.([\\w-]+)|#([\\w.:-]+)|([\\w-]+)=\"([^\"]*)\"|([\\w-]+)=(\\S+)")
                    .matcher(s.substring(1, s.length() - 1));
            while (a.find()) {
                if (a.group(1) != null) {
                    classes.add(a.group(1));
                } else if (a.group(2) != null) {
                    id = Optional.of(a.group(2));
                } else if ("title".equals(a.group(3))) {
                    title = Optional.of(a.group(4));
                } else if ("title".equals(a.group(5))) {
                    title = Optional.of(a.group(6));
                }
            }
            return new Kind(classes.isEmpty() ? "" : classes.get(0), classes, title, id);
        }
        Matcher bracket = Pattern.compile("\\.?([\\w-]+)\\[(.*)\\]").matcher(s);   // Docusaurus 3: :::tip[The title]
        if (bracket.matches()) {
            return new Kind(bracket.group(1), List.of(bracket.group(1)), Optional.of(bracket.group(2)).filter(t -> !t.isBlank()),
                    Optional.empty());
        }
        String[] words = s.split("\\s+", 2);
        String name = words[0].replaceFirst("^\\.", "");
        return new Kind(name, List.of(name), words.length > 1 ? Optional.of(words[1].strip()) : Optional.empty(), Optional.empty());
    }

    /** The div as the book has it; {@code title} is its title, typeset; {@code id} its id, when the book took it. */
    static Block block(Kind kind, Optional<String> title, Optional<String> id, List<Block> content, Labels labels,
            SourcePosition at) {
        String name = kind.name().toLowerCase(Locale.ROOT).replaceFirst("^callout-", "");
        if (ALERTS.containsKey(name)) {
            return Alerts.block(ALERTS.get(name), title, id, content, labels, at);
        }
        List<Block> children = new ArrayList<>();
        title.ifPresent(t -> children.add(Alerts.title(t, at)));
        children.addAll(content);
        Map<String, String> attributes = new LinkedHashMap<>();
        id.ifPresent(i -> attributes.put("id", i));
        if (!kind.classes().isEmpty()) {
            attributes.put("class", String.join(" ", kind.classes()));
        }
        return new Block.Container("div", attributes, children);
    }
}
