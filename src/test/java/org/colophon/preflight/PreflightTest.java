package org.colophon.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.colophon.book.Book;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.manuscript.Manuscript;
import org.colophon.manuscript.ManuscriptLoader;
import org.colophon.markdown.BookAssembler;
import org.colophon.output.Format;
import org.colophon.testing.Manuscripts;
import org.colophon.typeface.Typefaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stores' rules checked on built files: the essay's table, and a failing case for each store. */
class PreflightTest {
    @TempDir
    Path tmp;

    private static Rule rule(List<Rule> rules, String store, String name) {
        return rules.stream().filter(r -> r.store().equals(store) && r.rule().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule '" + name + "' of " + store + " in " + rules));
    }

    @Test
    void theEssaysPreflightIsPrintedAndWrittenBesideTheBooks() throws IOException {
        Manuscripts.Run run = Manuscripts.run("build", "manuscript", "--out", tmp.toString(), "--no-validate");
        assertEquals(0, run.exit(), run.err());
        String md = Files.readString(tmp.resolve("preflight.md"));
        assertTrue(run.out().contains("| KDP | cover width for the spine | 12.291 in | 12.291 in (2 × 6 + spine 0.041 + 0.25) | pass |"),
                run.out());
        assertTrue(md.contains("| KDP | paperback page count | 17 pages | 24–828 (white paper) | **fail** |"), md);
        assertTrue(md.contains("| KDP | fonts embedded | all | all | pass |"), md);
        assertTrue(md.contains("| KDP | ebook cover size | 1600 × 2560 px | ≥ 1600 × 2560 px | pass |"), md);
        assertTrue(md.contains("| Google Play Books | cover, long side | 2560 px | 640–7200 px | pass |"), md);
        assertTrue(md.contains("| Kobo | EPUB file size |"), md);
        assertTrue(md.contains("kdp.amazon.com/help/topic/G201834190"), "each source is named: " + md);
    }

    /** The preflight of a build of {@code m}: its book and its print layout, as the build hands them over. */
    private Preflight preflight(Manuscripts m, Map<Format, Path> files) throws IOException {
        Diagnostics d = new Diagnostics();
        Manuscript manuscript = new ManuscriptLoader(d).load(m.dir()).orElseThrow();
        Book book = new BookAssembler(d).assemble(manuscript, Typefaces.literata(), Instant.EPOCH);
        assertFalse(d.sorted().stream().anyMatch(x -> x.isError()), d.sorted().toString());
        return new Preflight(book, manuscript.print(), files, null);
    }

    private Manuscripts shortBook(String yaml) throws IOException {
        Manuscripts m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML + yaml);
        m.file("one.md", "# One\n\nA short book.[^1]\n\n[^1]: A note.\n");
        return m;
    }

    @Test
    void kdpFailsAShortPaperbackAndCheckExitsOne() throws IOException {
        Manuscripts m = shortBook("");
        Manuscripts.Run run = Manuscripts.run("check", m.dir().toString(), "--store", "kdp", "--no-validate");
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("| KDP | paperback page count | 9 pages | 24–828 (white paper) | **fail** |"), run.out());
        assertFalse(run.out().contains("IngramSpark"), "only the store asked for: " + run.out());
        assertFalse(Files.exists(m.out()), "check puts no file in place");
        assertEquals(2, Manuscripts.run("check", m.dir().toString(), "--store", "amazon").exit());
    }

    @Test
    void ingramFailsAPdfaInteriorAndPassesAPdfx1aOne() throws IOException {
        Manuscripts m = shortBook("");
        assertEquals(0, m.build("--format", "pdf,cover", "--no-validate").exit());
        Map<Format, Path> files = Map.of(Format.PDF, m.out().resolve("a-test-book.pdf"), new Format("cover"),
                m.out().resolve("a-test-book-cover.pdf"));
        List<Rule> pdfa = preflight(m, files).check(EnumSet.of(Store.INGRAM));
        assertFalse(rule(pdfa, "IngramSpark", "PDF/X-1a interior").passes());
        assertFalse(rule(pdfa, "IngramSpark", "no RGB in the interior").passes(), "PDF/A's sRGB output intent and colours");
        m.file("book.yaml", Manuscripts.VALID_YAML + "print:\n  standard: pdfx-1a\n");
        assertEquals(0, m.build("--format", "pdf,cover", "--no-validate").exit());
        List<Rule> pdfx = preflight(m, files).check(EnumSet.of(Store.INGRAM));
        assertTrue(pdfx.stream().allMatch(Rule::passes), pdfx.toString());
    }

    private Path epub(String version, long xhtmlBytes) throws IOException {
        Path file = tmp.resolve("hand-made.epub");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/container.xml"));
            zip.write("<container><rootfiles><rootfile full-path=\"OEBPS/package.opf\"/></rootfiles></container>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("OEBPS/package.opf"));
            zip.write(("<package version=\"" + version + "\"></package>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("OEBPS/one.xhtml"));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) ' ');
            for (long written = 0; written < xhtmlBytes; written += chunk.length) {
                zip.write(chunk, 0, (int) Math.min(chunk.length, xhtmlBytes - written));
            }
            zip.closeEntry();
        }
        return file;
    }

    @Test
    void appleFailsAnEpub2WithoutDisplayOptions() throws IOException {
        Manuscripts m = shortBook("");
        List<Rule> rules = preflight(m, Map.of(Format.EPUB, epub("2.0", 100))).check(EnumSet.of(Store.APPLE));
        assertFalse(rule(rules, "Apple Books", "EPUB 3").passes());
        assertFalse(rule(rules, "Apple Books", "display-options file (embedded fonts)").passes());
        assertFalse(rule(rules, "Apple Books", "pop-up notes markup").passes(), "a note with no noteref markup");
        List<Rule> three = preflight(m, Map.of(Format.EPUB, epub("3.0", 100))).check(EnumSet.of(Store.APPLE));
        assertTrue(rule(three, "Apple Books", "EPUB 3").passes());
    }

    @Test
    void koboFailsAnXhtmlFileOf10Megabytes() throws IOException {
        List<Rule> rules = preflight(shortBook(""), Map.of(Format.EPUB, epub("3.0", 10L * 1024 * 1024 + 1))).check(EnumSet.of(Store.KOBO));
        assertFalse(rule(rules, "Kobo", "largest XHTML file").passes());
        assertTrue(rule(rules, "Kobo", "EPUB file size").passes());
    }

    @Test
    void googleFailsACoverUnder640Pixels() throws IOException {
        BufferedImage small = new BufferedImage(400, 600, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpg = new ByteArrayOutputStream();
        ImageIO.write(small, "jpeg", jpg);
        Manuscripts m = shortBook("cover: small.jpg\n");
        m.bytes("small.jpg", jpg.toByteArray());
        assertEquals(0, m.build("--format", "epub,pdf", "--no-validate").exit());
        List<Rule> rules = preflight(m, Map.of(Format.EPUB, m.out().resolve("a-test-book.epub"), Format.PDF,
                m.out().resolve("a-test-book.pdf"))).check(EnumSet.of(Store.GOOGLE));
        assertEquals("600 px", rule(rules, "Google Play Books", "cover, long side").measured());
        assertFalse(rule(rules, "Google Play Books", "cover, long side").passes());
        // Colophon's PDF has a title, copyright and contents page: it never falls under Google's 4 pages
        assertTrue(rule(rules, "Google Play Books", "page count").passes(), rules.toString());
    }
}
