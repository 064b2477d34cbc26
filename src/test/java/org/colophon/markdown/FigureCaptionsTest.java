package org.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.colophon.book.Book;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.manuscript.ManuscriptLoader;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.TestImages;
import org.colophon.typeface.Typefaces;
import org.colophon.xhtml.Profile;
import org.colophon.xhtml.XhtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Captions as other tools make them: an image alone in its paragraph is a figure captioned by its alt text, as
 * pandoc's implicit figures and MkDocs print it; the alt text stays the alt text, and the caption that repeats it is
 * hidden from screen readers, which have just read it. Lines after the image are its caption, as before; a backslash
 * after it asks for no caption.
 */
class FigureCaptionsTest {
    @TempDir
    Path dir;

    private String body(String markdown) throws IOException {
        Files.writeString(dir.resolve("book.yaml"), Manuscripts.VALID_YAML);
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/harbour.png"), TestImages.png(1800, 1200));
        Files.writeString(dir.resolve("chapter.md"), "# T\n\n" + markdown + "\n");
        Diagnostics d = new Diagnostics();
        var manuscript = new ManuscriptLoader(d).load(dir).orElseThrow(() -> new AssertionError(d.sorted()));
        Book book = new BookAssembler(d).assemble(manuscript, Typefaces.literata(), Instant.EPOCH);
        assertEquals(0, d.errorCount(), d.sorted().toString());
        String document = new XhtmlRenderer(book, Profile.ebook(id -> id + ".xhtml")).chapterDocument(book.chapters().get(0));
        return document.substring(document.indexOf("<figure"), document.indexOf("</figure>") + 9);
    }

    @Test
    void anImageAloneInItsParagraphIsCaptionedByItsAltText() throws IOException {
        String figure = body("![The harbour of \"Hải Phòng\" at dawn.](images/harbour.png)");
        assertTrue(figure.contains("alt=\"The harbour of &quot;Hải Phòng&quot; at dawn.\""), figure);
        assertTrue(figure.contains("<figcaption><span class=\"caption\" aria-hidden=\"true\">The harbour of “Hải Phòng” "
                + "at dawn.</span></figcaption>"), figure);
    }

    @Test
    void theImagesTitleStaysItsCreditUnderTheCaption() throws IOException {
        String figure = body("![A harbour at dawn.](images/harbour.png \"Photo: A. Photographer\")");
        assertTrue(figure.contains("<span class=\"caption\" aria-hidden=\"true\">A harbour at dawn.</span> "
                + "<span class=\"credit\">Photo: A. Photographer</span>"), figure);
    }

    @Test
    void linesAfterTheImageAreItsCaptionAsBefore() throws IOException {
        String figure = body("![A harbour at dawn.](images/harbour.png)\nThe harbour in 1975.");
        assertTrue(figure.contains("<figcaption><span class=\"caption\">The harbour in 1975.</span></figcaption>"), figure);
    }

    @Test
    void aBackslashAfterTheImageAsksForNoCaption() throws IOException {
        String figure = body("![A harbour at dawn.](images/harbour.png)\\");
        assertTrue(!figure.contains("figcaption") && !figure.contains("\\"), figure);
        assertTrue(figure.contains("alt=\"A harbour at dawn.\""), figure);
    }

    @Test
    void altTextThatDescribesNothingCaptionsNothing() throws IOException {
        String figure = body("![IMG_2041.jpg](images/harbour.png)");
        assertTrue(!figure.contains("figcaption"), figure);
    }
}
