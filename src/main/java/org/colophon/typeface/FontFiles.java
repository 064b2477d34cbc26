package org.colophon.typeface;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.colophon.text.Texts;

/**
 * Reads the font files an author brings: TrueType ({@code .ttf}), OpenType with CFF outlines ({@code .otf}) and
 * collections ({@code .ttc}, each of whose fonts is a face of its own, taken out as a font file of its own, so that
 * the PDF, the EPUB and Java's text layout all get a plain font). Each face's family and style come from its name
 * table and OS/2 table, never from the file's name. What cannot be embedded is refused with what to do instead:
 * a web font (WOFF, WOFF2), a variable font, a font whose licence forbids embedding, anything that is not a font.
 */
public final class FontFiles {
    /** A face with what its name table says of it: the family it belongs to, its designer and licence. */
    public record Named(FontFace face, String family, String typographicFamily, String designer, String license, Path file) {
    }

    /** Why a file cannot be a face of the book, said to an author. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private FontFiles() {
    }

    /** Whether a file's name says it may be a font (the folders an author names hold licences and notes too). */
    public static boolean looksLikeFont(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc") || name.endsWith(".otc")
                || name.endsWith(".woff") || name.endsWith(".woff2") || name.endsWith(".pfb") || name.endsWith(".pfa")
                || name.endsWith(".dfont");
    }

    /** A file as it was read: the same file, unchanged, gives the same faces (and so the same fonts) again. */
    private record Key(Path file, long size, FileTime modified) {
    }

    private static final Map<Key, List<Named>> READ = new ConcurrentHashMap<>();

    /**
     * The faces of a font file: one, or one per font of a collection. Read once per JVM while the file stays as it
     * is, so that every build of a session shares its fonts, as it shares Colophon's own ({@code press/EmbeddedFonts}).
     */
    public static List<Named> read(Path file) throws IOException, Refused {
        Path real = file.toRealPath();
        Key key = new Key(real, Files.size(real), Files.getLastModifiedTime(real));
        List<Named> known = READ.get(key);
        if (known != null) {
            return known;
        }
        List<Named> faces = List.copyOf(readNew(file));
        READ.keySet().removeIf(k -> k.file().equals(real));   // an older version of the file
        READ.put(key, faces);
        return faces;
    }

    private static List<Named> readNew(Path file) throws IOException, Refused {
        byte[] data = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        int signature = Sfnt.signature(data);
        List<Named> faces = new ArrayList<>();
        switch (signature) {
            case Sfnt.TRUETYPE, Sfnt.APPLE_TRUETYPE, Sfnt.CFF -> faces.add(face(file, data, new Sfnt(data, 0)));
            case Sfnt.COLLECTION -> {
                for (int offset : Sfnt.collectionOffsets(data)) {
                    Sfnt font = new Sfnt(data, offset);
                    faces.add(face(file, font.standalone(), font));
                }
            }
            case Sfnt.WOFF, Sfnt.WOFF2 -> throw new Refused("'" + name + "' is a " + (signature == Sfnt.WOFF ? "WOFF" : "WOFF2")
                    + " web font, which a PDF cannot embed; use the family's TrueType (.ttf) or OpenType (.otf) files "
                    + "(the download of a font has them; woff2_decompress, from the woff2 tools, makes one of a .woff2)");
            default -> throw new Refused("'" + name + "' is not a TrueType or OpenType font; Colophon embeds .ttf, .otf "
                    + "and .ttc files (Type 1 and Mac suitcase fonts are not embedded: use the family's OpenType files)");
        }
        return faces;
    }

    private static Named face(Path file, byte[] data, Sfnt font) throws Refused {
        String name = file.getFileName().toString();
        if (!font.has("cmap") || !font.has("name") || !font.has("hmtx") || !(font.has("glyf") || font.has("CFF "))) {
            throw new Refused("'" + name + "' lacks the tables of a font (cmap, name, hmtx and its outlines): it is damaged "
                    + "or not an outline font; use the family's TrueType or OpenType files");
        }
        if (font.has("fvar")) {
            throw new Refused("'" + name + "' is a variable font, whose styles a PDF cannot embed one by one; use the "
                    + "family's static files (often in its static/ folder), one file per style");
        }
        if (font.embeddingType() == 2) {
            throw new Refused("'" + name + "' may not be embedded: its licence says so (OS/2 fsType 2, restricted); "
                    + "choose a face whose licence allows embedding, such as one under the SIL Open Font License");
        }
        if (font.cidsAreNotGlyphNumbers()) {
            throw new Refused("'" + name + "' is a CID-keyed OpenType subset whose glyph numbers are not its CIDs (a font "
                    + "tool's subset); OpenPDF would print its glyphs blank: use the family's whole .otf or .ttc file "
                    + "(the PDF embeds only the glyphs the book uses) or its TrueType version");
        }
        String family = font.name(1).orElse(name);
        String typographic = font.name(16).orElse(family);
        String style = font.name(2).orElse("Regular").toLowerCase(Locale.ROOT);
        int selection = font.selection();
        boolean italic;
        boolean bold;
        if (selection >= 0 && (selection & 0x0261) != 0) {   // italic, bold, regular or oblique: fsSelection says it
            italic = (selection & 0x0201) != 0;
            bold = (selection & 0x0020) != 0;
        } else if (selection < 0) {
            italic = (font.macStyle() & 2) != 0;
            bold = (font.macStyle() & 1) != 0;
        } else {
            italic = style.contains("italic") || style.contains("oblique");
            bold = style.contains("bold");
        }
        String designer = font.name(9).filter(d -> d.length() <= 80).or(() -> font.name(8)).or(() -> font.name(9)).orElse("");
        String license = font.name(13).orElse(font.name(14).orElse(""));
        String extension = font.version() == Sfnt.CFF ? ".otf" : ".ttf";
        String styleName = bold ? (italic ? "bold-italic" : "bold") : italic ? "italic" : "regular";
        // one name per family and style, whatever the files were called: the EPUB holds them side by side
        String fileName = Texts.slug(family) + "-" + styleName + extension;
        FontFace face = new FontFace(fileName, file.toAbsolutePath().toString(), bold ? 700 : 400, italic, data);
        return new Named(face, family, typographic, designer, license, file);
    }
}
