package org.colophon.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.book.Book;
import org.colophon.book.TextRuns;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.text.Scripts;

/**
 * Text written right to left (Arabic, Hebrew, Syriac, Thaana…) cannot be printed: Flying Saucer lays out every line
 * left to right, with no bidirectional algorithm, so an Arabic word would print with its letters reversed and
 * unjoined. Such text is an error for the PDF, once per file, at its first place, never garbled print; the EPUB
 * carries it, as reading systems set it right to left themselves.
 */
final class RightToLeft {
    private RightToLeft() {
    }

    static List<Diagnostic> check(Book book) {
        Map<String, TextRuns.Run> first = new LinkedHashMap<>();
        TextRuns walk = new TextRuns(TextRuns.Face.PLAIN, run -> {
            if (run.kind() != TextRuns.Kind.SPACE && rightToLeft(run.text())) {
                first.putIfAbsent(run.at().path(), run);
            }
        });
        walk.book(book);
        List<Diagnostic> errors = new ArrayList<>();
        for (TextRuns.Run run : first.values()) {
            SourcePosition at = run.at();
            int cp = run.text().codePoints().filter(RightToLeft::strongRightToLeft).findFirst().orElse(' ');
            String before = run.text().substring(0, run.text().indexOf(new String(Character.toChars(cp))));
            int line = at.line() + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.contains("\n") ? before.codePointCount(before.lastIndexOf('\n') + 1, before.length()) + 1
                    : at.column() + before.codePointCount(0, before.length());
            errors.add(Diagnostic.error(at.path().isEmpty() ? "colophon" : at.path(), at.line() > 0 ? line : 0, at.line() > 0 ? column : 0,
                    Scripts.name(cp) + " text is written right to left, which Colophon cannot print: its PDF layout (Flying "
                    + "Saucer) sets every line left to right, and would print it reversed; build the EPUB alone "
                    + "(--format epub), which reading systems set right to left, or leave this text out of the print edition"));
        }
        return errors;
    }

    static boolean rightToLeft(String text) {
        return text.codePoints().anyMatch(RightToLeft::strongRightToLeft);
    }

    private static boolean strongRightToLeft(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }
}
