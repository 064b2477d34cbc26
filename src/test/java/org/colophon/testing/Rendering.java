package org.colophon.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.colophon.epub.EpubWriter;
import org.colophon.book.Book;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.manuscript.ManuscriptLoader;
import org.colophon.markdown.BookAssembler;
import org.colophon.xhtml.Profile;
import org.colophon.xhtml.XhtmlRenderer;

/**
 * Markdown → model → XHTML without a build: a one-chapter book is read and assembled, and its chapter rendered as the
 * EPUB has it, in milliseconds; like commonmark-java's RenderingTestCase. End-to-end builds keep the integration role.
 */
public final class Rendering {
    private Rendering() {
    }

    /** The chapter's body (what lies inside its {@code <section>}), and every diagnostic. */
    public record Result(String body, List<Diagnostic> diagnostics) {
        public String messages() {
            return String.join("\n", diagnostics.stream().map(Diagnostic::toString).toList());
        }
    }

    public static Result render(String markdown) {
        return render(markdown, "en");
    }

    public static Result render(String markdown, String language) {
        try {
            Path dir = Files.createTempDirectory("colophon-rendering");
            try {
                Files.writeString(dir.resolve("book.yaml"), Manuscripts.VALID_YAML.replace("language: en", "language: " + language));
                Files.writeString(dir.resolve("chapter.md"), markdown);
                Diagnostics d = new Diagnostics();
                var manuscript = new ManuscriptLoader(d).load(dir).orElseThrow(() -> new AssertionError(d.sorted()));
                Book book = new BookAssembler(d).assemble(manuscript, Instant.EPOCH);
                String document = new XhtmlRenderer(book, EpubWriter.PROFILE).chapterDocument(book.chapters().get(0));
                int open = document.indexOf('>', document.indexOf("<section")) + 1;
                String body = document.substring(open, document.lastIndexOf("</section>")).strip();
                return new Result(body, d.sorted());
            } finally {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
