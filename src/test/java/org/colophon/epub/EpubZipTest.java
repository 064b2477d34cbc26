package org.colophon.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.colophon.book.Book;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.manuscript.ManuscriptLoader;
import org.colophon.markdown.BookAssembler;
import org.colophon.output.Inputs;
import org.colophon.typeface.Typefaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EPUB's zip: entry times any date can give (SOURCE_DATE_EPOCH=0 too), the same bytes in every time zone. */
class EpubZipTest {
    @TempDir
    Path out;

    @Test
    void aDateBefore1980GivesAValidEpubWhateverTheTimeZone() throws IOException {
        Book book = minimalBook(Instant.EPOCH);   // SOURCE_DATE_EPOCH=0
        byte[] inHanoi = writeIn("Asia/Ho_Chi_Minh", book);
        byte[] inLosAngeles = writeIn("America/Los_Angeles", book);
        assertArrayEquals(inHanoi, inLosAngeles, "the bytes depend on the machine's time zone");

        ByteBuffer zip = ByteBuffer.wrap(inHanoi).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x04034b50, zip.getInt(0));
        assertEquals(0, zip.getShort(28), "mimetype carries an extra field (EPUBCheck PKG-005)");
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(inHanoi))) {
            for (ZipEntry e; (e = entries.getNextEntry()) != null; ) {
                assertNull(e.getExtra(), e.getName());
                assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0, 2), e.getTimeLocal(), e.getName());
            }
        }
        Path epub = Files.write(out.resolve("epoch.epub"), inHanoi);
        assertEquals(List.of(), new EpubValidator().validate(epub));
    }

    private static Book minimalBook(Instant modified) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        var manuscript = new ManuscriptLoader(diagnostics).load(FixtureBooksTest.BOOKS.resolve("minimal")).orElseThrow();
        return new BookAssembler(diagnostics).assemble(manuscript, Typefaces.literata(), modified);
    }

    private static byte[] writeIn(String zone, Book book) throws IOException {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new EpubWriter().write(book, Inputs.none(), bytes);
            return bytes.toByteArray();
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
