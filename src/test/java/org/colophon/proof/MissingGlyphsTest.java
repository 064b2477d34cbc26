package org.colophon.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.colophon.cli.Main;
import org.colophon.testing.Manuscripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chapter in a script the typefaces lack is one error, saying which fallback face to add, not one per character: a chapter in Chinese gave hundreds,
 * which hid every other error. Characters missing here and there are still each reported, once per file and face.
 */
class MissingGlyphsTest {

    @Test
    void aScriptTheTypefacesLackIsOneErrorAndStrayCharactersOneEach(@TempDir Path tmp) throws IOException {
        // 40 different Han characters (U+4E00, U+4E07…), each used twice, after a title with two more
        StringBuilder han = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            han.appendCodePoint(0x4E00 + 7 * (i % 40));
        }
        Manuscripts m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML + "chapters: [zh.md, two.md]\n")
                .file("zh.md", "# 你好 Hello\n\nHello 🌍 world 🌍 and 🌍.\n\n" + han + "\n\n" + han + "\n\n```\n♠ ♥\n```\n")
                .file("two.md", "# Two ǹ\n\nText ǹ, 世 and 🌍.\n");
        Manuscripts.Run run = m.build("--no-validate");
        assertEquals(Main.MANUSCRIPT_ERRORS, run.exit(), run.err());
        assertTrue(m.nothingWritten());
        String dir = m.dir().toAbsolutePath().toString();
        List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).toList();
        List<String> expected = List.of(
                // sorted by file, then position
                // the title's letter is reported at the title (set in the contents in regular), not at its later use
                dir + "/two.md:1:7: error: 'ǹ' (U+01F9) has no glyph in Literata Bold",
                dir + "/two.md:1:7: error: 'ǹ' (U+01F9) has no glyph in Literata Regular (and 1 more time in this file)",
                dir + "/two.md:1:7: error: 'ǹ' (U+01F9) has no glyph in Literata Italic",
                dir + "/two.md:3:9: error: '世' (U+4E16) has no glyph in Literata Regular; add a fallback face that covers Han, "
                        + "Kana and Hangul (typeface: fallback: in book.yaml, such as Noto Serif CJK or Noto Sans CJK; see "
                        + "README.md, 'The typefaces')",
                dir + "/two.md:3:15: error: '🌍' (U+1F30D) has no glyph in Literata Regular",
                dir + "/zh.md:1:3: error: 42 different CJK characters, such as 你, 好, 一, 万 and 与, have no glyph in Literata Bold, "
                        + "Literata Italic and Literata Regular, from here to line 7; add a fallback face that covers Han, Kana "
                        + "and Hangul (typeface: fallback: in book.yaml, such as Noto Serif CJK or Noto Sans CJK; see README.md, "
                        + "'The typefaces')",
                dir + "/zh.md:3:7: error: '🌍' (U+1F30D) has no glyph in Literata Regular (and 2 more times in this file)",
                dir + "/zh.md:10:1: error: '♠' (U+2660) has no glyph in JetBrains Mono Regular",
                dir + "/zh.md:10:3: error: '♥' (U+2665) has no glyph in JetBrains Mono Regular");
        assertEquals(expected, errors);
        assertTrue(run.err().contains("9 errors; no book file was written or changed"), run.err());
        assertEquals(run.err(), m.build("--no-validate").err(), "the same on every run");
    }
    /** A line that says hello in eight scripts, each lacking fewer than eleven characters: one error per script, not per letter. */
    @Test
    void manyScriptsInOneFileAreOneErrorEach(@TempDir Path tmp) throws IOException {
        Manuscripts m = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML)
                .file("a.md", "# Strings\n\n```\n\"中文 español हिन्दी العربية বাংলা 日本語 ਪੰਜਾਬੀ 한국어\";\n```\n");
        Manuscripts.Run run = m.build("--no-validate");
        assertEquals(Main.MANUSCRIPT_ERRORS, run.exit(), run.err());
        // the Arabic is also an error for the PDF, which cannot set right to left (RightToLeft)
        assertTrue(run.err().contains("a.md:4:20: error: Arabic text is written right to left"), run.err());
        List<String> errors = run.err().lines().filter(l -> l.contains(" have no glyph")).map(l -> l.replaceFirst("^.*/a\\.md:", "a.md:"))
                .map(l -> l.substring(0, l.indexOf(" have no glyph"))).toList();
        assertEquals(List.of(
                "a.md:4:2: error: 8 different CJK characters, such as 中, 文, 日, 本 and 語,",
                "a.md:4:13: error: 6 different Devanagari characters, such as ह, ि, न, ् and द,",
                "a.md:4:20: error: 7 different Arabic characters, such as ا, ل, ع, ر and ب,",
                "a.md:4:28: error: 4 different Bengali characters, such as ব, া, ং and ল,",
                "a.md:4:38: error: 6 different Gurmukhi characters, such as ਪ, ੰ, ਜ, ਾ and ਬ,"), errors);
    }
}
