package org.colophon.testing;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.manuscript.Manuscript;
import org.colophon.manuscript.ManuscriptLoader;

/**
 * A small manuscript kept in memory: book.yaml, chapters and files (real images from {@link TestImages}) are written
 * into an in-memory file system and read by the real {@link ManuscriptLoader}, with no temporary folder. The
 * manuscript stands at {@code /work/manuscript} and the file system's working folder is {@code /work}, so that paths
 * print as a build run beside the manuscript prints them ({@code manuscript/one.md:3:1: error: …}).
 * <pre>{@code
 * TestManuscript m = TestManuscript.of("# One\n\nText.").language("vi").yaml("toc-depth: 3")
 *         .chapter("two.md", "# Two").file("images/dot.png", TestImages.png(4, 4));
 * }</pre>
 * Each call returns a new description; nothing is written until {@link #write} or {@link #load}.
 */
public final class TestManuscript {
    /** The chapter that {@link #of} makes, and the one {@link Rendering} renders unless told another. */
    public static final String CHAPTER = "chapter.md";

    private final String bookYaml;
    private final Map<String, byte[]> files;
    private final String main;

    private TestManuscript(String bookYaml, Map<String, byte[]> files, String main) {
        this.bookYaml = bookYaml;
        this.files = files;
        this.main = main;
    }

    /** {@link Manuscripts#VALID_YAML} and one chapter, {@value #CHAPTER}. */
    public static TestManuscript of(String markdown) {
        return empty().chapter(CHAPTER, markdown);
    }

    /** {@link Manuscripts#VALID_YAML} and no chapter yet. */
    public static TestManuscript empty() {
        return new TestManuscript(Manuscripts.VALID_YAML, Map.of(), null);
    }

    /** book.yaml as given, whole (for tests of book.yaml itself). */
    public TestManuscript bookYaml(String yaml) {
        return new TestManuscript(yaml, files, main);
    }

    /** No book.yaml at all (for the error that says so). */
    public TestManuscript withoutBookYaml() {
        return new TestManuscript(null, files, main);
    }

    /** The book's language (book.yaml's {@code language:}). */
    public TestManuscript language(String tag) {
        return bookYaml(bookYaml.replaceFirst("(?m)^language: .*$", "language: " + tag));
    }

    /** More book.yaml lines, after the valid ones ({@code "toc-depth: 3"}, {@code "chapters: [one.md, two.md]"}). */
    public TestManuscript yaml(String lines) {
        return bookYaml(bookYaml + (lines.endsWith("\n") ? lines : lines + "\n"));
    }

    /** A chapter; the first one added is the one rendered unless another is named. */
    public TestManuscript chapter(String name, String markdown) {
        TestManuscript t = file(name, markdown);
        return main == null ? new TestManuscript(bookYaml, t.files, name) : t;
    }

    /** Any file of the manuscript, by its path in the manuscript folder ("images/dot.png"). */
    public TestManuscript file(String name, byte[] content) {
        Map<String, byte[]> more = new LinkedHashMap<>(files);
        more.put(name, content.clone());
        return new TestManuscript(bookYaml, Map.copyOf(more), main);
    }

    public TestManuscript file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The chapter rendered when none is named: the first added. */
    public String mainChapter() {
        return main == null ? CHAPTER : main;
    }

    /**
     * Writes the manuscript into a new in-memory file system and returns its folder; the file system lives as long as
     * something holds a path of it (the garbage collector frees it).
     */
    public Path write() {
        FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder().setWorkingDirectory("/work").build());
        Path dir = fs.getPath("/work/manuscript");
        try {
            Files.createDirectories(dir);
            if (bookYaml != null) {
                Files.writeString(dir.resolve("book.yaml"), bookYaml);
            }
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** What the loader made of the manuscript: empty when it could not be used at all, and every diagnostic so far. */
    public record Loaded(Optional<Manuscript> manuscript, Diagnostics diagnostics) {
        public Manuscript orElseFail() {
            return manuscript.orElseThrow(() -> new AssertionError("the manuscript did not load: " + diagnostics.sorted()));
        }

        public List<Diagnostic> sorted() {
            return diagnostics.sorted();
        }
    }

    /** Writes and loads the manuscript with the real {@link ManuscriptLoader}. */
    public Loaded load() {
        Diagnostics d = new Diagnostics();
        try {
            return new Loaded(new ManuscriptLoader(d).load(write()), d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
