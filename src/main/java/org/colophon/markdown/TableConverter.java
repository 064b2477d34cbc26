package org.colophon.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.colophon.book.Block;
import org.colophon.book.Inline;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/** A GFM table as a model table: its header row, its body rows and the alignment of each column. */
final class TableConverter {
    private TableConverter() {
    }

    /** The table, each cell's content converted by {@code inlines}. */
    static Block.Table table(TableBlock t, Function<Node, List<Inline>> inlines) {
        List<List<Inline>> header = new ArrayList<>();
        List<List<List<Inline>>> rows = new ArrayList<>();
        List<String> alignments = new ArrayList<>();
        for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<List<Inline>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(inlines.apply(cell));
                    if (section instanceof TableHead && cell instanceof TableCell c) {
                        alignments.add(c.getAlignment() == null ? null : c.getAlignment().name().toLowerCase(Locale.ROOT));
                    }
                }
                if (section instanceof TableHead) {
                    header = cells;
                } else {
                    rows.add(cells);
                }
            }
        }
        return new Block.Table(header, rows, Collections.unmodifiableList(alignments));
    }
}
