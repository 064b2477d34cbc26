package org.colophon.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.colophon.testing.Rendering;
import org.colophon.testing.TestFonts;
import org.colophon.testing.TestManuscript;
import org.colophon.typeface.BookTypefaces;
import org.colophon.typeface.FontFace;
import org.colophon.typeface.Typeface;
import org.junit.jupiter.api.Test;

/** book.yaml's {@code typeface:}: where the files may be, how their styles are found, and what is refused. */
class TypefaceSectionTest {
    private static final TestManuscript PAGELLA = TestFonts.withFolder(TestManuscript.of("# One\n\nText."),
            "tex-gyre-pagella", "../fonts/pagella");

    private static BookTypefaces typefaces(TestManuscript m) {
        return m.load().orElseFail().typefaces();
    }

    private static List<String> errors(TestManuscript m) {
        return Rendering.shown(m.load().sorted(), TestManuscript.CHAPTER);
    }

    @Test
    void withoutTheSectionTheBookIsSetInColophonsFaces() {
        BookTypefaces t = typefaces(TestManuscript.of("# One"));
        assertEquals(List.of("Literata", "JetBrains Mono", List.of()), List.of(t.text().family(), t.code().family(), t.fallbacks()));
    }

    @Test
    void aFolderBesideTheManuscriptGivesTheFamilysFourStylesFromTheirNameTables() {
        Typeface text = typefaces(PAGELLA.yaml("typeface:\n  text: ../fonts/pagella")).text();
        assertEquals("TeX Gyre Pagella", text.family());
        assertEquals(List.of("Regular", "Italic", "Bold", "Bold Italic"), text.faces().stream().map(FontFace::styleName).toList());
        assertTrue(text.faces().stream().allMatch(f -> f.fileName().endsWith(".otf")), "OpenType CFF: " + text.faces());
    }

    /** The styles come from the fonts, not the file names: files named against their styles still set the right ones. */
    @Test
    void fourFilesMayBeNamedAnyhow() {
        TestManuscript m = TestManuscript.of("# One").file("fonts/a.otf", TestFonts.bytes("tex-gyre-cursor/texgyrecursor-bolditalic.otf"))
                .file("fonts/b.otf", TestFonts.bytes("tex-gyre-cursor/texgyrecursor-regular.otf"))
                .file("fonts/regular.otf", TestFonts.bytes("tex-gyre-cursor/texgyrecursor-bold.otf"))
                .file("fonts/d.otf", TestFonts.bytes("tex-gyre-cursor/texgyrecursor-italic.otf"))
                .yaml("typeface:\n  code: [fonts/a.otf, fonts/b.otf, fonts/regular.otf, fonts/d.otf]");
        Typeface code = typefaces(m).code();
        assertEquals("TeX Gyre Cursor", code.family());
        assertEquals(700, code.face(true, false).weight());
        assertEquals(List.of("Regular", "Italic", "Bold", "Bold Italic"), code.faces().stream().map(FontFace::styleName).toList());
    }

    @Test
    void aMissingStyleIsAnErrorNamingIt() {
        TestManuscript m = TestManuscript.of("# One").file("fonts/r.ttf", TestFonts.bytes("noto-serif/NotoSerif-Regular.ttf"))
                .file("fonts/b.ttf", TestFonts.bytes("noto-serif/NotoSerif-Bold.ttf")).yaml("typeface:\n  text: fonts");
        assertEquals(List.of("book.yaml:6:9: error: typeface text: Noto Serif has no Italic, no Bold Italic (found: Regular, Bold); "
                + "Colophon sets emphasis and headings in the family's own italic and bold, never in a slanted or thickened "
                + "regular: add the files of Noto Serif Italic, Noto Serif Bold Italic"), errors(m));
    }

    @Test
    void aWebFontIsAnErrorSayingToUseTheTrueTypeOrOpenTypeFile() {
        TestManuscript m = TestManuscript.of("# One").file("fonts/x.woff2", TestFonts.bytes("web/NotoSerif-Regular.woff2"))
                .yaml("typeface:\n  text: fonts/x.woff2");
        assertEquals(List.of("book.yaml:6:9: error: typeface text: 'x.woff2' is a WOFF2 web font, which a PDF cannot embed; use "
                + "the family's TrueType (.ttf) or OpenType (.otf) files (the download of a font has them; woff2_decompress, "
                + "from the woff2 tools, makes one of a .woff2)"), errors(m));
    }

    @Test
    void aCidSubsetWhoseGlyphNumbersAreNotItsCidsIsRefused() {
        TestManuscript m = TestManuscript.of("# One").file("fonts/sc.otf", TestFonts.bytes("web/cid-not-gid.otf"))
                .yaml("typeface:\n  fallback: [fonts/sc.otf]");
        assertTrue(errors(m).get(0).startsWith("book.yaml:6:14: error: typeface fallback: 'sc.otf' is a CID-keyed OpenType subset "
                + "whose glyph numbers are not its CIDs"), errors(m).toString());
    }

    @Test
    void fontsOutsideTheManuscriptAndItsSiblingFontsFolderAreRefused() {
        TestManuscript m = TestFonts.withFolder(TestManuscript.of("# One"), "tex-gyre-pagella", "../other")
                .yaml("typeface:\n  text: ../other");
        assertEquals(List.of("book.yaml:6:9: error: typeface text '../other' is outside the manuscript folder and the fonts/ folder "
                + "beside it; keep the book's fonts in one of them"), errors(m));
        assertEquals(List.of("book.yaml:6:9: error: typeface text '/usr/share/fonts' is an absolute path; give a path relative to "
                + "the folder of the file that names it (manuscript/)"), errors(TestManuscript.of("# One").yaml("typeface:\n  text: /usr/share/fonts")));
    }

    /** A collection holds a face per font; {@code family:} takes one, and the Bold collection's face of it joins it. */
    @Test
    void aFallbackFromCollectionsTakesTheFamilyNamed() {
        TestManuscript m = TestFonts.withFolder(TestManuscript.of("# One"), "noto-serif-cjk", "../fonts/cjk");
        List<Typeface> all = typefaces(m.yaml("typeface:\n  fallback: [../fonts/cjk/NotoSerifCJK-Regular.ttc]")).fallbacks();
        assertEquals(List.of("Noto Serif CJK JP", "Noto Serif CJK SC"), all.stream().map(Typeface::family).toList());
        List<Typeface> sc = typefaces(m.yaml("typeface:\n  fallback:\n    - path: ../fonts/cjk\n      family: Noto Serif CJK SC"))
                .fallbacks();
        assertEquals(1, sc.size());
        assertEquals(List.of("Regular", "Bold"), sc.get(0).faces().stream().map(FontFace::styleName).toList());
        assertTrue(sc.get(0).face(false, false).covers('漢'));
        assertEquals(List.of("book.yaml:8:15: error: '../fonts/cjk' holds no family 'Noto Serif CJK KR'; it holds Noto Serif CJK SC, "
                + "Noto Serif CJK JP"), errors(m.yaml("typeface:\n  fallback:\n    - path: ../fonts/cjk\n      family: Noto Serif CJK KR")));
    }
}
