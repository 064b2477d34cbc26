package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.colophon.epub.EpubValidator;
import org.colophon.testing.Epubs;
import org.colophon.testing.Manuscripts;
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
        Manuscripts m = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML)
                .file("one.md", "# One\n\n<table><tr><td colspan=\"2147483647\">x</td><td rowspan=\"-1\">y</td></tr></table>\n");
        Manuscripts.Run run = m.build("--format", "pdf");
        assertEquals(Main.MANUSCRIPT_ERRORS, run.exit(), run.err());
        assertTrue(run.err().contains("one.md:3:12: error: colspan=\"2147483647\" is not a number from 1 to 1000"), run.err());
        assertTrue(run.err().contains("rowspan=\"-1\" is not a number from 0 to 65534"), run.err());
        assertTrue(m.nothingWritten());
    }

    @Test
    void aWebAddressThatIsNoUrlIsAPositionedError() throws IOException {
        Manuscripts m = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML)
                .file("one.md", "# One\n\nSee <https://> and [this](http:///nohost).\n");
        Manuscripts.Run run = m.build("--format", "epub");
        assertEquals(Main.MANUSCRIPT_ERRORS, run.exit(), run.err());
        assertTrue(run.err().contains("one.md:3:5: error: 'https://' is not a web address a reader can open"), run.err());
        assertTrue(run.err().contains("one.md:3:20: error: 'http:///nohost' is not a web address"), run.err());
    }

    /** GFM spec examples: autolinks with characters a URL may not hold are encoded, and EPUBCheck passes. */
    @Test
    void autolinksAreEncodedAsUrls() throws IOException {
        Manuscripts m = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML)
                .file("one.md", "# One\n\n<http://example.com/\\[\\> and <http://x.org/%zz/é>\n");
        Manuscripts.Run run = m.build("--format", "epub", "--no-validate");
        assertEquals(Main.OK, run.exit(), run.err());
        Path epub = m.out().resolve("a-test-book.epub");
        String xhtml = new String(Epubs.entries(epub).get("EPUB/one.xhtml"), StandardCharsets.UTF_8);
        assertTrue(xhtml.contains("href=\"http://example.com/%5C%5B%5C\""), xhtml);
        assertTrue(xhtml.contains("href=\"http://x.org/%25zz/%C3%A9\""), xhtml);
        assertEquals(List.of(), new EpubValidator().validate(epub));
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
