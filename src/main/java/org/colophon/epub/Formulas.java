package org.colophon.epub;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.colophon.book.Book;
import org.colophon.book.BookText;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.math.MathMl;
import org.colophon.text.TexRefused;
import org.colophon.xhtml.MathMarkup;
import org.colophon.xml.XmlWriter;

/**
 * The book's formulas as MathML (EPUB 3 allows it, and reading systems draw it): each set in proofing, before anything
 * is written, so that a formula KaTeX refuses is an error at its place, and set again as the book is written, which
 * KaTeX's engine, keeping what it set, answers at once. The MathML keeps the TeX as an {@code application/x-tex}
 * annotation, and the {@code <math>} element has it as its {@code alttext}, which a screen reader or an app that
 * shows no MathML says or shows instead.
 */
final class Formulas {
    private final Map<String, String> mathml = new HashMap<>();

    /** Sets every formula of the book; what KaTeX refuses, at its line and column. */
    List<Diagnostic> prepare(Book book) {
        List<BookText.Formula> formulas = BookText.formulas(book);
        List<Diagnostic> refused = new ArrayList<>();
        if (formulas.isEmpty()) {
            return refused;   // KaTeX is not even loaded
        }
        MathMl engine = MathMl.engine();
        for (BookText.Formula f : formulas) {
            String key = key(f.tex(), f.display());
            if (mathml.containsKey(key)) {
                continue;
            }
            try {
                mathml.put(key, engine.convert(f.tex(), f.display()));
            } catch (TexRefused e) {
                mathml.put(key, null);
                SourcePosition at = e.where(f.at(), f.tex());
                refused.add(Diagnostic.error(at.path(), at.line(), at.column(), "KaTeX, which sets the EPUB's math, cannot "
                        + "set this formula: " + e.getMessage()));
            }
        }
        return refused;
    }

    /** How the renderer writes a formula: its MathML, with the TeX as its text alternative. */
    MathMarkup markup() {
        return this::write;
    }

    private void write(XmlWriter w, String tex, boolean display) {
        String key = key(tex, display);
        String content = mathml.get(key);
        if (content == null && !mathml.containsKey(key)) {
            try {   // set in proofing, and kept by the engine
                content = MathMl.engine().convert(tex, display);
                mathml.put(key, content);
            } catch (TexRefused e) {
                throw new IllegalStateException("a formula KaTeX refuses reached the EPUB: " + tex + ": " + e.getMessage(), e);
            }
        }
        if (content == null) {
            throw new IllegalStateException("a formula KaTeX refused reached the EPUB: " + tex);
        }
        w.rawElement("math", content, "xmlns", MathMl.NAMESPACE, "display", display ? "block" : null, "alttext", tex);
    }

    private static String key(String tex, boolean display) {
        return (display ? "D" : "I") + tex;
    }
}
