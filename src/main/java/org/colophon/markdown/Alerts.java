package org.colophon.markdown;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    private Alerts() {
    }

    /** The kind of alert a block quote is, its marker taken out of it; empty for a quotation. */
    static Optional<Block.Alert.Kind> take(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph p) || !(p.getFirstChild() instanceof Text marker)) {
            return Optional.empty();
        }
        String literal = marker.getLiteral().strip();
        if (!literal.startsWith("[!") || !literal.endsWith("]")) {
            return Optional.empty();
        }
        Optional<Block.Alert.Kind> kind = kind(literal.substring(2, literal.length() - 1));
        Node after = marker.getNext();
        if (kind.isEmpty() || !(after == null || after instanceof SoftLineBreak || after instanceof HardLineBreak)) {
            return Optional.empty();   // "[!NOTE] and more text" on the first line is a quotation, as on GitHub
        }
        if (after != null) {
            after.unlink();
        }
        marker.unlink();
        if (p.getFirstChild() == null) {
            p.unlink();   // the marker alone in its paragraph, a blank line after it
        }
        return kind;
    }

    /** The kind GitHub writes as {@code NOTE}, {@code note}…; empty for another word. */
    static Optional<Block.Alert.Kind> kind(String written) {
        return Arrays.stream(Block.Alert.Kind.values()).filter(k -> k.written().equals(written.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** The alert as the book has it: its title (the kind's word, unless the author gave one), then what it holds. */
    static Block block(Block.Alert.Kind kind, Optional<String> title, Optional<String> id, List<Block> content, Labels labels,
            SourcePosition at) {
        return new Block.Alert(kind, title.orElse(labels.get("alert-" + kind.written())), at, id, List.copyOf(content));
    }

    /** A title set above a note's content, in bold. */
    static Block title(String title, SourcePosition at) {
        Element body = Document.createShell("").body();
        body.appendElement("p").attr("class", "alert-title").text(title);
        return new Block.Html(RawHtml.xhtml(body), List.of(new Block.HtmlText(title, false, true, false, at)));
    }
}
