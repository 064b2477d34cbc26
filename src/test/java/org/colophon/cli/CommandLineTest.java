package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.pipeline.ValidationFailure;
import org.colophon.testing.Manuscripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line contract: exit codes, help, version and the summary. */
class CommandLineTest {
    @TempDir
    Path tmp;

    @Test
    void helpAndVersionExitZero() {
        Manuscripts.Run help = Manuscripts.run("build", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--format=FORMAT"), help.out());
        assertTrue(help.out().contains("MANUSCRIPT_DIR"), help.out());
        Manuscripts.Run version = Manuscripts.run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("colophon "), version.out());
    }

    @Test
    void wrongUsageExitsTwo() {
        assertEquals(Main.USAGE, Manuscripts.run().exit(), "no command");
        assertEquals(Main.USAGE, Manuscripts.run("build", "--format", "docx").exit(), "unknown format");
        assertEquals(Main.USAGE, Manuscripts.run("build", "--frobnicate").exit(), "unknown option");
        assertEquals(Main.USAGE, Manuscripts.run("publish").exit(), "unknown command");
    }

    @Test
    void missingManuscriptFolderExitsOne() {
        Manuscripts.Run run = Manuscripts.run("build", tmp.resolve("nowhere").toString(), "--out", tmp.resolve("out").toString());
        assertEquals(Main.MANUSCRIPT_ERRORS, run.exit());
        assertTrue(run.err().contains("error: no manuscript folder here"), run.err());
    }

    @Test
    void buildPrintsASummaryAndExitsZero() throws IOException {
        Manuscripts m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML).file("one.md", "# One\n\nFour words of text.[^n]\n\n[^n]: A note.\n");
        Manuscripts.Run run = m.build("--format", "EPUB");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("1 chapter, 7 words, 1 note, 0 figures"), run.out());
        assertTrue(run.out().contains("validation: EPUBCheck 5.3.0: 0 errors, 0 warnings"), run.out());
        Path epub = m.out().resolve("a-test-book.epub");
        assertTrue(Files.size(epub) > 0);
        try (var files = Files.list(m.out())) {   // the book and its preflight.md
            assertEquals(List.of("a-test-book.epub", "preflight.md"), files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no temporary file is left beside the book");
        }
    }

    @Test
    void formatPdfBuildsThePdfAlone() throws IOException {
        Manuscripts m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML).file("one.md", "# One\n\nText.\n");
        Manuscripts.Run run = m.build("--format", "pdf");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(m.out().resolve("a-test-book.pdf")));
        assertTrue(Files.notExists(m.out().resolve("a-test-book.epub")));
        assertTrue(run.out().contains("pdf   "), run.out());
    }
    /** A book that fails its validator is Colophon's bug; the author still sees the manuscript's warnings, first. */
    @Test
    void aFailedValidationShowsTheWarningsThenTheFindingsThenWhatToDo() {
        StringWriter err = new StringWriter();
        int exit = BuildStopped.report(new ValidationFailure("out/t.epub",
                        List.of("ERROR RSC-005 EPUB/one.xhtml:12:4: element \"p\" not allowed yet (made from one.md)"),
                        List.of(Diagnostic.warning("one.md", 3, 1, "heading level 3 follows a heading of level 1"))),
                new PrintWriter(err, true), "no book file was written or changed");
        assertEquals(Main.INTERNAL_ERROR, exit);
        assertEquals(List.of("one.md:3:1: warning: heading level 3 follows a heading of level 1",
                "validation: ERROR RSC-005 EPUB/one.xhtml:12:4: element \"p\" not allowed yet (made from one.md)",
                "colophon: out/t.epub failed validation with 1 finding(s); no book file was written or changed. This is a bug "
                        + "in Colophon: please report it with this output."), err.toString().lines().toList());
    }
}
