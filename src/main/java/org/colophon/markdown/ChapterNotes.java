package org.colophon.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.book.Ids;
import org.colophon.book.Block;
import org.colophon.book.Inline;
import org.colophon.book.Note;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.text.Texts;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.node.Node;

/**
 * The notes of one chapter file: {@code [^label]: …} definitions, and the number each label gets, through the whole
 * book, at its first reference. Labels belong to their file; numbers to the book.
 */
final class ChapterNotes {
    private static final Pattern UNDEFINED_REF = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");

    private final BookAssembler.BookState book;
    private final String chapterId;
    private final Function<Node, SourcePosition> at;
    private final Map<String, FootnoteDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private boolean inNote;

    ChapterNotes(BookAssembler.BookState book, String chapterId, Function<Node, SourcePosition> at) {
        this.book = book;
        this.chapterId = chapterId;
        this.at = at;
    }

    /** A label as CommonMark matches it: case-insensitive, white space collapsed ([^Bar] is [^bar]). */
    static String key(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT);
    }

    /**
     * Reads the definitions of a parsed chapter, wherever they stand (mdBook and GitHub take one written inside a
     * block quote or a list item, beside the text that references it); a label defined twice is an error.
     */
    void collect(Node document) {
        // in document order, without recursion: a chapter may nest blocks thousands deep (NestingLimit reports it)
        Node n = document.getFirstChild();
        while (n != null) {
            if (n instanceof FootnoteDefinition def) {
                FootnoteDefinition first = definitions.putIfAbsent(key(def.getLabel()), def);
                if (first != null) {
                    book.diagnostics.error(at.apply(def), "footnote [^" + def.getLabel() + "] is defined twice; "
                            + "the first definition is at line " + at.apply(first).line());
                }
            } else if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            while (n != null && n.getNext() == null && n != document) {
                n = n.getParent();
            }
            n = n == null || n == document ? null : n.getNext();
        }
    }

    /**
     * A reference: the note's number, and an anchor of its own for the back-link. At the first reference the note's
     * content is converted with {@code content}.
     */
    Optional<Inline> reference(FootnoteReference ref, Function<FootnoteDefinition, List<Block>> content) {
        String label = ref.getLabel();
        if (inNote) {
            book.diagnostics.error(at.apply(ref), "a note cannot reference another note ([^" + label + "])");
            return Optional.empty();
        }
        FootnoteDefinition def = definitions.get(key(label));
        if (def == null) {
            book.diagnostics.error(at.apply(ref), "footnote [^" + label + "] is referenced but never defined");
            return Optional.empty();
        }
        Integer number = numbers.get(key(label));
        if (number == null) {
            number = newNote(() -> content.apply(def));
            numbers.put(key(label), number);
            return Optional.of(new Inline.NoteRef(number, book.note(number).refIds().get(0)));
        }
        Note note = book.note(number);
        String refId = book.uniqueId(Ids.noteReference(number, note.refIds().size() + 1));
        List<String> refIds = new ArrayList<>(note.refIds());
        refIds.add(refId);
        book.replaceNote(new Note(number, note.chapterId(), List.copyOf(refIds), note.blocks()));
        return Optional.of(new Inline.NoteRef(number, refId));
    }

    /** An inline note {@code ^[…]}: a note of its own, numbered in reading order with the others. */
    Optional<Inline> inline(InlineFootnote note, SourcePosition where, Supplier<List<Block>> content) {
        if (inNote) {
            book.diagnostics.error(where, "a note cannot hold another note (^[…]); move it into the text");
            return Optional.empty();
        }
        int number = newNote(content);
        return Optional.of(new Inline.NoteRef(number, book.note(number).refIds().get(0)));
    }

    /** Numbers a new note and converts its content; its number is taken first, so notes inside count after it. */
    private int newNote(Supplier<List<Block>> content) {
        int number = book.nextNoteNumber();
        String refId = book.uniqueId(Ids.noteReference(number, 1));
        book.addNote(new Note(number, chapterId, List.of(refId), List.of()));
        inNote = true;
        List<Block> blocks = content.get();
        inNote = false;
        book.replaceNote(new Note(number, chapterId, List.of(refId), blocks));
        return number;
    }

    /** Whether a note's content is being converted: a citation there stays in its text. */
    boolean inNote() {
        return inNote;
    }

    /** The number of the note being converted, or of the last one. */
    int currentNumber() {
        return book.nextNoteNumber() - 1;
    }

    /** A note Colophon makes (a citation in a note style), numbered with the author's, its content given its number. */
    Optional<Inline> generated(java.util.function.IntFunction<List<Block>> content) {
        int number = book.nextNoteNumber();
        newNote(() -> content.apply(number));
        return Optional.of(new Inline.NoteRef(number, book.note(number).refIds().get(0)));
    }

    /** The footnotes extension leaves "[^7]" as text when no [^7]: is defined; catch it there, with a hint. */
    void checkText(String literal, SourcePosition where) {
        Matcher m = UNDEFINED_REF.matcher(literal);
        while (m.find()) {
            String label = m.group(1);
            List<String> labels = definitions.values().stream().map(FootnoteDefinition::getLabel).toList();
            String hint = labels.stream()
                    .filter(l -> Math.max(l.length(), label.length()) > 1
                            && Texts.editDistance(l, label) <= Math.max(1, label.length() / 3))
                    .findFirst().map(l -> " (did you mean [^" + l + "]?)")
                    .orElse(definitions.isEmpty() ? "" : "; defined notes here: " + String.join(", ",
                            labels.stream().map(l -> "[^" + l + "]").toList()));
            book.diagnostics.error(new SourcePosition(where.path(), where.line(), where.column() + m.start()),
                    "footnote [^" + label + "] is referenced but never defined" + hint);
        }
    }

    /** Once the chapter is converted: a definition nothing referenced would be lost, so it is an error. */
    void reportUnreferenced() {
        for (Map.Entry<String, FootnoteDefinition> d : definitions.entrySet()) {
            if (!numbers.containsKey(d.getKey())) {
                book.diagnostics.error(at.apply(d.getValue()), "footnote [^" + d.getValue().getLabel() + "] is defined but never referenced; "
                        + "reference it in the text or delete it");
            }
        }
    }
}
