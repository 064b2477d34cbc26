package org.colophon.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.colophon.book.Book;
import org.colophon.book.BookText;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.text.TexRefused;
import org.scilab.forge.jlatexmath.TeXIcon;

/** What print needs of the book's formulas before layout: each set by jlatexmath, and no wider than the text block. */
final class MathProof {
    /** The size of the body text, which a formula takes (print.css). */
    static final float BODY = 10.5f;

    private MathProof() {
    }

    static List<Diagnostic> check(Book book, TexFormulas formulas, double textWidth) {
        List<Diagnostic> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BookText.Formula f : BookText.formulas(book)) {
            if (!seen.add((f.display() ? "D" : "I") + f.tex())) {
                continue;
            }
            try {
                TeXIcon icon = formulas.icon(f.tex(), f.display(), BODY);
                double width = icon.getTrueIconWidth();
                if (width > textWidth) {
                    found.add(Diagnostic.warning(f.at().path(), f.at().line(), f.at().column(), String.format(
                            "this formula is %.0f pt wide in print, wider than the text block (%.0f pt): it is shrunk to "
                                    + "fit, to %.0f %% of its size; break it over lines (\\begin{aligned}…\\end{aligned}) "
                                    + "or shorten it", width, textWidth, 100 * textWidth / width)));
                }
            } catch (TexRefused e) {
                SourcePosition at = e.where(f.at(), f.tex());
                found.add(Diagnostic.error(at.path(), at.line(), at.column(),
                        "jlatexmath, which sets the PDF's math, cannot set this formula: " + e.getMessage()));
            }
        }
        return found;
    }
}
