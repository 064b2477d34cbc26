package org.colophon.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.colophon.book.Block;
import org.colophon.book.Inline;
import org.colophon.cite.CitationProcessor;
import org.colophon.diagnostic.SourcePosition;

/**
 * The citations of one chapter's text. In an author-date or numeric style a citation stays in the text, each cite
 * linked to its entry; in a note style it becomes a note of its own, numbered with the author's notes (a citation in
 * an author's note stays in that note's text). {@code @key says} names the author in the text: "Nguyen (2019, 12)", or
 * in a note style "Nguyen" with the note. A key that no bibliography file has is an error where it stands, with the
 * near keys as a hint; the citation is then printed as written.
 */
final class ChapterCitations {
    private final BookCitations book;
    private final ChapterNotes notes;
    private final BookAssembler.BookState state;
    private final Locale locale;

    private final org.colophon.l10n.Labels labels;

    ChapterCitations(BookCitations book, ChapterNotes notes, BookAssembler.BookState state, org.colophon.l10n.Labels labels) {
        this.book = book;
        this.notes = notes;
        this.state = state;
        this.labels = labels;
        this.locale = labels.locale();
        if (book != null) {
            book.processor.startChapter();
        }
    }

    /**
     * Adds {@code literal} to {@code out} with its citations made: the text around them through {@code text} (which
     * sets its typography), each citation as the style wants it. Returns false when it holds none.
     */
    boolean convert(String literal, java.util.Optional<String> written, SourcePosition at,
            java.util.function.Function<String, Inline> text, List<Inline> out) {
        List<CitationSyntax.Match> matches = CitationSyntax.find(literal, escapes(literal, written.orElse(literal)));
        if (matches.isEmpty()) {
            return false;
        }
        int from = 0;
        boolean made = false;
        for (CitationSyntax.Match m : matches) {
            boolean crossRef = m.cites().stream().allMatch(c -> CrossRefs.KEY.matcher(c.key()).matches());
            if (!crossRef && book == null) {
                // a book with no bibliography prints [@key] as written: said once for the book (BookAssembler); one
                // whose bibliography or style cannot be used has had its error
                if (!m.inText() && !state.manuscript.apparatus().cites()) {
                    state.unbound.add(literal.substring(m.start(), m.end()), new SourcePosition(at.path(), at.line(), at.column() + m.start()));
                }
                continue;
            }
            if (!crossRef && !known(m, literal, at)) {
                continue;   // printed as written, with the text around it
            }
            made = true;
            boolean note = !crossRef && book.processor.isNoteStyle() && !notes.inNote() && !m.inText();
            String before = literal.substring(from, m.start());
            if (note) {
                before = before.stripTrailing();   // "signed in 1978 [@key]." is "signed in 1978.¹"
            }
            if (!before.isEmpty()) {
                out.add(text.apply(before));
            }
            int end = m.end();
            if (note) {
                // a note's number follows the punctuation (Chicago 14.26), as pandoc moves it
                int p = end;
                while (p < literal.length() && ".,;:!?".indexOf(literal.charAt(p)) >= 0) {
                    p++;
                }
                if (p > end) {
                    out.add(text.apply(literal.substring(end, p)));
                    end = p;
                }
            }
            if (crossRef) {
                int p = end;
                while (p < literal.length() && ").,;:!?]\u201D\u2019".indexOf(literal.charAt(p)) >= 0) {
                    p++;
                }
                if (crossRefs(m, at, text, out, literal.substring(end, p))) {
                    end = p;   // the punctuation went with the page reference
                }
            } else {
                citation(m, out);
            }
            from = end;
        }
        if (!made) {
            return false;
        }
        if (from < literal.length()) {
            out.add(text.apply(literal.substring(from)));
        }
        return true;
    }

    /**
     * Cross-references: {@code @fig:harbour} "Figure 3", {@code [-@fig:harbour]} "3", {@code @fig:harbour[page]} "on
     * page 42", each with the author's prefix and suffix around it; checked once the whole book is read.
     */
    private boolean crossRefs(CitationSyntax.Match m, SourcePosition at, java.util.function.Function<String, Inline> text,
            List<Inline> out, String punctuation) {
        boolean took = false;
        for (int i = 0; i < m.cites().size(); i++) {
            CitationSyntax.Written c = m.cites().get(i);
            if (i > 0) {
                out.add(text.apply(", "));
            }
            if (!c.prefix().isEmpty()) {
                out.add(text.apply(c.prefix() + " "));
            }
            String suffix = (c.locator().isEmpty() ? c.suffix() : c.locator() + " " + c.suffix()).replaceFirst("^,\\s*", "").strip();
            Inline.CrossRef.Form form = suffix.equals("page") ? Inline.CrossRef.Form.PAGE
                    : c.suppressAuthor() ? Inline.CrossRef.Form.NUMBER : Inline.CrossRef.Form.LABEL;
            String kind = c.key().split("[:-]", 2)[0];
            boolean last = i == m.cites().size() - 1 && form == Inline.CrossRef.Form.PAGE && !punctuation.isEmpty();
            out.add(new Inline.CrossRef(CrossRefs.id(c.key()), form, labels.get(CrossRefs.WORDS.get(kind)), labels.get("on-page"),
                    last ? punctuation : ""));
            took |= last;
            state.crossRefs.referenced(c.key(), new SourcePosition(at.path(), at.line(), at.column() + c.keyAt() - 1));
            if (form != Inline.CrossRef.Form.PAGE && !suffix.isEmpty()) {
                out.add(text.apply(" " + suffix));
            }
        }
        return took;
    }

    /**
     * The places of the literal's {@code @} that the author escaped ({@code \\@}): the n-th {@code @} of the text is
     * the n-th of the source, unless an entity made one.
     */
    static java.util.Set<Integer> escapes(String literal, String written) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        List<Integer> inText = new ArrayList<>();
        List<Integer> inSource = new ArrayList<>();
        for (int i = 0; i < literal.length(); i++) {
            if (literal.charAt(i) == '@') {
                inText.add(i);
            }
        }
        for (int i = 0; i < written.length(); i++) {
            if (written.charAt(i) == '@') {
                inSource.add(i);
            }
        }
        if (inText.size() == inSource.size()) {
            for (int n = 0; n < inText.size(); n++) {
                int s = inSource.get(n);
                if (s > 0 && written.charAt(s - 1) == '\\') {
                    out.add(inText.get(n));
                }
            }
        }
        return out;
    }

    /** Whether every key of the citation is in a bibliography; each one that is not is an error, with a hint. */
    private boolean known(CitationSyntax.Match m, String literal, SourcePosition at) {
        boolean all = true;
        for (CitationSyntax.Written c : m.cites()) {
            if (!book.references.has(c.key())) {
                all = false;
                List<String> near = AnchorHints.near(c.key(), book.known());
                state.diagnostics.error(new SourcePosition(at.path(), at.line(), at.column() + c.keyAt() - 1),
                        "citation '@" + c.key() + "' names no entry of " + book.files()
                        + (near.isEmpty() ? "" : " (did you mean @" + String.join(", @", near) + "?)")
                        + "; to print an @ that cites nothing, write it as \\@");
            }
        }
        return all;
    }

    private void citation(CitationSyntax.Match m, List<Inline> out) {
        CitationProcessor p = book.processor;
        List<CitationProcessor.Cite> cites = new ArrayList<>();
        for (CitationSyntax.Written w : m.cites()) {
            cites.add(new CitationProcessor.Cite(w.key(), w.prefix(), w.suffix(), w.locator(), w.label(),
                    w.suppressAuthor() || m.inText() && !p.isNoteStyle()));
        }
        if (m.inText()) {
            out.add(link(cites.get(0).key(), p.author(cites.get(0).key())));
            out.add(new Inline.Text(" "));
        }
        if (p.isNoteStyle() && !notes.inNote()) {
            notes.generated(number -> List.of(new Block.Paragraph(capitalised(p.citation(cites, number, true, this::link)))))
                    .ifPresent(out::add);
        } else if (p.isNoteStyle()) {
            // in the author's own note: the cite runs on in its sentence, which the author's punctuation ends
            out.addAll(p.citation(cites, notes.currentNumber(), false, this::link));
        } else {
            out.addAll(p.citation(cites, notes.inNote() ? notes.currentNumber() : 0, true, this::link));
        }
    }

    private Inline link(String key, List<Inline> content) {
        return new Inline.BiblioRef(book.chapterId, CitationProcessor.entryId(key), content);
    }

    /** A note starts with a capital: "See Nguyen…", "Ibid." */
    private List<Inline> capitalised(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(inlines);
        for (int i = 0; i < out.size(); i++) {
            Inline first = out.get(i);
            if (first instanceof Inline.Text t && !t.text().isBlank()) {
                out.set(i, new Inline.Text(t.text().substring(0, 1).toUpperCase(locale) + t.text().substring(1)));
                return out;
            }
            if (first instanceof Inline.BiblioRef r && !r.children().isEmpty()) {
                out.set(i, new Inline.BiblioRef(r.chapterId(), r.entryId(), capitalised(r.children())));
                return out;
            }
            if (!(first instanceof Inline.Text)) {
                return out;
            }
        }
        return out;
    }
}
