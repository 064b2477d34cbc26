package org.colophon.press;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.TimeZone;
import org.colophon.book.Book;
import org.colophon.print.PrintLayout;

/**
 * The standard every PDF of a book conforms to, the interior and the cover alike ({@code print.standard}): PDF/A-1b,
 * or PDF/X-1a:2001 for a press. OpenPDF writes what a standard asks only when told: the conformance (which makes it
 * refuse, as it writes, what the standard forbids: RGB in PDF/X), the output intent, the XMP metadata. The language,
 * the dates and the file identifier come from the book, not from the clock, so that the same book gives the same
 * bytes.
 */
public enum PdfStandard {
    PDFA_1B(PdfWriter.PDFA1B),
    PDFX_1A(PdfWriter.PDFX1A2001);

    private final int conformance;

    PdfStandard(int conformance) {
        this.conformance = conformance;
    }

    public static PdfStandard of(PrintLayout layout) {
        return layout.pdfx() ? PDFX_1A : PDFA_1B;
    }

    /** OpenPDF's conformance level, for {@code setPDFXConformance} (Flying Saucer's renderer passes it on). */
    public int conformance() {
        return conformance;
    }

    /**
     * What the document says of itself, once it is open and before its pages are written. The output intent: sRGB
     * for PDF/A-1b; for PDF/X-1a:2001 the registered characterization "CGATS TR 001" (SWOP, the US web offset press
     * KDP and IngramSpark print on) by its identifier alone: ISO 15930-1 asks for an embedded profile only when the
     * condition is not in the ICC's registry (http://www.color.org), so no CMYK profile, whose licence would have to
     * allow it, ships with Colophon. Then the book's language, its date as the creation and modification dates, and a
     * file identifier from the book's identifier, its date and {@code part} ("" for the interior, "cover"), so that
     * the two files differ.
     */
    public void describe(PdfWriter writer, Book book, String part) throws IOException {
        if (this == PDFX_1A) {
            writer.setOutputIntents("CGATS TR 001", "SWOP (Publication) Grade 5 Paper", "http://www.color.org",
                    "U.S. Web Coated (SWOP)", (byte[]) null);
        } else {
            writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        }
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(book.metadata().language()));
        Calendar modified = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        modified.setTimeInMillis(book.modified().toEpochMilli());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(modified));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(modified));
        byte[] id = digest(book.metadata().identifier() + "\n" + (part.isEmpty() ? "" : part + "\n") + book.modified());
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    /**
     * As the document closes: the XMP metadata PDF/A-1 asks for. PDF/X-1a:2001 is PDF 1.3, which has no metadata
     * stream: its conformance is in the document information, where OpenPDF writes it.
     */
    public void close(PdfWriter writer) {
        if (this == PDFA_1B) {
            writer.createXmpMetadata();
        }
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
