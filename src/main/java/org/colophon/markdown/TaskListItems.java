package org.colophon.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.book.Block;
import org.colophon.book.Inline;
import org.colophon.book.Metadata;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * The box of a task list item ({@code - [ ]}, {@code - [x]}, as GitHub reads them), which goes at the start of its
 * first paragraph. Read here rather than by commonmark's task-list extension, whose visitor recurses without limit.
 */
final class TaskListItems {
    private static final Pattern TASK = Pattern.compile("\\[([ xX])\\][ \\t]+");

    private final Metadata metadata;
    /** The chapter's language, which the box's spoken label follows. */
    private final String language;

    TaskListItems(Metadata metadata, String language) {
        this.metadata = metadata;
        this.language = language;
    }

    /** Takes the box off the start of a list item: true when ticked, false when not, null when it has none. */
    Boolean takeBox(Node item) {
        if (item.getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof Text t) {
            Matcher m = TASK.matcher(t.getLiteral());
            if (m.lookingAt() && (m.end() < t.getLiteral().length() || t.getNext() != null)) {
                t.setLiteral(t.getLiteral().substring(m.end()));
                return !m.group(1).equals(" ");
            }
        }
        return null;
    }

    /** The item's blocks with the box taken by {@link #takeBox} put back before its first paragraph, as a marker. */
    List<Block> withBox(Boolean checked, List<Block> blocks) {
        if (checked != null && !blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph p) {
            List<Inline> content = new ArrayList<>();
            content.add(new Inline.TaskMarker(checked, ChapterLabels.task(metadata.labels(), metadata.language(), language, checked)));
            content.add(new Inline.Text(" "));
            content.addAll(p.content());
            blocks.set(0, new Block.Paragraph(List.copyOf(content)));
        }
        return blocks;
    }
}
