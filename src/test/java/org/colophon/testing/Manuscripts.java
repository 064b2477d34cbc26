package org.colophon.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.colophon.cli.Main;

/**
 * Writes small manuscripts into a temporary folder and runs the real command line on them. For a test class whose
 * tests each need one, {@link ManuscriptExtension} makes it; a question of markup or messages needs no folder at all
 * ({@link TestManuscript}, {@link Rendering}).
 */
public class Manuscripts {
    public static final String VALID_YAML = """
            title: A Test Book
            authors: [Ada Writer]
            language: en
            identifier: urn:uuid:0d7f6d8e-7c61-4a53-9a39-2f8f1b0c9e11
            """;

    /** Scenes of every length from 1 to 12 lines, so that breaks fall at every place of a page. */
    public static String scenes(int count) {
        StringBuilder md = new StringBuilder("# Scenes\n\n");
        for (int i = 0; i < count; i++) {
            md.append("Scene ").append(i).append(" begins here. ")
                    .append("The rain went on and the lamps were lit along the quay one after another. ".repeat(1 + i % 12))
                    .append("\n\n***\n\n");
        }
        return md.append("The end.\n").toString();
    }

    private Path root;

    public Manuscripts(Path root) {
        this.root = root;
    }

    /** For {@link ManuscriptExtension}, which gives each test its own folder. */
    Manuscripts() {
    }

    void root(Path root) {
        this.root = root;
    }

    /** The manuscript folder. */
    public Path dir() {
        return root.resolve("manuscript");
    }

    /** The output folder of builds run by {@link #build}. */
    public Path out() {
        return root.resolve("out");
    }

    public Manuscripts file(String name, String text) throws IOException {
        return bytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public Manuscripts bytes(String name, byte[] content) throws IOException {
        Path p = dir().resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return this;
    }

    /** The result of one run of {@code colophon build}: exit code, standard output and standard error. */
    public record Run(int exit, String out, String err) {
    }

    public Run build(String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "build";
        args[1] = dir().toString();
        args[2] = "--out";
        args[3] = out().toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return run(args);
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The EPUB a build wrote into the output folder. */
    public Path epub() throws IOException {
        return written(".epub", "");
    }

    /** The interior PDF a build wrote into the output folder (the paperback's cover stands beside it). */
    public Path interiorPdf() throws IOException {
        return written(".pdf", "-cover.pdf");
    }

    private Path written(String suffix, String notSuffix) throws IOException {
        try (var files = Files.list(out())) {
            return files.filter(f -> f.toString().endsWith(suffix) && (notSuffix.isEmpty() || !f.toString().endsWith(notSuffix)))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + suffix + " in " + out()));
        }
    }

    /** True when the output folder holds no file at all (not even a partial one). */
    public boolean nothingWritten() throws IOException {
        if (!Files.exists(out())) {
            return true;
        }
        try (var files = Files.list(out())) {
            return files.findAny().isEmpty();
        }
    }
}
