package org.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.epub.EpubValidator;
import org.colophon.testing.Manuscripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Flavored Markdown spec as a test: each of its 672 examples is a chapter, the examples of each section
 * of the spec make a book, and each book is built to EPUB and PDF. No build may fail inside Colophon (exit 70, an
 * exception); an example that is an author's error in a book (a link to {@code /url}, an image that is not there,
 * a {@code <script>}) must be reported at its position, and the examples that are, and their first message, are
 * recorded in {@code gfm/expected-errors.txt} (run with {@code GFM_RECORD=1} to write it again after a deliberate
 * change). The books are then built again without those examples, and each EPUB passes EPUBCheck.
 * <p>
 * The spec ({@code gfm/gfm-spec.txt}, version 0.29) is © John MacFarlane and GitHub, under CC-BY-SA 4.0, as its
 * header says; it is copied from CommonMark-java's commonmark-test-util, which is not published on Maven Central.
 */
class GfmSpecTest {
    private static final Path SPEC = Path.of("src/test/resources/gfm/gfm-spec.txt");
    private static final Path EXPECTED = Path.of("src/test/resources/gfm/expected-errors.txt");
    private static final String FENCE = "`".repeat(32);
    private static final Pattern DIAGNOSTIC = Pattern.compile(".*/(ex-(\\d{3})\\.md):(\\d+):(\\d+): (error|warning): (.*)");

    @TempDir
    Path tmp;

    record Example(int number, String section, String markdown) {
    }

    static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        String section = "";
        List<String> lines = Files.readAllLines(SPEC, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ") || line.startsWith("# ")) {
                section = line.replaceFirst("^#+ ", "");
            } else if (line.startsWith(FENCE + " example")) {
                StringBuilder md = new StringBuilder();
                for (i++; !lines.get(i).equals("."); i++) {
                    md.append(lines.get(i).replace('→', '\t')).append('\n');
                }
                while (!lines.get(i).equals(FENCE)) {
                    i++;
                }
                out.add(new Example(out.size() + 1, section, md.toString()));
            }
        }
        return out;
    }

    @Test
    void everyExampleBuildsOrIsAPositionedError() throws Exception {
        long start = System.nanoTime();
        List<Example> examples = examples();
        assertEquals(672, examples.size());
        Map<String, List<Example>> books = new LinkedHashMap<>();
        examples.forEach(e -> books.computeIfAbsent(e.section(), s -> new ArrayList<>()).add(e));
        Map<Integer, String> errors = new TreeMap<>();
        EpubValidator validator = new EpubValidator();   // one EPUBCheck for every book
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Example>> book : books.entrySet()) {
            Path dir = tmp.resolve("book-" + (++n));
            Manuscripts m = new Manuscripts(dir);
            m.file("book.yaml", Manuscripts.VALID_YAML);
            for (Example e : book.getValue()) {
                m.file(String.format("ex-%03d.md", e.number()), e.markdown());
            }
            Manuscripts.Run run = m.build("--no-validate");
            if (run.exit() != 0 && run.exit() != 1) {
                problems.add(book.getKey() + ": exit " + run.exit() + "\n" + run.err());
                continue;
            }
            for (String line : run.err().lines().toList()) {
                Matcher d = DIAGNOSTIC.matcher(line);
                if (d.matches() && d.group(5).equals("error")) {
                    errors.putIfAbsent(Integer.parseInt(d.group(2)), d.group(6));
                } else if (line.contains(": error: ") && !d.matches()) {
                    problems.add(book.getKey() + ": an error not positioned in an example: " + line);
                }
            }
            if (run.exit() == 1) {
                // again without the examples that are errors in a book, to build and check the others
                for (Example e : book.getValue()) {
                    if (errors.containsKey(e.number())) {
                        Files.delete(m.dir().resolve(String.format("ex-%03d.md", e.number())));
                    }
                }
                if (book.getValue().stream().allMatch(e -> errors.containsKey(e.number()))) {
                    continue;
                }
                run = m.build("--no-validate");
                if (run.exit() != 0) {
                    problems.add(book.getKey() + ": the examples without errors give exit " + run.exit() + "\n" + run.err());
                    continue;
                }
            }
            var invalid = validator.validate(m.out().resolve("a-test-book.epub"));
            if (!invalid.isEmpty()) {
                problems.add(book.getKey() + ": EPUBCheck: " + invalid);
            }
            try (PDDocument pdf = Loader.loadPDF(m.out().resolve("a-test-book.pdf").toFile())) {
                assertTrue(pdf.getNumberOfPages() > 0);
            }
        }
        StringBuilder recorded = new StringBuilder();
        errors.forEach((k, v) -> recorded.append(k).append(": ").append(v.replace(tmp.toString(), "")).append('\n'));
        if (System.getenv("GFM_RECORD") != null) {
            Files.writeString(EXPECTED, recorded.toString(), StandardCharsets.UTF_8);
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        System.out.println("GFM spec: " + examples.size() + " examples in " + books.size() + " books, " + errors.size()
                + " of them author errors, built and checked in " + seconds + " s");
        assertEquals(List.of(), problems);
        assertEquals(Files.readString(EXPECTED, StandardCharsets.UTF_8), recorded.toString(),
                "the examples that are author errors, and their first message");
    }
}
