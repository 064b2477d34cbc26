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
import org.colophon.diagnostic.Diagnostic;
import org.colophon.testing.MemoryBuild;
import org.colophon.testing.Rendering;
import org.colophon.testing.TestManuscript;
import org.junit.jupiter.api.Test;

/**
 * The GitHub Flavored Markdown spec as a test: each of its 672 examples is a chapter, and the examples of each
 * section of the spec make a book, checked in memory as a build checks it before it writes. No check may fail inside
 * Colophon (an exception); an example that is an author's error in a book (a link to {@code /url}, an image that is
 * not there, a {@code <script>}) must be reported at its position, and the examples that are, and their first
 * message, are recorded in {@code gfm/expected-errors.txt} (run with {@code GFM_RECORD=1} to write it again after a
 * deliberate change). Without those examples each section's book has no error; every other example is then built
 * (EPUB, PDF and cover, in memory, in books of about {@value #BOOK_SIZE} examples): no build fails (exit 70), each
 * EPUB passes EPUBCheck and each PDF has pages.
 * <p>
 * The spec ({@code gfm/gfm-spec.txt}, version 0.29) is © John MacFarlane and GitHub, under CC-BY-SA 4.0, as its
 * header says; it is copied from CommonMark-java's commonmark-test-util, which is not published on Maven Central.
 */
class GfmSpecTest {
    private static final Path SPEC = Path.of("src/test/resources/gfm/gfm-spec.txt");
    private static final Path EXPECTED = Path.of("src/test/resources/gfm/expected-errors.txt");
    private static final String FENCE = "`".repeat(32);
    private static final Pattern EXAMPLE = Pattern.compile("manuscript/ex-(\\d{3})\\.md");
    /**
     * Examples in one built book: a few books, not one a section, so that the build's fixed costs (the cover, the
     * preflight, the PDF writer's set-up) are paid a few times; EPUBCheck's time grows with the documents it reads.
     */
    private static final int BOOK_SIZE = 100;

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
        Map<String, List<Example>> sections = new LinkedHashMap<>();
        examples.forEach(e -> sections.computeIfAbsent(e.section(), s -> new ArrayList<>()).add(e));
        Map<Integer, String> errors = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        // each section a book, checked in memory as a build checks it before it writes: the examples that are errors
        for (Map.Entry<String, List<Example>> section : sections.entrySet()) {
            check(section.getKey(), section.getValue(), errors, problems);
        }
        // each section again without those examples: no error is left (one example's error hid no other's)
        for (Map.Entry<String, List<Example>> section : sections.entrySet()) {
            List<Example> rest = section.getValue().stream().filter(e -> !errors.containsKey(e.number())).toList();
            Map<Integer, String> left = new TreeMap<>();
            if (!rest.isEmpty()) {
                check(section.getKey(), rest, left, problems);
            }
            left.forEach((n, message) -> problems.add(section.getKey() + ": the examples without errors give an error at "
                    + n + ": " + message));
        }
        // every other example built, EPUB, PDF and cover, in a few big books rather than one a section: EPUBCheck
        // passes each EPUB, each PDF has pages
        List<Example> clean = examples.stream().filter(e -> !errors.containsKey(e.number())).toList();
        List<List<Example>> books = books(clean, problems);
        for (List<Example> book : books) {
            String name = "the book of examples " + book.get(0).number() + " to " + book.get(book.size() - 1).number();
            MemoryBuild run = MemoryBuild.run(manuscript(book));
            if (run.exit() != 0) {
                problems.add(name + ": exit " + run.exit() + "\n" + run.messages());
                continue;
            }
            var invalid = run.epubCheck();
            if (!invalid.isEmpty()) {
                problems.add(name + ": EPUBCheck: " + invalid);
            }
            try (PDDocument pdf = Loader.loadPDF(run.pdf())) {
                assertTrue(pdf.getNumberOfPages() > 0);
            }
        }
        StringBuilder recorded = new StringBuilder();
        errors.forEach((k, v) -> recorded.append(k).append(": ").append(v).append('\n'));
        if (System.getenv("GFM_RECORD") != null) {
            Files.writeString(EXPECTED, recorded.toString(), StandardCharsets.UTF_8);
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        System.out.println("GFM spec: " + examples.size() + " examples in " + sections.size() + " sections, " + errors.size()
                + " of them author errors, the others built in " + books.size() + " books and checked, in " + seconds + " s");
        assertEquals(List.of(), problems);
        assertEquals(Files.readString(EXPECTED, StandardCharsets.UTF_8), recorded.toString(),
                "the examples that are author errors, and their first message");
    }

    /** The examples as the chapters of one book, each in a file of its own (ex-001.md). */
    private static TestManuscript manuscript(List<Example> examples) {
        TestManuscript m = TestManuscript.empty();
        for (Example e : examples) {
            m = m.file(String.format("ex-%03d.md", e.number()), e.markdown());
        }
        return m;
    }

    /**
     * Checks the examples as one book in memory (load, model, glyphs, every writer's proof): each example's first
     * error goes into {@code errors}; an error placed in no example, or Colophon failing, is a problem.
     */
    private static void check(String book, List<Example> examples, Map<Integer, String> errors, List<String> problems) {
        List<Diagnostic> found;
        try {
            found = Rendering.of(manuscript(examples)).raw();
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(book + ": Colophon failed: " + e);
            return;
        }
        for (Diagnostic d : found) {
            Matcher m = EXAMPLE.matcher(d.path());
            if (d.isError() && m.matches() && d.line() > 0) {
                errors.putIfAbsent(Integer.parseInt(m.group(1)), d.message());
            } else if (d.isError()) {
                problems.add(book + ": an error not positioned in an example: " + d);
            }
        }
    }

    /**
     * The examples in books of about {@link #BOOK_SIZE}, in their order. Examples of different sections may clash in
     * one book (the same id twice): one that is an error there goes on to the next book, until each book is clean.
     */
    private static List<List<Example>> books(List<Example> clean, List<String> problems) {
        List<List<Example>> books = new ArrayList<>();
        List<Example> waiting = new ArrayList<>(clean);
        while (!waiting.isEmpty()) {
            List<Example> book = new ArrayList<>(waiting.subList(0, Math.min(BOOK_SIZE, waiting.size())));
            for (int round = 0; ; round++) {
                Map<Integer, String> clash = new TreeMap<>();
                check("a book of examples", book, clash, problems);
                if (clash.isEmpty()) {
                    break;
                }
                if (round > 20 || clash.size() == book.size()) {
                    problems.add("examples " + clash.keySet() + " are errors in every book: " + clash);
                    return books;
                }
                book.removeIf(e -> clash.containsKey(e.number()));
            }
            waiting.removeAll(book);
            books.add(book);
        }
        return books;
    }
}
