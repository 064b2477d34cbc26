package org.colophon.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.testing.Epubs;
import org.colophon.testing.Manuscripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Books in Vietnamese and French, built by the real command line (EPUBCheck included): no word Colophon adds is left
 * in English, in any XHTML document, the navigation, the NCX, the accessibility summary or the PDF's text.
 */
class LocalizedBookTest {
    @TempDir
    Path tmp;

    /** A book with every generated word in play: cover, notes, an image, a task list, publisher, date, ISBN, edition. */
    static Manuscripts book(Path root, String yaml, String chapter) throws IOException {
        BufferedImage img = new BufferedImage(400, 640, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", jpeg);
        return new Manuscripts(root).file("book.yaml", yaml).bytes("cover.jpg", jpeg.toByteArray())
                .bytes("images/plan.jpg", jpeg.toByteArray()).file("01.md", chapter);
    }

    static final String VI_YAML = """
            title: Đường về
            authors: [Nguyễn Văn Ánh]
            language: vi
            date: 2019-12
            publisher: Nhà xuất bản Trẻ
            rights: © 2019 Nguyễn Văn Ánh
            edition: In lần thứ nhất
            isbn: 978-3-16-148410-0
            identifier: urn:uuid:0d7f6d8e-7c61-4a53-9a39-2f8f1b0c9e12
            cover: cover.jpg
            """;
    static final String VI_TEXT = """
            # Chương một

            Trời đã sáng.[^a]

            ![Bản đồ làng.](images/plan.jpg)

            - [ ] Việc chưa làm
            - [x] Việc đã làm

            [^a]: Lời chú.
            """;
    static final String FR_YAML = """
            title: Le chemin
            authors: [Jeanne Auteur]
            language: fr-CA
            date: 2019-12-16
            publisher: Éditions du Quai
            rights: © 2019 Jeanne Auteur
            edition: Première édition
            isbn: 978-3-16-148410-0
            identifier: urn:uuid:0d7f6d8e-7c61-4a53-9a39-2f8f1b0c9e13
            cover: cover.jpg
            """;
    static final String FR_TEXT = """
            # Chapitre premier

            Il pleuvait.[^a]

            ![Une carte du village.](images/plan.jpg)

            - [ ] Tâche à venir
            - [x] Tâche accomplie

            [^a]: Une remarque.
            """;

    /** The English catalogue's words, cut at each {n}, that the language's own catalogue does not also use. */
    static List<String> englishWords(String language) throws IOException {
        String own = String.join("\n", Labels.of(language).all().values());
        Properties en = new Properties();
        try (var in = Labels.class.getResourceAsStream("labels_en.properties")) {
            en.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> words = new ArrayList<>(List.of("December", "Chapter"));
        for (String key : en.stringPropertyNames()) {
            if (key.startsWith("date-")) {
                continue;
            }
            for (String piece : en.getProperty(key).split("\\{\\d}")) {
                String p = piece.strip().replaceAll("^[,.:() ]+|[,.:() ]+$", "");
                if (p.length() >= 4 && !own.contains(p)) {
                    words.add(p);
                }
            }
        }
        return words;
    }

    /** Text and the attribute values read aloud or shown (aria-label, alt, title, content) of an XML file. */
    static String readable(byte[] xml) {
        String s = new String(xml, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(s.replaceAll("<[^>]*>", " "));
        Matcher m = Pattern.compile("(aria-label|alt|title|content)=\"([^\"]*)\"").matcher(s);
        while (m.find()) {
            out.append('\n').append(m.group(2));
        }
        return out.toString();
    }

    static Map<String, String> builtTexts(Manuscripts ms) throws IOException {
        Manuscripts.Run run = ms.build();
        assertEquals(0, run.exit(), run.err());
        Path epub = ms.epub();
        Path pdf = ms.interiorPdf();
        Map<String, String> texts = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : Epubs.entries(epub).entrySet()) {
            String name = e.getKey();
            if (name.endsWith(".xhtml") || name.endsWith(".ncx")) {
                texts.put(name, readable(e.getValue()));
            } else if (name.endsWith(".opf")) {
                Matcher m = Pattern.compile("property=\"schema:accessibilitySummary\">([^<]*)<")
                        .matcher(new String(e.getValue(), StandardCharsets.UTF_8));
                assertTrue(m.find(), "the package has an accessibility summary");
                texts.put(name, m.group(1));
            }
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            texts.put("PDF", new PDFTextStripper().getText(doc));
        }
        return texts;
    }

    static void assertNoEnglish(Map<String, String> texts, List<String> english) {
        List<String> found = new ArrayList<>();
        texts.forEach((file, text) -> english.stream().filter(text::contains).forEach(w -> found.add(file + ": " + w)));
        assertEquals(List.of(), found);
    }

    @Test
    void aVietnameseBookHasNoEnglishWord() throws IOException {
        List<String> english = englishWords("vi");
        assertTrue(english.containsAll(List.of("Contents", "Notes", "Cover", "Start of the book", "Back to the text of note",
                "Identifier", "Published by")), english.toString());
        assertTrue(english.stream().anyMatch(w -> w.startsWith("This publication has a table of contents")), english.toString());
        Map<String, String> texts = builtTexts(book(tmp, VI_YAML, VI_TEXT));
        assertNoEnglish(texts, english);
        String pdf = texts.get("PDF");
        assertTrue(pdf.contains("Mục lục") && pdf.contains("Chú thích"), pdf);
        assertTrue(pdf.contains("Nhà xuất bản Trẻ xuất bản, tháng 12 năm 2019."), pdf);
        assertTrue(texts.get("EPUB/nav.xhtml").contains("Bìa sách"), texts.get("EPUB/nav.xhtml"));
        assertTrue(texts.values().stream().anyMatch(t -> t.contains("Quay lại đoạn văn của chú thích 1")));
        assertTrue(texts.values().stream().anyMatch(t -> t.contains("chưa xong")));
    }

    @Test
    void aFrenchBookHasNoEnglishWordAndARegionTagTakesItsLanguage() throws IOException {
        List<String> english = englishWords("fr");
        assertTrue(english.containsAll(List.of("Contents", "Cover", "Published by", "Every image has a text description")),
                english.toString());
        Map<String, String> texts = builtTexts(book(tmp, FR_YAML, FR_TEXT));
        assertNoEnglish(texts, english);
        String pdf = texts.get("PDF");
        assertTrue(pdf.contains("Table des matières"), pdf);
        assertTrue(pdf.contains("Publié par Éditions du Quai, 16 décembre 2019."), pdf);
        assertTrue(texts.get("EPUB/package.opf").startsWith("Cette publication"), texts.get("EPUB/package.opf"));
    }

    @Test
    void aLanguageWithoutCatalogueIsEnglishWithOneWarningThatNamesIt() throws IOException {
        Manuscripts ms = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML.replace("language: en", "language: sv"))
                .file("01.md", "# Kapitel\n\nText.\n");
        Manuscripts.Run run = ms.build("--format", "epub", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        assertEquals(1, run.err().split("no words in 'sv'", -1).length - 1, run.err());
        assertTrue(run.err().contains("book.yaml:3:11: warning:"), run.err());
    }

    @Test
    void labelsInBookYamlOverrideTheCatalogueAndAnUnknownOneIsAWarningWithAHint() throws IOException {
        Manuscripts ms = new Manuscripts(tmp).file("book.yaml", FR_YAML.replace("cover: cover.jpg\n", "")
                + "notes-title: Renvois\nlabels:\n  contents: Sommaire\n  contets: x\n")
                .file("01.md", FR_TEXT.replace("![Une carte du village.](images/plan.jpg)", ""));
        Manuscripts.Run run = ms.build("--format", "epub", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("unknown key 'contets' in 'labels' is ignored (did you mean 'contents'?)"), run.err());
        Path epub = ms.epub();
        String nav = new String(Epubs.entries(epub).get("EPUB/nav.xhtml"), StandardCharsets.UTF_8);
        assertTrue(nav.contains(">Sommaire</h1>"), nav);
        assertTrue(nav.contains(">Renvois</a>"), nav);
    }

    @Test
    void datesAreWrittenAsPeopleWriteThemInEachLanguage() {
        assertEquals("tháng 12 năm 2019", Labels.of("vi").date("2019-12"));
        assertEquals("décembre 2019", Labels.of("fr").date("2019-12"));
        assertEquals("December 2019", Labels.of("en").date("2019-12"));
        assertEquals("16. Dezember 2019", Labels.of("de").date("2019-12-16"));
        assertEquals("prosinec 2019", Labels.of("cs").date("2019-12"));
        assertEquals("grudzień 2019", Labels.of("pl").date("2019-12"));
        assertEquals("diciembre de 2019", Labels.of("es").date("2019-12-16T10:00Z".substring(0, 7)));
        assertEquals("2019", Labels.of("vi").date("2019"));
    }

    @Test
    void everyShippedCatalogueHasEveryKey() {
        for (String language : Labels.SHIPPED) {
            Labels labels = Labels.of(language);
            for (String key : Labels.keys()) {
                if (!key.equals("isbn") && !key.equals("scene-break")) {
                    assertTrue(language.equals("en") || !labels.get(key).equals(Labels.of("en").get(key))
                            || List.of("Colophon", "open", "Notes", "Details", "Tip", "Important", "Index", "Figure {0}", "Section {0}").contains(labels.get(key))   // words of those languages too
                            || key.startsWith("date-"), language + " translates " + key);
                }
            }
        }
    }
}
