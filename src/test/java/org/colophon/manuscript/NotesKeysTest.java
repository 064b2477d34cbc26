package org.colophon.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.colophon.book.Book;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.print.PrintLayout;
import org.colophon.testing.Manuscripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** book.yaml's {@code print.notes} (where print sets the notes) and {@code notes.numbering}, read without a build. */
class NotesKeysTest {
    @TempDir
    Path tmp;

    private Manuscript load(String yaml, Diagnostics d) throws IOException {
        Manuscripts m = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML + yaml).file("one.md", "# One\n\nText.\n");
        return new ManuscriptLoader(d).load(m.dir()).orElseThrow();
    }

    @Test
    void notesAreAtTheBackAndNumberedThroughTheBookUnlessBookYamlSaysOtherwise() throws IOException {
        Diagnostics d = new Diagnostics();
        Manuscript plain = load("", d);
        assertEquals(PrintLayout.Notes.END, plain.print().notes());
        assertEquals(Book.NoteNumbering.BOOK, plain.noteNumbering());
        Manuscript scholarly = load("notes:\n  numbering: chapter\nprint:\n  notes: foot\n", d);
        assertEquals(PrintLayout.Notes.FOOT, scholarly.print().notes());
        assertEquals(Book.NoteNumbering.CHAPTER, scholarly.noteNumbering());
        assertEquals(0, d.errorCount() + d.warningCount(), d.sorted().toString());
    }

    @Test
    void anotherValueIsAnErrorThatNamesTheChoices() throws IOException {
        Diagnostics d = new Diagnostics();
        load("notes:\n  numbering: section\nprint:\n  notes: margin\n", d);
        String all = d.sorted().toString();
        assertEquals(2, d.errorCount(), all);
        assertTrue(all.contains("book.yaml:6:14: error: 'section' is not a value of notes.numbering; write book"), all);
        assertTrue(all.contains("book.yaml:8:10: error: 'margin' is not a value of print.notes; write one of end, foot"), all);
    }

    @Test
    void anUnknownKeyUnderNotesIsAWarning() throws IOException {
        Diagnostics d = new Diagnostics();
        load("notes:\n  numbring: chapter\n", d);
        assertTrue(d.sorted().toString().contains("numbring"), d.sorted().toString());
        assertEquals(0, d.errorCount());
    }
}
