package org.colophon.preflight;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** What the preflight reads from a written PDF with OpenPDF: pages, boxes, fonts, colour spaces, the standard. */
record PdfFacts(int pages, float width, float height, float trimWidth, float trimHeight, boolean fontsEmbedded,
        Set<String> unembedded, boolean rgb, String pdfx) {
    /** An RGB colour operator in a content stream: "r g b rg" or "RG". */
    private static final Pattern RGB_OPERATOR = Pattern.compile("(?<![A-Za-z])(rg|RG)(?![A-Za-z])");

    /** By name from the disk, as always; from a stream on another file system (tests keep theirs in memory). */
    private static PdfReader open(Path file) throws IOException {
        if (file.getFileSystem() == FileSystems.getDefault()) {
            return new PdfReader(file.toString());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new PdfReader(in);
        }
    }

    static PdfFacts read(Path file) throws IOException {
        PdfReader reader = open(file);
        try {
            Set<String> unembedded = new HashSet<>();
            boolean rgb = false;
            Set<PdfDictionary> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                String content = new String(reader.getPageContent(i), StandardCharsets.ISO_8859_1);
                rgb |= RGB_OPERATOR.matcher(content).find();
                rgb |= resources(reader.getPageN(i).getAsDict(PdfName.RESOURCES), unembedded, seen);
            }
            var trim = reader.getBoxSize(1, "trim");
            var media = reader.getPageSize(1);
            String pdfx = String.valueOf(reader.getInfo().getOrDefault("GTS_PDFXConformance", ""));
            return new PdfFacts(reader.getNumberOfPages(), media.getWidth(), media.getHeight(),
                    trim == null ? media.getWidth() : trim.getWidth(), trim == null ? media.getHeight() : trim.getHeight(),
                    unembedded.isEmpty(), unembedded, rgb, pdfx);
        } finally {
            reader.close();
        }
    }

    /** Walks fonts, images and forms of a resource dictionary; true when an RGB colour space or image is found. */
    private static boolean resources(PdfDictionary res, Set<String> unembedded, Set<PdfDictionary> seen) throws IOException {
        if (res == null || !seen.add(res)) {
            return false;
        }
        boolean rgb = false;
        PdfDictionary fonts = res.getAsDict(PdfName.FONT);
        if (fonts != null) {
            for (PdfName n : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(n);
                if (font != null && !embedded(font)) {
                    unembedded.add(String.valueOf(font.get(PdfName.BASEFONT)));
                }
            }
        }
        PdfDictionary spaces = res.getAsDict(PdfName.COLORSPACE);
        if (spaces != null) {
            for (PdfName n : spaces.getKeys()) {
                rgb |= isRgb(PdfReader.getPdfObject(spaces.get(n)));
            }
        }
        PdfDictionary xobjects = res.getAsDict(PdfName.XOBJECT);
        if (xobjects != null) {
            for (PdfName n : xobjects.getKeys()) {
                PdfObject o = PdfReader.getPdfObject(xobjects.get(n));
                if (o instanceof PRStream s) {
                    if (PdfName.IMAGE.equals(s.getAsName(PdfName.SUBTYPE))) {
                        rgb |= isRgb(PdfReader.getPdfObject(s.get(PdfName.COLORSPACE)));
                    } else {
                        String content = new String(PdfReader.getStreamBytes(s), StandardCharsets.ISO_8859_1);
                        rgb |= RGB_OPERATOR.matcher(content).find();
                        rgb |= resources(s.getAsDict(PdfName.RESOURCES), unembedded, seen);
                    }
                }
            }
        }
        return rgb;
    }

    private static boolean isRgb(PdfObject space) {
        if (PdfName.DEVICERGB.equals(space) || PdfName.CALRGB.equals(space)) {
            return true;
        }
        if (space instanceof PdfArray a && a.size() > 1) {
            PdfObject kind = a.getPdfObject(0);
            if (PdfName.ICCBASED.equals(kind) && PdfReader.getPdfObject(a.getPdfObject(1)) instanceof PdfDictionary icc) {
                return icc.getAsNumber(PdfName.N) != null && icc.getAsNumber(PdfName.N).intValue() == 3;
            }
            if (PdfName.INDEXED.equals(kind) || PdfName.CALRGB.equals(kind)) {
                return PdfName.CALRGB.equals(kind) || isRgb(PdfReader.getPdfObject(a.getPdfObject(1)));
            }
        }
        return false;
    }

    private static boolean embedded(PdfDictionary font) {
        PdfDictionary f = font;
        PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
        if (descendants != null && descendants.size() > 0) {
            f = (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
        }
        if (PdfName.TYPE3.equals(f.getAsName(PdfName.SUBTYPE))) {
            return true;
        }
        PdfDictionary d = f.getAsDict(PdfName.FONTDESCRIPTOR);
        return d != null && (d.get(PdfName.FONTFILE) != null || d.get(PdfName.FONTFILE2) != null || d.get(PdfName.FONTFILE3) != null);
    }
}
