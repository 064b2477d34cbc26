package org.colophon.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.colophon.pipeline.BookBuild;
import org.colophon.pipeline.BuildRequest;
import org.colophon.pipeline.BuildResult;
import org.colophon.pipeline.ValidationFailure;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.LibraryFailure;
import org.colophon.diagnostic.ManuscriptException;
import org.colophon.epub.EpubValidator;
import org.colophon.output.Format;

/**
 * The real build ({@link BookBuild}) of a {@link TestManuscript}, in memory: the manuscript and the books are on an
 * in-memory file system, no EPUBCheck runs (as {@code --no-validate}), and what the command line would print comes
 * back as data. For what a build decides (exit code, nothing written on an error, --strict) without a folder.
 * <pre>{@code
 * MemoryBuild b = MemoryBuild.run(TestManuscript.of(md), Format.EPUB);
 * assertEquals(1, b.exit());
 * assertTrue(b.nothingWritten());
 * }</pre>
 */
public final class MemoryBuild {
    private final int exit;
    private final List<Diagnostic> diagnostics;
    private final Path out;
    private final String main;
    private final BuildResult result;

    private MemoryBuild(int exit, List<Diagnostic> diagnostics, Path out, String main, BuildResult result) {
        this.exit = exit;
        this.diagnostics = diagnostics;
        this.out = out;
        this.main = main;
        this.result = result;
    }

    /** Builds {@code formats} (every one when none is given), without --strict. */
    public static MemoryBuild run(TestManuscript manuscript, Format... formats) {
        return run(manuscript, false, formats);
    }

    public static MemoryBuild run(TestManuscript manuscript, boolean strict, Format... formats) {
        Path dir = manuscript.write();
        Path out = dir.resolveSibling("out");
        Set<Format> asked = formats.length == 0 ? Set.of(Format.ALL) : new LinkedHashSet<>(List.of(formats));
        try {
            BuildResult r = new BookBuild().run(new BuildRequest(dir, out, asked, false, strict));
            return new MemoryBuild(0, r.warnings(), out, manuscript.mainChapter(), r);
        } catch (ManuscriptException e) {
            return new MemoryBuild(1, e.diagnostics(), out, manuscript.mainChapter(), null);
        } catch (LibraryFailure e) {
            return new MemoryBuild(70, List.of(e.diagnostic()), out, manuscript.mainChapter(), null);
        } catch (ValidationFailure e) {
            return new MemoryBuild(70, e.warnings(), out, manuscript.mainChapter(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the command line would exit with: 0 built, 1 the manuscript has errors, 70 a library failed. */
    public int exit() {
        return exit;
    }

    public Optional<BuildResult> result() {
        return Optional.ofNullable(result);
    }

    /** Every diagnostic, as {@link Rendering.Rendered#diagnostics} prints them (the manuscript's folder left out). */
    public List<String> diagnostics() {
        return Rendering.shown(diagnostics, main);
    }

    public String messages() {
        return String.join("\n", diagnostics());
    }

    /** True when the output folder holds no file at all (not even a partial one). */
    public boolean nothingWritten() {
        if (!Files.exists(out)) {
            return true;
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files the build wrote, by name ("a-test-book.epub"). */
    public List<String> written() {
        if (!Files.exists(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry of the EPUB the build wrote. */
    public Map<String, byte[]> epub() {
        try {
            return Epubs.entries(file(".epub"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What EPUBCheck (one, warmed once, for every test of the JVM) finds in the EPUB the build wrote. */
    public List<EpubValidator.Finding> epubCheck() {
        try {
            Path copy = Files.createTempFile("colophon-test", ".epub");
            try {
                Files.copy(file(".epub"), copy, StandardCopyOption.REPLACE_EXISTING);
                return new EpubValidator().validate(copy);
            } finally {
                Files.delete(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of the interior PDF the build wrote. */
    public byte[] pdf() {
        try {
            return Files.readAllBytes(file(".pdf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String suffix) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            files.filter(f -> f.toString().endsWith(suffix) && !f.toString().endsWith("-cover" + suffix)).forEach(found::add);
        }
        return found.stream().findFirst().orElseThrow(() -> new AssertionError("no " + suffix + " in " + written()));
    }
}
