package org.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.colophon.epub.EpubWriter;
import org.colophon.book.Book;
import org.colophon.book.Chapter;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.manuscript.Manuscript;
import org.colophon.manuscript.ManuscriptLoader;
import org.colophon.manuscript.SourceFile;
import org.colophon.text.CharacterChecks;
import org.colophon.text.Texts;
import org.colophon.typeface.Typefaces;
import org.colophon.xhtml.Profile;
import org.colophon.xhtml.XhtmlRenderer;
import org.colophon.xml.SafeXml;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the path Markdown → book model → XHTML: whatever the bytes of a chapter, the build either reports
 * diagnostics or renders chapters and notes that are well-formed XML; nothing else may be thrown.
 * {@code mvn test} replays the seeds and past findings in {@code MarkdownFuzzTestInputs/} as plain parameterized
 * tests: Jazzer's replay would attach its agent, which then instruments every class the rest of the suite loads.
 * Jazzer runs only to fuzz ({@code JAZZER_FUZZ=1} or {@code -Pfuzz}); see README.md ("Fuzzing").
 */
class MarkdownFuzzTest {
    private static final Manuscript BASE = base();
    /** Jazzer's inputs folder for the fuzz test below: {@code <class>Inputs/<method>}, in the test resources. */
    private static final String INPUTS = "MarkdownFuzzTestInputs/markdownBecomesWellFormedXhtml";

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void replaysEveryInput(String name, byte[] input) {
        // the property fails by throwing: a parse error of the XHTML, or any exception of the build itself
        assertDoesNotThrow(() -> becomesWellFormedXhtml(input), name);
    }

    static Stream<Arguments> inputs() throws IOException, URISyntaxException {
        Path folder = Path.of(MarkdownFuzzTest.class.getResource(INPUTS).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<Arguments> inputs = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                inputs.add(Arguments.of(file.getFileName().toString(), Files.readAllBytes(file)));
            }
            return inputs.stream();
        }
    }

    @FuzzTest(maxDuration = "10m")
    @EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+", disabledReason = "fuzzing only: JAZZER_FUZZ=1 or -Pfuzz")
    void markdownBecomesWellFormedXhtml(byte[] input) throws IOException {
        becomesWellFormedXhtml(input);
    }

    /** The property: diagnostics, or well-formed XHTML for every chapter, the notes and the print document. */
    private static void becomesWellFormedXhtml(byte[] input) throws IOException {
        String raw = new String(input, StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();
        CharacterChecks.check(raw, "fuzz.md", diagnostics);
        if (diagnostics.hasErrors()) {
            return;   // the loader stops here, as a build would
        }
        SourceFile chapter = new SourceFile(BASE.root().resolve("fuzz.md"), "fuzz.md", Texts.nfc(raw));
        Manuscript manuscript = BASE.withChapters(List.of(chapter));
        Book book = new BookAssembler(diagnostics).assemble(manuscript, Typefaces.literata(), Instant.EPOCH);
        if (diagnostics.hasErrors()) {
            return;
        }
        XhtmlRenderer renderer = new XhtmlRenderer(book, EpubWriter.PROFILE);
        for (Chapter c : book.chapters()) {
            SafeXml.parse(renderer.chapterDocument(c).getBytes(StandardCharsets.UTF_8));
        }
        for (String chapterId : renderer.chaptersWithNotes()) {
            SafeXml.parse(renderer.notesDocument(chapterId).getBytes(StandardCharsets.UTF_8));
        }
        XhtmlRenderer print = new XhtmlRenderer(book, Profile.PRINT);
        var w = print.documentStart(book.metadata().title());
        book.chapters().forEach(c -> print.chapter(w, c));
        print.notes(w);
        SafeXml.parse(print.documentEnd(w).getBytes(StandardCharsets.UTF_8));
    }

    /** A manuscript folder with book.yaml and one chapter, made once: the fuzzed text replaces the chapter. */
    private static Manuscript base() {
        try {
            Path dir = Files.createTempDirectory("colophon-fuzz");
            Files.writeString(dir.resolve("book.yaml"), """
                    title: Fuzz
                    authors: [Fuzz]
                    language: en
                    identifier: urn:uuid:0d7f6d8e-7c61-4a53-9a39-2f8f1b0c9e11
                    """);
            Files.writeString(dir.resolve("fuzz.md"), "# Fuzz\n");
            dir.toFile().deleteOnExit();
            return new ManuscriptLoader(new Diagnostics()).load(dir).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
