package org.colophon.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the benchmark's technical book: the essay's paragraphs as 20 chapters, with {@code FORMULAS} formulas among
 * them (three in five within a line, the others displayed, one display in three numbered), each different (its
 * indices differ), so that every one is set anew. With {@code --plain}, the same book with each formula replaced by a
 * word: the two builds' difference is the cost of the math.
 * {@code java -cp target/test-classes:target/classes org.colophon.bench.TechnicalBook manuscript OUT_DIR FORMULAS [--plain]}
 */
public final class TechnicalBook {
    /** Formulas of the kinds a technical book holds; {@code %d} is a number that makes each one of its own. */
    private static final List<String> INLINE = List.of("x_{%d}^2", "\\mathbf{w}^\\top \\mathbf{x}_{%d} + b",
            "\\alpha_{%d} \\in (0, 1)", "\\frac{1}{n_{%d}}", "\\sum_{i=1}^{%d} x_i", "O(n^{%d} \\log n)",
            "\\lVert \\mathbf{v}_{%d} \\rVert_2", "p(y \\mid x_{%d})", "\\text{độ dài}_{%d}", "e^{-\\lambda t_{%d}}");
    private static final List<String> DISPLAY = List.of(
            "\\hat{y}_{%d} = \\sigma\\left(\\sum_{j=1}^{m} w_j x_j + b\\right)",
            "\\mathcal{L}_{%d}(\\theta) = -\\frac{1}{N} \\sum_{i=1}^{N} \\log p_\\theta(y_i \\mid x_i)",
            "\\begin{aligned} f_{%d}(x) &= x^2 - 2x + 1 \\\\ &= (x - 1)^2 \\end{aligned}",
            "\\int_0^{%d} e^{-t^2}\\,dt \\approx \\frac{\\sqrt{\\pi}}{2}",
            "\\mathbf{A}_{%d} = \\begin{pmatrix} a_{11} & a_{12} \\\\ a_{21} & a_{22} \\end{pmatrix}",
            "\\nabla_\\theta J_{%d} = \\mathbb{E}\\left[\\frac{\\partial \\ell}{\\partial \\theta}\\right]",
            "\\text{chu vi}_{%d} = a + b + \\sqrt{a^2 + b^2}");
    private static final int CHAPTERS = 20;

    private TechnicalBook() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]), args.length > 3 && args[3].equals("--plain"));
    }

    public static void write(Path essay, Path out, int formulas, boolean plain) throws IOException {
        Files.createDirectories(out);
        List<String> paragraphs = new ArrayList<>();
        for (String part : List.of("01-opening.md", "02-sino-soviet-rupture.md", "03-neutral.md", "04-rapprochement.md",
                "05-treaty.md")) {
            for (String p : Files.readString(essay.resolve(part), StandardCharsets.UTF_8).split("\n\n")) {
                // the essay's text, without its headings, notes, figures and their captions
                String raw = p.strip();
                String text = raw.replaceAll("\\[\\^\\w+\\]", "");
                if (!text.isEmpty() && !raw.startsWith("#") && !raw.startsWith("[^") && !raw.startsWith("!")
                        && !raw.startsWith("<") && !raw.contains("\n")) {
                    paragraphs.add(text);
                }
            }
        }
        StringBuilder yaml = new StringBuilder("""
                title: A Technical Book of %d Formulas
                authors:
                  - Colophon benchmark
                language: en
                identifier: urn:uuid:3e9f1c2a-8b7d-4a6e-9c5f-2d1b0a9e8f7c
                chapters:
                """.formatted(formulas));
        int made = 0;
        int perChapter = (formulas + CHAPTERS - 1) / CHAPTERS;
        for (int c = 1; c <= CHAPTERS; c++) {
            StringBuilder chapter = new StringBuilder("# Chapter " + c + "\n\n");
            for (int k = 0; k < perChapter && made < formulas; k++, made++) {
                String text = paragraphs.get(made % paragraphs.size());
                if (made % 5 < 3) {   // within a line: after the paragraph's first sentence
                    String tex = INLINE.get(made % INLINE.size()).formatted(made);
                    int end = text.indexOf(". ");
                    String math = plain ? "formula" : "$" + tex + "$";
                    chapter.append(end < 0 ? text + " " + math : text.substring(0, end) + ", " + math + text.substring(end))
                            .append("\n\n");
                } else {
                    String tex = DISPLAY.get(made % DISPLAY.size()).formatted(made);
                    chapter.append(text).append("\n\n");
                    chapter.append(plain ? "Formula." : "$$\n" + tex + "\n$$" + (made % 3 == 0 ? " {#eq:f" + made + "}" : ""))
                            .append("\n\n");
                }
            }
            String name = String.format("chapter-%02d.md", c);
            yaml.append("  - ").append(name).append('\n');
            Files.writeString(out.resolve(name), chapter, StandardCharsets.UTF_8);
        }
        Files.writeString(out.resolve("book.yaml"), yaml, StandardCharsets.UTF_8);
    }
}
