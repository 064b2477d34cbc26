package org.colophon.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colophon.book.Block;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;
import org.commonmark.node.Document;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;

/**
 * An HTML element opened alone on a line and closed alone on a later one, around Markdown: the blocks between
 * become its content, as pandoc reads them.
 */
final class HtmlContainers {
    /** Converts the blocks under a parent, at a nesting depth: the chapter's own block conversion. */
    interface Blocks {
        List<Block> convert(Node parent, int depth);
    }

    private final Diagnostics diagnostics;
    private final NodePositions positions;
    private final RawHtml rawHtml;
    private final ChapterReferences references;
    private final Blocks blocks;

    HtmlContainers(Diagnostics diagnostics, NodePositions positions, RawHtml rawHtml, ChapterReferences references,
            Blocks blocks) {
        this.diagnostics = diagnostics;
        this.positions = positions;
        this.rawHtml = rawHtml;
        this.references = references;
        this.blocks = blocks;
    }

    /** True for an HTML block that opens or closes an element alone on its line. */
    static boolean isBoundary(HtmlBlock h) {
        return RawHtml.loneOpening(h.getLiteral()).isPresent() || RawHtml.loneClosing(h.getLiteral()).isPresent();
    }

    /**
     * Converts the element that {@code h} opens into {@code out}, or reports a closing tag that closes none; returns
     * the block to go on after: the element's closing block, else {@code h} itself.
     */
    Node convert(HtmlBlock h, int depth, List<Block> out) {
        Optional<String> opening = RawHtml.loneOpening(h.getLiteral());
        if (opening.isPresent()) {
            Node close = container(h, opening.get(), depth, out);
            return close == null ? h : close;
        }
        String tag = RawHtml.loneClosing(h.getLiteral()).orElseThrow();
        diagnostics.error(positions.at(h), "</" + tag + "> closes no <" + tag + "> opened before it on a line of its own; "
                + "remove it, or open the block with <" + tag + "> alone on a line");
        return h;
    }

    /** The element {@code tag} opened by {@code open}, added to {@code out}; returns its closing block, or null. */
    private Node container(HtmlBlock open, String tag, int depth, List<Block> out) {
        SourcePosition at = positions.at(open);
        Node close = closing(open, tag);
        if (close == null) {
            diagnostics.error(at, "<" + tag + "> is never closed; put </" + tag + "> on a line of its own, "
                    + "after a blank line, where the block ends");
            return null;
        }
        if (NestingLimit.BLOCKS.exceeded(depth, at, diagnostics)) {
            return close;
        }
        Map<String, String> attributes = new LinkedHashMap<>(rawHtml.containerAttributes(open.getLiteral(), at));
        String id = attributes.get("id");
        if (id != null && !references.anchor(id, at)) {
            attributes.remove("id");
        }
        // the blocks between are converted as a parent's children: detach them into a holder node
        Node holder = new Document();
        for (Node n = open.getNext(); n != close; ) {
            Node next = n.getNext();
            holder.appendChild(n);
            n = next;
        }
        open.insertAfter(holder);
        List<Block> children = new ArrayList<>();
        if (tag.equals("details")) {
            attributes.put("open", "open");   // RawHtml.summaries says why
            summary(open, holder, at).ifPresent(children::add);
        }
        children.addAll(blocks.convert(holder, depth + 1));
        out.add(new Block.Container(tag, attributes, children));
        return close;
    }

    /**
     * The title of a {@code <details>}: its {@code <summary>}, written in the opening block or as the first block
     * inside (taken out of the blocks to convert), else the chapter's word for it; empty when refused.
     */
    private Optional<Block> summary(HtmlBlock open, Node holder, SourcePosition at) {
        Optional<Map.Entry<String, Integer>> inOpening = RawHtml.openingSummary(open.getLiteral());
        if (inOpening.isPresent()) {
            int line = inOpening.get().getValue();
            return rawHtml.summary(inOpening.get().getKey(), line == 0 ? at : new SourcePosition(at.path(), at.line() + line, 1));
        }
        if (holder.getFirstChild() instanceof HtmlBlock first && RawHtml.isSummary(first.getLiteral())) {
            SourcePosition where = positions.at(first);
            first.unlink();
            return rawHtml.summary(first.getLiteral(), where);
        }
        return Optional.of(rawHtml.defaultSummary(at));
    }

    /** The block that closes {@code tag} after {@code open}, counting nested ones; null if none. */
    private static Node closing(HtmlBlock open, String tag) {
        int nested = 0;
        for (Node n = open.getNext(); n != null; n = n.getNext()) {
            if (n instanceof HtmlBlock h && RawHtml.loneOpening(h.getLiteral()).filter(tag::equals).isPresent()) {
                nested++;
            } else if (n instanceof HtmlBlock h && RawHtml.loneClosing(h.getLiteral()).filter(tag::equals).isPresent()) {
                if (nested == 0) {
                    return n;
                }
                nested--;
            }
        }
        return null;
    }
}
