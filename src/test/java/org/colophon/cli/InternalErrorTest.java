package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.colophon.output.Format;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.MemoryBuild;
import org.colophon.testing.TestManuscript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No stack trace ever reaches an author: a failure inside a library is reported at the chapter it failed on, with its
 * own exit code; what an author wrote that would break a library or EPUBCheck is caught by our checks first.
 */
class InternalErrorTest {
    @TempDir
    Path tmp;

    /**
     * A table as large as HTML allows makes Flying Saucer fill a small heap: a real failure inside the library, in a
     * real JVM, which must come out as one line at the chapter, exit 70, and no file.
     */
    @Test
    void aLibraryFailureNamesTheChapterAndExitsSeventy() throws Exception {
        Manuscripts m = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML)
                .file("01-fine.md", "# Fine\n\nNothing wrong here.\n")
                .file("02-huge-table.md", "# Huge\n\n<table><tr><td rowspan=\"65534\" colspan=\"1000\">x</td></tr></table>\n");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", m.dir().toString(), "--out", m.out().toString(), "--format", "pdf")
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(150, TimeUnit.SECONDS), "the build ends");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(Main.INTERNAL_ERROR, p.exitValue(), output);
        assertTrue(output.contains("02-huge-table.md: error: Flying Saucer (the PDF layout) failed while setting this: it ran out"
                + " of memory"), output);
        assertFalse(output.contains("01-fine.md"), output);
        assertFalse(output.contains("\tat ") || output.contains("Exception in thread"), "no stack trace: " + output);
        assertTrue(m.nothingWritten(), "no book file");
    }

    @Test
    void spansBeyondHtmlsLimitsArePositionedErrors() throws IOException {
        MemoryBuild run = MemoryBuild.run(TestManuscript.empty()
                .file("one.md", "# One\n\n<table><tr><td colspan=\"2147483647\">x</td><td rowspan=\"-1\">y</td></tr></table>\n"), Format.PDF);
        assertEquals(Main.MANUSCRIPT_ERRORS, run.exit(), run.messages());
        assertTrue(run.messages().contains("one.md:3:12: error: colspan=\"2147483647\" is not a number from 1 to 1000"), run.messages());
        assertTrue(run.messages().contains("rowspan=\"-1\" is not a number from 0 to 65534"), run.messages());
        assertTrue(run.nothingWritten());
    }

    @Test
    void aWebAddressThatIsNoUrlIsAPositionedError() throws IOException {
        MemoryBuild run = MemoryBuild.run(TestManuscript.empty().file("one.md", "# One\n\nSee <https://> and [this](http:///nohost).\n"),
                Format.EPUB);
        assertEquals(Main.MANUSCRIPT_ERRORS, run.exit(), run.messages());
        assertTrue(run.messages().contains("one.md:3:5: error: 'https://' is not a web address a reader can open"), run.messages());
        assertTrue(run.messages().contains("one.md:3:20: error: 'http:///nohost' is not a web address"), run.messages());
    }

    /** GFM spec examples: autolinks with characters a URL may not hold are encoded, and EPUBCheck passes. */
    @Test
    void autolinksAreEncodedAsUrls() throws IOException {
        MemoryBuild run = MemoryBuild.run(TestManuscript.empty()
                .file("one.md", "# One\n\n<http://example.com/\\[\\> and <http://x.org/%zz/é>\n"), Format.EPUB);
        assertEquals(Main.OK, run.exit(), run.messages());
        String xhtml = new String(run.epub().get("EPUB/one.xhtml"), StandardCharsets.UTF_8);
        assertTrue(xhtml.contains("href=\"http://example.com/%5C%5B%5C\""), xhtml);
        assertTrue(xhtml.contains("href=\"http://x.org/%25zz/%C3%A9\""), xhtml);
        assertEquals(List.of(), run.epubCheck());
    }

    @Test
    void whateverEscapesTheBuildIsOneLineAndExitsSeventy() {
        StringWriter err = new StringWriter();
        int exit = Main.internalError(new IllegalStateException("the model lost a chapter\n\tat somewhere"), new PrintWriter(err, true));
        assertEquals(Main.INTERNAL_ERROR, exit);
        assertTrue(err.toString().startsWith("colophon: internal error: IllegalStateException: the model lost a chapter\n"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }
}
