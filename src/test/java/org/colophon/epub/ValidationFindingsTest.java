package org.colophon.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.colophon.book.Book;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.manuscript.ManuscriptLoader;
import org.colophon.markdown.BookAssembler;
import org.colophon.output.Inputs;
import org.colophon.output.Written;
import org.colophon.testing.Epubs;
import org.colophon.testing.Manuscripts;
import org.colophon.typeface.Typefaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An EPUB that fails EPUBCheck is Colophon's bug, reported for a bug report: each finding names the chapter file its
 * document was made from, so the report leads to the Markdown at fault.
 */
class ValidationFindingsTest {
    @TempDir
    Path tmp;

    @Test
    void aFindingNamesTheChapterItsDocumentWasMadeFrom() throws IOException {
        Manuscripts m = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML)
                .file("01-intro.md", "# Intro\n\nText.\n").file("02-next.md", "# Next\n\nMore text.\n");
        Diagnostics d = new Diagnostics();
        Book book = new BookAssembler(d).assemble(new ManuscriptLoader(d).load(m.dir()).orElseThrow(), Typefaces.literata(),
                Instant.EPOCH);
        Path good = tmp.resolve("good.epub");
        Written written;
        try (OutputStream out = Files.newOutputStream(good)) {
            written = new EpubWriter().write(book, Inputs.none(), out);
        }
        EpubValidator validator = new EpubValidator();
        assertEquals(List.of(), validator.validate(good));

        // the second chapter's document broken as no Colophon code breaks it today: a <summary> outside <details>
        Map<String, byte[]> entries = Epubs.entries(good);
        String document = "EPUB/" + book.chapters().get(1).id() + ".xhtml";
        String next = new String(entries.get(document), StandardCharsets.UTF_8);
        entries.put(document, next.replace("<p>More text.</p>", "<summary>More text.</summary>")
                .getBytes(StandardCharsets.UTF_8));
        Path broken = tmp.resolve("broken.epub");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(broken))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (e.getKey().equals("mimetype")) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        List<String> findings = validator.validate(broken).stream().map(written::explain).toList();
        assertTrue(!findings.isEmpty() && findings.stream().allMatch(f -> f.contains(document + ":")
                && f.endsWith("(made from " + book.chapters().get(1).sourcePath() + ")")), findings.toString());
    }
}
