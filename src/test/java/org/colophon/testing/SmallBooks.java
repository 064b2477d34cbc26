package org.colophon.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.colophon.book.Book;
import org.colophon.book.Chapter;
import org.colophon.book.Note;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.manuscript.ManuscriptLoader;
import org.colophon.markdown.BookAssembler;
import org.colophon.typeface.Typefaces;
import org.colophon.xhtml.XhtmlRenderer;

/**
 * A book of a few files (book.yaml's extra lines, chapters, a bibliography) read into the model and rendered as the
 * EPUB has it, in milliseconds: for what spans chapters, such as citations and their notes and bibliography.
 */
public final class SmallBooks {
    private SmallBooks() {
    }

    /** The book, each chapter's EPUB body and the notes' text, and every diagnostic. */
    public record Result(Book book, List<String> chapters, List<Diagnostic> diagnostics, String folder) {
        /** Every diagnostic, a line each, with its path from the manuscript folder. */
        public String messages() {
            return String.join("\n", diagnostics.stream().map(d -> d.toString().replace(folder, "")).toList());
        }

        /** The body of chapter {@code i}. */
        public String chapter(int i) {
            return chapters.get(i);
        }

        /** The plain text of note {@code number}. */
        public String note(int number) {
            Note n = book.notes().get(number - 1);
            StringBuilder s = new StringBuilder();
            n.blocks().forEach(b -> {
                if (b instanceof org.colophon.book.Block.Paragraph p) {
                    s.append(org.colophon.book.Inlines.plainText(p.content()));
                }
            });
            return s.toString();
        }

        /** The notes document of the first chapter with notes, as the EPUB has it. */
        public String notesDocument() {
            XhtmlRenderer r = new XhtmlRenderer(book, org.colophon.epub.EpubWriter.PROFILE);
            return r.notesDocument(r.chaptersWithNotes().get(0));
        }
    }

    /** {@code yaml} is added to a valid book.yaml in {@code language}; {@code files} are written by name. */
    public static Result build(String language, String yaml, Map<String, String> files) {
        return build(language, yaml, files, Map.of());
    }

    /** As {@link #build(String, String, Map)}, with files of bytes too (images). */
    public static Result build(String language, String yaml, Map<String, String> files, Map<String, byte[]> binaries) {
        try {
            Path dir = Files.createTempDirectory("colophon-small-book");
            try {
                Files.writeString(dir.resolve("book.yaml"), Manuscripts.VALID_YAML.replace("language: en", "language: " + language) + yaml);
                for (Map.Entry<String, String> f : files.entrySet()) {
                    Files.createDirectories(dir.resolve(f.getKey()).getParent());
                    Files.writeString(dir.resolve(f.getKey()), f.getValue());
                }
                for (Map.Entry<String, byte[]> f : binaries.entrySet()) {
                    Files.write(dir.resolve(f.getKey()), f.getValue());
                }
                Diagnostics d = new Diagnostics();
                var manuscript = new ManuscriptLoader(d).load(dir).orElseThrow(() -> new AssertionError(d.sorted()));
                Book book = new BookAssembler(d).assemble(manuscript, Typefaces.literata(), Instant.EPOCH);
                XhtmlRenderer renderer = new XhtmlRenderer(book, org.colophon.epub.EpubWriter.PROFILE);
                List<String> bodies = new java.util.ArrayList<>();
                for (Chapter c : book.chapters()) {
                    String document = renderer.chapterDocument(c);
                    int open = document.indexOf('>', document.indexOf("<section")) + 1;
                    bodies.add(document.substring(open, document.lastIndexOf("</section>")).strip());
                }
                return new Result(book, bodies, d.sorted(), dir.toAbsolutePath() + java.io.File.separator);
            } finally {
                try (var all = Files.walk(dir)) {
                    all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
