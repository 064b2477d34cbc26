package org.colophon.markdown;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.manuscript.SourceFile;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * A parsed code block as written: its info string, its text, where its fence and its lines stand (so that an
 * include written on its third line is reported there, at its column).
 */
final class CodeBlockSource {
    /** kramdown's inline attribute list alone on a line: {@code {: .language-bash}}. */
    private static final Pattern IAL = Pattern.compile("\\{:\\s*([^}]*)\\}");

    private final Node node;
    private final SourceFile source;
    private final SourcePosition at;

    CodeBlockSource(Node node, SourceFile source, SourcePosition at) {
        this.node = node;
        this.source = source;
        this.at = at;
    }

    String info() {
        return node instanceof FencedCodeBlock f && f.getInfo() != null ? f.getInfo() : "";
    }

    String literal() {
        return node instanceof FencedCodeBlock f ? f.getLiteral() : ((IndentedCodeBlock) node).getLiteral();
    }

    CodeBlocks.Place place() {
        boolean fenced = node instanceof FencedCodeBlock;
        SourcePosition text = fenced ? at.at(at.line() + 1, 1) : at;
        Path folder = source.file().toAbsolutePath().normalize().getParent();
        List<SourceSpan> spans = node.getSourceSpans();
        String[] lines = source.text().split("\n", -1);
        return new CodeBlocks.Place(at, text, folder, (line, written) -> {
            int index = line + (fenced ? 1 : 0);   // the fence's own line is the block's first span
            if (index < spans.size()) {
                int sourceLine = spans.get(index).getLineIndex();
                int column = sourceLine < lines.length ? lines[sourceLine].indexOf(written) : -1;
                return source.at(sourceLine + 1, column < 0 ? 1 : column + 1);
            }
            return text.at(text.line() + line, 1);
        });
    }

    /** The attributes of a paragraph that is a kramdown attribute list alone ({@code {: .language-bash}}), if it is one. */
    static Optional<String> ial(Node next) {
        if (next instanceof Paragraph p && p.getFirstChild() instanceof Text t && t.getNext() == null) {
            Matcher m = IAL.matcher(t.getLiteral().strip());
            if (m.matches()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }
}
