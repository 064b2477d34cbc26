package org.colophon.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.colophon.cli.Main;
import org.colophon.output.Format;
import org.colophon.testing.ManuscriptExtension;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.MemoryBuild;
import org.colophon.testing.TestManuscript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad manuscripts: each problem is reported as {@code path:line:col: error: message} at the place the author
 * wrote it, the build exits 1 and writes nothing. The real build runs in memory ({@link MemoryBuild}; paths print
 * from the manuscript's folder, the first chapter's as {@code 3:1: error: …}); the command line's own report
 * (absolute paths, the count of errors) is checked by the tests that build through it.
 */
class DiagnosticsTest {
    @RegisterExtension
    final ManuscriptExtension m = ManuscriptExtension.empty();

    /** A manuscript with the valid book.yaml and {@code one.md}. */
    private static TestManuscript one(String markdown) {
        return TestManuscript.empty().chapter("one.md", markdown);
    }

    private static void assertFails(TestManuscript manuscript, String expectedLine) {
        MemoryBuild run = MemoryBuild.run(manuscript);
        assertEquals(Main.MANUSCRIPT_ERRORS, run.exit(), run.messages());
        assertTrue(run.diagnostics().contains(expectedLine), "expected\n" + expectedLine + "\nin\n" + run.messages());
        assertFalse(run.messages().contains("Exception"), "no stack trace reaches the author");
        assertTrue(run.nothingWritten(), "no book file is written");
    }

    @Test
    void missingBookYaml() throws IOException {
        assertFails(one("# One\n").withoutBookYaml(),
                "book.yaml: error: book.yaml is missing; every manuscript needs one (see README.md, 'The manuscript')");
    }

    @Test
    void missingTitle() throws IOException {
        assertFails(one("# One\n").bookYaml("authors: [A]\nlanguage: en\nidentifier: urn:uuid:x\n"),
                "book.yaml: error: 'title' is missing from book.yaml; give the book's title, as in 'title: My Book'");
    }

    @Test
    void emptyTitle() throws IOException {
        assertFails(one("# One\n").bookYaml("title: ''\nauthors: [A]\nlanguage: en\nidentifier: urn:uuid:x\n"),
                "book.yaml:1:8: error: 'title' is empty; give the book's title, as in 'title: My Book'");
    }

    @Test
    void badLanguageDateAndIsbnAreAllReportedInOneRun() throws IOException {
        String dir = m.shownDir();   // through the command line: the folder as given, and the count of errors
        m.file("book.yaml", Manuscripts.VALID_YAML.replace("language: en", "language: english")
                + "date: 12/2019\nisbn: 978-3-16-148410-1\n").file("one.md", "# One\n");
        Manuscripts.Run run = m.build("--no-validate");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(dir + "/book.yaml:3:11: error: 'english' is not a BCP 47 language tag"), run.err());
        assertTrue(run.err().contains(dir + "/book.yaml:5:7: error: '12/2019' is not an ISO 8601 date"), run.err());
        assertTrue(run.err().contains(dir + "/book.yaml:6:7: error: '978-3-16-148410-1' is not a valid ISBN"), run.err());
        assertTrue(run.err().contains("3 errors; no book file was written or changed."), run.err());
    }

    /** A date the calendar lacks is refused where it is written; a well-formed tag with a private-use part is a language. */
    @Test
    void datesAreCheckedAgainstTheCalendarAndLanguageTagsAsBcp47() throws IOException {
        assertFails(one("# One\n").yaml("date: 2019-02-31"), "book.yaml:5:7: error: '2019-02-31' is not a date: February 2019 has 28 days;"
                + " write the date as 2019, 2019-12 or 2019-12-16");

        MemoryBuild run = MemoryBuild.run(one("# One\n").language("en-US-x-private").yaml("date: 2020-02-29"), Format.EPUB);
        assertEquals(0, run.exit(), run.messages());
        assertEquals(List.of(), run.diagnostics());
        String opf = new String(run.epub().get("EPUB/package.opf"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(opf.contains("<dc:language>en-US-x-private</dc:language>"), opf);
        assertTrue(opf.contains("<dc:date>2020-02-29</dc:date>"), opf);
    }

    @Test
    void unknownKeyIsAWarningWithAHint() throws IOException {
        MemoryBuild run = MemoryBuild.run(one("# One\n").yaml("autors: [B]"), Format.EPUB);
        assertEquals(0, run.exit(), run.messages());
        assertTrue(run.diagnostics().contains("book.yaml:5:1: warning: unknown key 'autors' in book.yaml is ignored (did you mean 'authors'?)"),
                run.messages());
    }

    @Test
    void yamlSyntaxError() throws IOException {
        MemoryBuild run = MemoryBuild.run(one("# One\n").bookYaml("title: [unclosed\n"));
        assertEquals(1, run.exit());
        assertTrue(run.diagnostics().get(0).startsWith("book.yaml:"), run.messages());
        assertTrue(run.messages().contains("error: book.yaml is not valid YAML"), run.messages());
        // a quoted value with more after it: one error, at its place, and no key said to be missing
        run = MemoryBuild.run(one("# One\n").bookYaml("title: Khát khao Học Máy\nsubtitle: \"Machine Learning Yearning\" -- bản dịch\nauthors:\n"
                + "  - Andrew Ng\nlanguage: vi\nidentifier: urn:uuid:5b1c3f3e-1111-4a7d-9c1e-000000000001\n"));
        assertEquals(1, run.exit());
        assertEquals(List.of("book.yaml:2:39: error: book.yaml is not valid YAML: expected <block end>, but found '<scalar>'"),
                run.diagnostics().stream().filter(l -> l.contains(": error: ")).toList());
    }

    @Test
    void listedChapterDoesNotExist() throws IOException {
        assertFails(one("# One\n").chapter("two.md", "# Two\n").yaml("chapters:\n  - one.md\n  - tow.md"),
                "book.yaml:7:5: error: chapter 'tow.md' does not exist (did you mean 'two.md'?)");
    }

    @Test
    void emptyChapter() throws IOException {
        assertFails(one("\n\n"), "error: chapter is empty; write its text or remove it from 'chapters' in book.yaml");
    }

    @Test
    void footnoteReferencedButNeverDefined() throws IOException {
        assertFails(TestManuscript.empty().chapter("02-neutral.md", "# Neutral\n\nSome text.[^1]\n\nMore text, and\nmore.[^7]\n\n[^1]: One.\n"),
                "6:6: error: footnote [^7] is referenced but never defined; defined notes here: [^1]");
    }

    @Test
    void footnoteDefinedButNeverReferenced() throws IOException {
        assertFails(one("# One\n\nText.\n\n[^lost]: A note nobody cites.\n"), "5:1: error: footnote [^lost] is defined but never referenced; reference it in the text or delete it");
    }

    @Test
    void footnoteDefinedTwice() throws IOException {
        assertFails(one("# One\n\nText.[^a]\n\n[^a]: First.\n\n[^a]: Second.\n"), "7:1: error: footnote [^a] is defined twice; the first definition is at line 5");
    }

    @Test
    void imageWithoutAltText() throws IOException {
        assertFails(one("# One\n\n![](images/x.png)\n").file("images/x.png", TinyImages.png()), "3:1: error: image 'images/x.png' has no alt text; describe it for readers who cannot see it: ![a photo of …](images/x.png)");
    }

    @Test
    void missingImage() throws IOException {
        TestManuscript manuscript = one("# One\n\n![A photo](images/nope.jpg)\n");
        assertFails(manuscript, "3:1: error: image 'images/nope.jpg' does not exist");
        MemoryBuild run = MemoryBuild.run(manuscript);
        assertEquals(1, run.diagnostics().stream().filter(l -> l.contains("does not exist")).count(), "reported once: " + run.messages());
    }

    @Test
    void fileThatIsNotAnImage() throws IOException {
        assertFails(one("# One\n\n![A photo](images/fake.jpg)\n").file("images/fake.jpg", "just text"),
                "3:1: error: image 'manuscript/images/fake.jpg' is not a JPEG, PNG or GIF image, nor an SVG drawing (.svg)");
    }

    @Test
    void imageOutsideTheManuscriptIsRefused() throws IOException {
        assertFails(one("# One\n\n![A secret](../../etc/passwd)\n"), "3:1: error: image '../../etc/passwd' leaves the manuscript folder; keep every file the book uses inside it");
    }

    @Test
    void absoluteImagePathIsRefused() throws IOException {
        assertFails(one("# One\n\n![A secret](/etc/passwd)\n"), "3:1: error: image '/etc/passwd' is an absolute path; give a path relative to the manuscript folder");
    }

    @Test
    void remoteImageIsRefusedAndNeverFetched() throws IOException {
        assertFails(one("# One\n\n![A photo](http://example.com/a.jpg)\n"), "3:1: error: image 'http://example.com/a.jpg' is a remote or non-file address; builds are "
                + "offline and repeatable, so copy the file into the manuscript folder and give its relative path");
    }

    @Test
    void bytesThatAreNotUtf8() throws IOException {
        assertFails(TestManuscript.empty().file("one.md", new byte[] {'#', ' ', 'O', '\n', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'}),
                "one.md:3:4: error: byte 0xE9 (at offset 8) is not UTF-8; save the file as UTF-8");
    }

    /** The position counts letters, not bytes; a byte-order mark is skipped; every form UTF-8 forbids is caught. */
    @ParameterizedTest
    @CsvSource({
            "C0 AF, 2:8, 0xC0 (at offset 20)",        // an overlong '/'
            "ED A0 80, 2:8, 0xED (at offset 20)",     // a surrogate, which UTF-8 must not carry
            "F4 90 80 80, 2:8, 0xF4 (at offset 20)",  // beyond U+10FFFF
            "E1 BB, 2:8, 0xE1 (at offset 20)"})       // cut short by the end of the file
    void everyMalformedSequenceIsPlacedAtItsLetter(String bad, String at, String what) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write("# Một\nNguyễn ".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String hex : bad.split(" ")) {
            b.write(Integer.parseInt(hex, 16));
        }
        assertFails(TestManuscript.empty().file("one.md", b.toByteArray()), "one.md:" + at + ": error: byte " + what + " is not UTF-8; save the file as UTF-8");
    }

    @Test
    void controlCharacterThatXmlForbids() throws IOException {
        assertFails(one("# One\n\nA\u0006B\n"), "3:2: error: character U+0006 is not allowed in a book (XML forbids it); delete it");
    }

    @Test
    void byteOrderMarkIsAccepted() throws IOException {
        byte[] text = "# One\n\nText.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        MemoryBuild run = MemoryBuild.run(TestManuscript.empty().file("one.md", withBom), Format.EPUB);
        assertEquals(0, run.exit(), run.messages());
    }

    /** Site generators link from the site's root; in a book a path starts from the chapter's folder, and says so. */
    @Test
    void pathsFromTheManuscriptFolderAreAnsweredWithThePathFromTheChapter() throws IOException {
        MemoryBuild run = MemoryBuild.run(TestManuscript.empty().yaml("chapters: [docs/a.md, docs/b.md]")
                .file("docs/a.md", "# A\n\nSee [b](docs/b.md), [the site](/docs/b/), [a file](c.md) and ![a diagram](/img/x.png).\n")
                .file("docs/b.md", "# B\n\nText.\n").file("docs/c.md", "# C\n\nNot listed.\n"));
        assertEquals(Main.MANUSCRIPT_ERRORS, run.exit(), run.messages());
        for (String line : List.of(
                "docs/a.md:3:5: error: link to 'docs/b.md' goes neither to a chapter of this book nor to a web address; "
                        + "a link starts from its chapter's folder: write 'b.md'",
                "docs/a.md:3:21: error: link '/docs/b/' is an absolute path; give a path relative to the folder of the file "
                        + "that names it (docs/)",
                "docs/a.md:3:43: error: link to 'c.md' goes neither to a chapter of this book nor to a web address; the file "
                        + "exists but is not a chapter of the book: list it under chapters: in book.yaml")) {
            assertTrue(run.diagnostics().contains(line), "expected\n" + line + "\nin\n" + run.messages());
        }
        assertTrue(run.messages().contains("image '/img/x.png' is an absolute path; give a path relative to the folder of the "
                + "file that names it (docs/)"), run.messages());
    }

    /**
     * Site generators' links to chapters (without .md, from their docs folder) are answered with the path to write; a
     * scheme a reading device cannot open (javascript.info's info:) is said to be one.
     */
    @Test
    void linksAsSiteGeneratorsWriteThemAreAnsweredWithThePathToWrite() throws IOException {
        MemoryBuild run = MemoryBuild.run(TestManuscript.empty().yaml("chapters: [docs/guide/one.md, docs/guide/two.md, docs/api/store.md]")
                .file("docs/guide/one.md", "# One\n\nSee [two](./two), [the store](api/store.md) and [var](info:var).\n")
                .file("docs/guide/two.md", "# Two\n\nText.\n").file("docs/api/store.md", "# Store\n\nText.\n"));
        assertEquals(Main.MANUSCRIPT_ERRORS, run.exit(), run.messages());
        for (String line : List.of(
                "docs/guide/one.md:3:5: error: link to './two' goes neither to a chapter of this book nor to a web address; "
                        + "a book links to its chapters' Markdown files: write './two.md'",
                "docs/guide/one.md:3:19: error: link to 'api/store.md' goes neither to a chapter of this book nor to a web "
                        + "address; a link starts from its chapter's folder: write '../api/store.md'",
                "docs/guide/one.md:3:49: error: link 'info:var' is an address of the scheme 'info:', which a reader's device "
                        + "cannot open; link to a chapter (two.md), a heading (#a-heading) or a web address (https://…)")) {
            assertTrue(run.diagnostics().contains(line), "expected\n" + line + "\nin\n" + run.messages());
        }
    }

    /** mdBook links to the page it makes of a chapter (b.html, theme/index.html); a book links to the Markdown. */
    @Test
    void aLinkToTheWebPageOfAChapterIsAnsweredWithItsMarkdownFile() throws IOException {
        MemoryBuild run = MemoryBuild.run(TestManuscript.empty().yaml("chapters: [a.md, b.md, theme/README.md]")
                .file("a.md", "# A\n\nSee [b](b.html) and [the theme](theme/index.html).\n")
                .file("b.md", "# B\n\nText.\n").file("theme/README.md", "# Theme\n\nText.\n"));
        assertEquals(Main.MANUSCRIPT_ERRORS, run.exit(), run.messages());
        assertTrue(run.messages().contains("a.md:3:5: error: link to 'b.html' goes neither to a chapter of this book nor to a "
                + "web address; a book links to its chapters' Markdown files: write 'b.md'"), run.messages());
        assertTrue(run.messages().contains("link to 'theme/index.html' goes neither to a chapter of this book nor to a web address; "
                + "a book links to its chapters' Markdown files: write 'theme/README.md'"), run.messages());
    }

    @Test
    void linkToSomethingThatIsNotAChapter() throws IOException {
        assertFails(one("# One\n\nSee [this](notes.txt).\n"), "3:5: error: link to 'notes.txt' goes neither to a chapter of this book nor to a web address");
    }

    @Test
    void problemsInBookYamlAndChaptersComeInOneRun() throws IOException {
        String dir = m.shownDir();   // through the command line: the folder as given, and the count of errors
        m.file("book.yaml", "title: T\nlanguage: en\nidentifier: urn:uuid:0d7f6d8e-7c61-4a53-9a39-2f8f1b0c9e11\n")
                .file("one.md", "# One\n\nText.[^9]\n");
        Manuscripts.Run run = m.build("--no-validate");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(dir + "/book.yaml: error: 'authors' is missing or empty"), run.err());
        assertTrue(run.err().contains(dir + "/one.md:3:6: error: footnote [^9] is referenced but never defined"), run.err());
        assertTrue(run.err().contains("2 errors; no book file was written or changed."), run.err());
    }
}
