package org.colophon.manuscript;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.colophon.output.Format;
import org.colophon.testing.Epubs;
import org.colophon.testing.ManuscriptExtension;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.MemoryBuild;
import org.colophon.testing.TestManuscript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Manuscripts from many hands: each bad input gets a diagnostic an author can act on, at its place, exit 1 and no
 * book file; nothing outside the manuscript is read; nothing crashes.
 */
class BadManuscriptTest {
    @RegisterExtension
    final ManuscriptExtension m = ManuscriptExtension.withBookYaml(Manuscripts.VALID_YAML);

    /** The build through the command line, for what only a folder on disk shows (links, pipes, files left behind). */
    private Manuscripts.Run fails(String... expectedLines) throws IOException {
        Manuscripts.Run run = m.build("--no-validate");
        assertEquals(1, run.exit(), run.err());
        for (String line : expectedLines) {
            assertTrue(run.err().lines().anyMatch(l -> l.equals(line)), "expected\n" + line + "\nin\n" + run.err());
        }
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace: " + run.err());
        assertTrue(m.nothingWritten(), "no book file");
        return run;
    }

    /** The real build in memory: exit 1, each line among the diagnostics ({@code 3:1: error: …} for one.md), no file. */
    private static MemoryBuild fails(TestManuscript manuscript, String... expectedLines) {
        return fails(manuscript, false, expectedLines);
    }

    private static MemoryBuild fails(TestManuscript manuscript, boolean strict, String... expectedLines) {
        MemoryBuild run = MemoryBuild.run(manuscript, strict);
        assertEquals(1, run.exit(), run.messages());
        for (String line : expectedLines) {
            assertTrue(run.diagnostics().contains(line), "expected\n" + line + "\nin\n" + run.messages());
        }
        assertFalse(run.messages().contains("Exception") || run.messages().contains("\tat "), "no stack trace: " + run.messages());
        assertTrue(run.nothingWritten(), "no book file");
        return run;
    }

    /** The valid book.yaml and {@code one.md}. */
    private static TestManuscript one(String markdown) {
        return TestManuscript.empty().chapter("one.md", markdown);
    }

    /** An author may be given as 'name' and 'file-as'; without a name, the entry is pointed at. */
    @Test
    void authorWithoutANameIsPointedAt() throws IOException {
        MemoryBuild run = fails(one("# One\n").bookYaml(Manuscripts.VALID_YAML.replace("authors: [Ada Writer]",
                "authors:\n  - file-as: Writer, Ada\n  - name: Bob\n    file-ass: Bob")), "book.yaml:3:5: error: an author needs a 'name' "
                + "(and may have a 'file-as', the name as it is sorted: 'Nguyen, Phi-Vân')");
        assertTrue(run.messages().contains("book.yaml:5:5: warning: unknown key 'file-ass' in an entry of 'authors' is ignored (did you mean 'file-as'?)"),
                run.messages());
    }

    @Test
    void truncatedJpeg() throws IOException {
        byte[] jpeg = TinyImages.jpeg(64, 64);
        fails(one("# One\n\n![A photo.](photo.jpg)\n").file("photo.jpg", java.util.Arrays.copyOf(jpeg, jpeg.length / 2)),
                "3:1: error: image 'manuscript/photo.jpg' is truncated: it ends before the end of its image/jpeg "
                + "data; export it again");
    }

    /** 20000 × 20000 pixels would take 1.6 GB to decode: refused from its header alone. */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void hugeImageIsRefusedBeforeItIsDecoded() throws IOException {
        fails(one("# One\n\n![A huge picture.](huge.png)\n").file("huge.png", pngHeader(20000, 20000)),
                "3:1: error: image 'manuscript/huge.png' is 20000 × 20000 pixels, more than Colophon decodes "
                + "(60 megapixels); scale it down");
    }

    @Test
    void symbolicLinkPointingOutsideIsRefused() throws IOException {
        String dir = m.shownDir();
        Path secret = Files.write(m.dir().resolveSibling("secret.png"), TinyImages.png());
        m.file("one.md", "# One\n\n![A picture.](images/link.png)\n");
        Files.createDirectories(m.dir().resolve("images"));
        Files.createSymbolicLink(m.dir().resolve("images/link.png"), secret);
        fails(dir + "/one.md:3:1: error: image 'images/link.png' is a link to a file outside the manuscript folder; copy the file in instead");
    }

    /**
     * The file outside is a named pipe: opening it would block the build until the test times out. A path that leaves
     * the manuscript is refused from its name alone and never opened.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void pathOutsideTheManuscriptIsNeverOpened() throws Exception {
        String dir = m.shownDir();
        Path fifo = m.dir().resolveSibling("outside.png");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        m.file("one.md", "# One\n\n![Outside.](../outside.png)\n\nA [link](../outside.png).\n");
        fails(dir + "/one.md:3:1: error: image '../outside.png' leaves the manuscript folder; keep every file the book uses inside it",
                dir + "/one.md:5:3: error: link '../outside.png' leaves the manuscript folder; keep every file the book uses inside it");
    }

    @Test
    void undefinedNoteGetsADidYouMean() throws IOException {
        fails(one("# One\n\nText.[^12]\n\nMore.[^21]\n\n[^12]: A note.\n[^1x]: Another.\n\nAgain[^1x].\n"), "5:6: error: footnote [^21] is referenced but never defined (did you mean [^12]?)");
    }

    @Test
    void aDuplicateHeadingIdWarnsOnlyWhereALinkNamesIt() throws IOException {
        TestManuscript book = one("# One\n\n## Notes on method\n\nText.\n\n## Notes on Method\n\nMore.\n");
        MemoryBuild run = MemoryBuild.run(book, true, Format.EPUB);
        assertEquals(0, run.exit(), "a section named like another, and no link to either, is fine: " + run.messages());
        run = MemoryBuild.run(book.chapter("two.md", "# Two\n\nSee [the first](one.md#notes-on-method), [the second](one.md#notes-on-method-2).\n"),
                Format.EPUB);
        assertEquals(0, run.exit(), run.messages());
        assertTrue(run.diagnostics().contains("two.md:3:5: warning: link to 'one.md#notes-on-method' is ambiguous: two headings of "
                + "manuscript/one.md have that id, at lines 3 and 7; it goes to the first (link to #notes-on-method-2 for the "
                + "second, or give one heading an id of its own: {#an-id})"), run.messages());
        assertEquals(1, run.diagnostics().stream().filter(l -> l.contains("ambiguous")).count(), run.messages());
    }

    @Test
    void aSectionNamedLikeItsChapterNeedsNoWarning() throws IOException {
        MemoryBuild run = MemoryBuild.run(one("# Introduction\n\n## Introduction\n\nText, [up](#introduction).\n"), Format.EPUB);
        assertEquals(0, run.exit(), run.messages());
        assertTrue(run.messages().contains("5:7: warning: link to '#introduction' is ambiguous"), run.messages());
        run = MemoryBuild.run(one("# Introduction\n\n## Introduction\n\nText.\n"), true, Format.EPUB);
        assertEquals(0, run.exit(), run.messages());
    }

    @Test
    void strictTurnsWarningsIntoErrors() throws IOException {
        TestManuscript book = one("# One\n\nText.\n").yaml("autors: [B]");
        fails(book, true, "book.yaml:5:1: error: unknown key 'autors' in book.yaml is ignored (did you mean 'authors'?)");
        // without --strict the same manuscript builds
        MemoryBuild lenient = MemoryBuild.run(book);
        assertEquals(0, lenient.exit(), lenient.messages());
    }

    @Test
    void strictFailsOnALowResolutionFigureAndWritesNoFile() throws IOException {
        MemoryBuild run = MemoryBuild.run(one("# One\n\n![A small picture.](small.png)\nCaption.\n").file("small.png", TinyImages.png()), true);
        assertEquals(1, run.exit());
        assertTrue(run.messages().contains("3:1: error: image 'small.png' prints at 1 dpi"), run.messages());
        assertTrue(run.nothingWritten(), "neither the EPUB nor the PDF is put in place");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void tenThousandNestedBlockQuotesAreAClearError() throws IOException {
        fails(one("# One\n\n" + ">".repeat(10_000) + " deep\n"), "3:65: error: content is nested more than 64 levels deep; flatten it");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void tenThousandNestedListsAreAClearError() throws IOException {
        // "- - - item": each marker opens a list inside the item of the one before
        MemoryBuild run = fails(one("# One\n\n" + "- ".repeat(10_000) + "item\n"));
        assertTrue(run.messages().contains("error: content is nested more than 64 levels deep; flatten it"), run.messages());
    }

    @Test
    void fiftyMegabyteChapterIsRefusedUnread() throws IOException {
        byte[] big = new byte[50 << 20];
        java.util.Arrays.fill(big, (byte) 'a');
        fails(one("# One\n").file("two.md", big), "two.md: error: file is 50 MB; Colophon reads files of up to 16 MB: split it into chapters");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aVeryLongLineBuildsNormally() throws IOException {
        m.file("one.md", "# One\n\n" + "word ".repeat(200_000) + "\n");
        Manuscripts.Run run = m.build("--no-validate", "--format", "epub");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("200,001 words"), run.out());
    }

    @Test
    void aFailedBuildLeavesThePreviousBookUntouched() throws IOException {
        m.file("one.md", "# One\n\nGood text.\n");
        assertEquals(0, m.build("--no-validate").exit());
        Path epub = m.out().resolve("a-test-book.epub");
        Path pdf = m.out().resolve("a-test-book.pdf");
        byte[] epubBefore = Files.readAllBytes(epub);
        byte[] pdfBefore = Files.readAllBytes(pdf);
        FileTime epubTime = Files.getLastModifiedTime(epub);
        m.file("one.md", "# One\n\nBroken text.[^nope]\n");
        assertEquals(1, m.build("--no-validate").exit());
        assertArrayEquals(epubBefore, Files.readAllBytes(epub));
        assertArrayEquals(pdfBefore, Files.readAllBytes(pdf));
        assertEquals(epubTime, Files.getLastModifiedTime(epub));
        try (var files = Files.list(m.out())) {
            assertEquals(List.of("a-test-book-cover.pdf", "a-test-book.epub", "a-test-book.pdf", "preflight.md"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no partial file beside the book");
        }
    }

    @Test
    void aPartialFileLeftByAKilledBuildIsRemoved() throws IOException {
        m.file("one.md", "# One\n\nText.\n");
        Files.createDirectories(m.out());
        Path stale = Files.write(m.out().resolve(".a-test-book.epub123456.part"), new byte[] {1, 2, 3});
        assertEquals(0, m.build("--no-validate", "--format", "epub").exit());
        assertFalse(Files.exists(stale));
    }

    /**
     * Two builds into the same folder at once (here: another live process, this test's parent, seems to be writing
     * the book): a build removes only the temporary files of processes that are gone, never one still being written.
     */
    @Test
    void aBuildLeavesTheTemporaryFilesOfAnotherRunningBuildAlone() throws IOException {
        m.file("one.md", "# One\n\nText.\n");
        Files.createDirectories(m.out());
        long running = ProcessHandle.current().parent().orElseThrow().pid();
        Path writing = Files.write(m.out().resolve(".a-test-book.epub." + running + ".42.part"), new byte[] {1, 2, 3});
        Path stale = Files.write(m.out().resolve(".a-test-book.epub.999999999.42.part"), new byte[] {1, 2, 3});
        assertEquals(0, m.build("--no-validate", "--format", "epub").exit());
        assertTrue(Files.exists(writing), "the other build's file was deleted under it");
        assertFalse(Files.exists(stale), "the file of a process that is gone stays");
        assertTrue(Files.exists(m.out().resolve("a-test-book.epub")));
    }

    /** Same manuscript, same bytes: fixed entry order and times, dates from the manuscript, no random ids. */
    @Test
    void twoBuildsGiveTheSameBytes() throws Exception {
        Path tmp = m.dir().getParent();
        m.file("one.md", "# One\n\nText with a note.[^n]\n\n[^n]: The note.\n");
        assertEquals(0, m.build("--no-validate").exit());
        byte[] epub = Files.readAllBytes(m.out().resolve("a-test-book.epub"));
        byte[] pdf = Files.readAllBytes(m.out().resolve("a-test-book.pdf"));
        Thread.sleep(1100);   // a clock that leaked into the files would show a new second
        Files.delete(m.out().resolve("a-test-book.epub"));
        Files.delete(m.out().resolve("a-test-book.pdf"));
        assertEquals(0, m.build("--no-validate").exit());
        assertArrayEquals(epub, Files.readAllBytes(m.out().resolve("a-test-book.epub")), "EPUB");
        assertArrayEquals(pdf, Files.readAllBytes(m.out().resolve("a-test-book.pdf")), "PDF");
        String opf = new String(Epubs.entries(m.out().resolve("a-test-book.epub")).get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertFalse(opf.contains(tmp.toString()), "no machine path in the book");
    }

    /** A PNG whose header claims the given size, with an empty image stream and its end: enough to be read as one. */
    static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        java.io.DataOutputStream d = new java.io.DataOutputStream(ihdr);
        d.writeInt(width);
        d.writeInt(height);
        d.write(new byte[] {8, 2, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        java.io.DataOutputStream d = new java.io.DataOutputStream(out);
        d.writeInt(data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
