package org.colophon.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colophon.book.Block;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.l10n.Labels;
import org.commonmark.node.BlockQuote;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * GitHub's alerts: a block quote whose first line is {@code [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]},
 * {@code [!WARNING]} or {@code [!CAUTION]}. In a book it is a note set apart ({@code <div class="alert alert-note"
 * role="note">}) under its kind's word in the chapter's language ({@code alert-note}…), rather than a quotation that
 * begins with "[!NOTE]".
 */
final class Alerts {
    private static final Set<String> KINDS = Set.of("note", "tip", "important", "warning", "caution");

    private Alerts() {
    }

    /** The kind of alert a block quote is, its marker taken out of it; empty for a quotation. */
    static Optional<String> take(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph p) || !(p.getFirstChild() instanceof Text marker)) {
            return Optional.empty();
        }
        String literal = marker.getLiteral().strip();
        if (!literal.startsWith("[!") || !literal.endsWith("]")) {
            return Optional.empty();
        }
        String kind = literal.substring(2, literal.length() - 1).toLowerCase(Locale.ROOT);
        Node after = marker.getNext();
        if (!KINDS.contains(kind) || !(after == null || after instanceof SoftLineBreak || after instanceof HardLineBreak)) {
            return Optional.empty();   // "[!NOTE] and more text" on the first line is a quotation, as on GitHub
        }
        if (after != null) {
            after.unlink();
        }
        marker.unlink();
        if (p.getFirstChild() == null) {
            p.unlink();   // the marker alone in its paragraph, a blank line after it
        }
        return Optional.of(kind);
    }

    /**
     * The alert as the book has it: its title (the kind's word, unless the author gave one), then what it holds;
     * {@code id}, when the author gave one the book took.
     */
    static Block block(String kind, Optional<String> title, Optional<String> id, List<Block> content, Labels labels,
            SourcePosition at) {
        List<Block> children = new ArrayList<>();
        children.add(title(title.orElse(labels.get("alert-" + kind)), at));
        children.addAll(content);
        Map<String, String> attributes = new LinkedHashMap<>();   // in this order in every build
        id.ifPresent(i -> attributes.put("id", i));
        attributes.put("class", "alert alert-" + kind);
        attributes.put("role", "note");
        return new Block.Container("div", attributes, children);
    }

    /** A title set above a note's content, in bold. */
    static Block title(String title, SourcePosition at) {
        Element body = Document.createShell("").body();
        body.appendElement("p").attr("class", "alert-title").text(title);
        return new Block.Html(RawHtml.xhtml(body), List.of(new Block.HtmlText(title, false, true, false, at)));
    }
}
