package org.colophon.book;

import java.util.List;

/** Functions over inline content. */
public final class Inlines {
    private Inlines() {
    }

    /** The text of inline content as a reader hears it, for titles, ids and running heads. */
    public static String plainText(List<Inline> inlines) {
        return read(TextRuns.ofInlines(inlines)).strip().replaceAll("\\s+", " ");
    }

    /** What a reader reads of {@code runs}: the words and the spaces between them, not the marks Colophon draws. */
    static String read(List<TextRuns.Run> runs) {
        StringBuilder sb = new StringBuilder();
        for (TextRuns.Run run : runs) {
            if (run.read()) {
                sb.append(run.text());
            }
        }
        return sb.toString();
    }
}
