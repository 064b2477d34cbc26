package org.colophon.markdown;

import java.util.List;
import java.util.Optional;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.manuscript.SourceFile;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Where a parsed node stands in its chapter's source, for diagnostics, and the text it was written as. */
final class NodePositions {
    private final SourceFile source;
    /** The chapter's source lines, split when first needed. */
    private String[] lines;

    NodePositions(SourceFile source) {
        this.source = source;
    }

    /** The node's line and column; a node the parser made without a span (a holder) takes its parent's. */
    SourcePosition at(Node n) {
        for (Node cur = n; cur != null; cur = cur.getParent()) {
            List<SourceSpan> spans = cur.getSourceSpans();
            if (!spans.isEmpty()) {
                return source.at(spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1);
            }
        }
        return source.at(1, 1);
    }

    /** The position of a line and column index (from 0) of the chapter's source, as commonmark-java counts them. */
    SourcePosition at(int lineIndex, int columnIndex) {
        return source.at(lineIndex + 1, columnIndex + 1);
    }

    /** The text a node was written as, escapes and all, when it stands on one line of the source. */
    Optional<String> writtenAs(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        if (spans.size() != 1) {
            return Optional.empty();
        }
        if (lines == null) {
            lines = source.text().split("\n", -1);
        }
        SourceSpan s = spans.get(0);
        String line = s.getLineIndex() < lines.length ? lines[s.getLineIndex()] : "";
        int end = s.getColumnIndex() + s.getLength();
        return end <= line.length() ? Optional.of(line.substring(s.getColumnIndex(), end)) : Optional.empty();
    }
}
