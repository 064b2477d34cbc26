package org.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.colophon.testing.Rendering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TeX math as pandoc's {@code tex_math_dollars} reads it, Markdown in and XHTML out, in memory. The renderer writes a
 * formula's TeX as text here ({@code MathMarkup.TEX}): what each format makes of it (MathML, drawings) is tested
 * with the EPUB and the PDF. Several cases are the examples of commonmark-hs's math extension (John MacFarlane's,
 * pandoc's author; commonmark-extensions/test/math.md, BSD-3-Clause), which pandoc's reader follows.
 */
class TexMathTest {

    private static Rendering.Result render(String markdown) {
        return Rendering.render("# T\n\n" + markdown + "\n");
    }

    private static String body(String markdown) {
        Rendering.Result r = render(markdown);
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.isError()), r.messages());
        return r.body();
    }

    private static String inline(String tex) {
        return "<span class=\"math tex\">" + tex + "</span>";
    }

    private static String display(String tex) {
        return "<span class=\"math display tex\">" + tex + "</span>";
    }

    static Stream<Arguments> withinALine() {
        return Stream.of(
                // commonmark-hs: inline math between $, display math between $$
                Arguments.of("Let $x$ and $y$ be integers", "<p>Let " + inline("x") + " and " + inline("y") + " be integers</p>"),
                // no space after the opening $ nor before the closing one; a digit after it makes it a price
                Arguments.of("This is not math: 2000$.", "<p>This is not math: 2000$.</p>"),
                Arguments.of("And neither is this $ 4 $.", "<p>And neither is this $ 4 $.</p>"),
                Arguments.of("Or this $4\n$.", "<p>Or this $4\n$.</p>"),
                Arguments.of("$5 or $10 and $20,000", "<p>$5 or $10 and $20,000</p>"),
                Arguments.of("$a$5", "<p>$a$5</p>"),
                // \$ is a dollar, and so inside math, where \text{…} may hold $…$
                Arguments.of("The cost is between \\$10 and 30$.", "<p>The cost is between $10 and 30$.</p>"),
                Arguments.of("$\\text{\\$}$", "<p>" + inline("\\text{\\$}") + "</p>"),
                Arguments.of("$\\text{Hello $x$ there!}$", "<p>" + inline("\\text{Hello $x$ there!}") + "</p>"),
                // a \text{ never closed opens no formula; the next $…$ is one
                Arguments.of("$\\text{a and $b$", "<p>$\\text{a and " + inline("b") + "</p>"),
                // what math holds is not Markdown
                Arguments.of("$b<a>c$", "<p>" + inline("b&lt;a&gt;c") + "</p>"),
                Arguments.of("$a_1 * b_2 * c$", "<p>" + inline("a_1 * b_2 * c") + "</p>"),
                // a code span that holds a $ stays code
                Arguments.of("$5 or `$x$` in code", "<p>$5 or <code>$x$</code> in code</p>"),
                Arguments.of("`a$b` and $c$", "<p><code>a$b</code> and " + inline("c") + "</p>"),
                // \(…\) within a line; \[…\] in running text is CommonMark's escaped brackets
                Arguments.of("Einstein's \\(E = mc^2\\).", "<p>Einstein’s " + inline("E = mc^2") + ".</p>"),
                Arguments.of("See \\[1\\] and \\[2\\].", "<p>See [1] and [2].</p>"),
                // a formula over two lines of its paragraph
                Arguments.of("a $x +\ny$ b", "<p>a " + inline("x +\ny") + " b</p>"),
                // after a formula, a quote closes and an apostrophe is one
                Arguments.of("\"$x$\" and $f$'s", "<p>“" + inline("x") + "” and " + inline("f") + "’s</p>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withinALine")
    void withinALine(String markdown, String xhtml) {
        String body = body(markdown);
        assertTrue(body.contains(xhtml), "expected " + xhtml + "\nin " + body);
    }

    @Test
    void aDisplayFormulaOnLinesOfItsOwnIsABlockAndItsLinesStayTex() {
        // "- 2x" would be a list item, "> 0" a quotation, four spaces code: inside $$ they are TeX (commonmark-hs)
        String body = body("This is display math:\n$$\nf(x) = x^2\n  - 2x + 1\n> 0\n    y\n$$\nAnd more.");
        assertEquals("<h1 id=\"t\">T</h1>\n<p>This is display math:</p>\n<div class=\"equation\">"
                + display("f(x) = x^2\n  - 2x + 1\n&gt; 0\n    y") + "</div>\n<p>And more.</p>", body);
    }

    @Test
    void aDisplayFormulaWithinAParagraphParts(){
        String body = body("The roots are $$x = \\frac{-b}{2a}$$ for every $a$.");
        assertEquals("<h1 id=\"t\">T</h1>\n<p>The roots are</p>\n<div class=\"equation\">" + display("x = \\frac{-b}{2a}")
                + "</div>\n<p>for every " + inline("a") + ".</p>", body);
    }

    @Test
    void textAfterTheClosingDelimiterGoesOnAsAParagraph() {
        String body = body("$$\nx = 1\n$$, where $x$ is one.");
        assertTrue(body.contains("<div class=\"equation\">" + display("x = 1") + "</div>\n<p>, where " + inline("x")
                + " is one.</p>"), body);
    }

    @Test
    void bracketsOnLinesOfTheirOwnAndGitHubsFenceAreDisplayFormulas() {
        String body = body("\\[\n\\int_0^1 x\\,dx\n\\]\n\n```math\n\\sum_i x_i\n```");
        assertTrue(body.contains("<div class=\"equation\">" + display("\\int_0^1 x\\,dx") + "</div>"), body);
        assertTrue(body.contains("<div class=\"equation\">" + display("\\sum_i x_i") + "</div>"), body);
    }

    @Test
    void labelledFormulasAreNumberedThroughTheBookAndLinksReachThem() {
        String body = body("$$a = b$$ {#eq:first}\n\n$$c = d$$\n\nSee $$e = f$$ {#eq:third} and [the first](#eq-first)"
                + " or [as pandoc-crossref writes it](#eq:first).");
        assertTrue(body.contains("<div class=\"equation numbered\" id=\"eq-first\"><span class=\"equation-number\">(1)</span>"
                + display("a = b") + "</div>"), body);
        assertTrue(body.contains("<div class=\"equation\">" + display("c = d") + "</div>"), body);
        assertTrue(body.contains("<div class=\"equation numbered\" id=\"eq-third\"><span class=\"equation-number\">(2)</span>"),
                body);
        assertTrue(body.contains("<a href=\"chapter.xhtml#eq-first\">the first</a>"), body);
        assertTrue(body.contains("<a href=\"chapter.xhtml#eq-first\">as pandoc-crossref writes it</a>"), body);
    }

    @Test
    void aLabelUsedTwiceIsAnError() {
        Rendering.Result r = render("$$a$$ {#eq:x}\n\n$$b$$ {#eq:x}");
        assertTrue(r.messages().contains("chapter.md:5:3: error: the id 'eq-x' is already used in this book"), r.messages());
    }

    @Test
    void aDisplayFormulaInsideEmphasisStaysThereAndItsLabelIsAWarning() {
        Rendering.Result r = render("*see $$x$$ {#eq:in} here*");
        assertTrue(r.body().contains("<p><em>see " + display("x") + " here</em></p>"), r.body());
        assertTrue(r.messages().contains("chapter.md:3:8: warning: the label {#eq:in} is not used"), r.messages());
    }

    @Test
    void aDisplayFormulaNeverClosedIsPrintedAsWrittenWithAWarning() {
        Rendering.Result r = render("$$\nx = 1\n\nNext.");
        assertTrue(r.body().contains("<p>$$\nx = 1</p>"), r.body());
        assertTrue(r.messages().contains("chapter.md:3:1: warning: '$$' opens a display formula that is not closed"),
                r.messages());
    }

    @Test
    void formulasStandInListsQuotationsHeadingsTablesAndNotes() {
        String body = body("## The $x^2$ curve\n\n- an item with $a$\n\n  $$\n  b\n  $$\n\n> $$\n> c\n> $$\n\n"
                + "| x | $y$ |\n|---|---|\n| 1 | $z$ |\n\nA note.[^n]\n\n[^n]: With $w$.");
        assertTrue(body.contains("<h2 id=\"the-x2-curve\">The " + inline("x^2") + " curve</h2>"), body);
        assertTrue(body.contains("<li><p>an item with " + inline("a") + "</p>\n<div class=\"equation\">" + display("b")), body);
        assertTrue(body.contains("<blockquote>\n<div class=\"equation\">" + display("c") + "</div>"), body);
        assertTrue(body.contains("<td>" + inline("z") + "</td>"), body);
    }
}
