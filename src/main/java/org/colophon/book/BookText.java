package org.colophon.book;

import java.util.ArrayList;
import java.util.List;
import org.colophon.text.Texts;

/** The plain text of blocks, as a reader would read it aloud (for word counts), and the book's figures. */
public final class BookText {
    private BookText() {
    }

    /** The text of blocks as a reader reads it: each block's text ends a line, so that no two blocks' words meet. */
    public static String of(List<Block> blocks) {
        return Inlines.read(TextRuns.of(blocks));
    }

    /** Every word of the book: chapters, then notes. */
    public static int words(Book book) {
        int words = 0;
        for (Chapter c : book.chapters()) {
            words += Texts.countWords(of(c.blocks()));
        }
        for (Note n : book.notes()) {
            words += Texts.countWords(of(n.blocks()));
        }
        return words;
    }

    /** Every figure of the book's chapters, wherever it stands (in a quotation, a list, a wrapper), in reading order. */
    public static List<Block.Figure> figures(Book book) {
        List<Block.Figure> figures = new ArrayList<>();
        Traversal collect = new Traversal() {
            @Override
            public void visit(Block.Figure figure) {
                figures.add(figure);
            }
        };
        book.chapters().forEach(c -> collect.blocks(c.blocks()));
        return figures;
    }

    /** A formula of the book, wherever it stands: its TeX, whether it is set in display style, where its TeX begins. */
    public record Formula(String tex, boolean display, org.colophon.diagnostic.SourcePosition at) {
    }

    /** Every formula of the book's chapters and notes, in reading order, each time it stands. */
    public static List<Formula> formulas(Book book) {
        List<Formula> formulas = new ArrayList<>();
        new Traversal() {
            @Override
            public void visit(Block.Math math) {
                formulas.add(new Formula(math.tex(), true, math.at()));
            }

            @Override
            public void visit(Inline.Math math) {
                formulas.add(new Formula(math.tex(), math.display(), math.at()));
            }
        }.book(book);
        return formulas;
    }

    /** Whether the blocks hold a formula anywhere (a chapter's document then holds MathML). */
    public static boolean hasMath(List<Block> blocks) {
        boolean[] found = {false};
        new Traversal() {
            @Override
            public void visit(Block.Math math) {
                found[0] = true;
            }

            @Override
            public void visit(Inline.Math math) {
                found[0] = true;
            }
        }.blocks(blocks);
        return found[0];
    }
}
