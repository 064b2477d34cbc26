package org.colophon.xhtml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.colophon.testing.Rendering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each construct of a chapter becomes in XHTML, Markdown in and XHTML out, in memory: the fast layer of the test
 * pyramid. Each case is one line of Markdown and the exact XHTML a reading system gets.
 */
class RenderingTest {

    private static String body(String markdown) {
        Rendering.Result r = Rendering.render(markdown);
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.isError()), r.messages());
        return r.body();
    }

    /** One line of Markdown, and the exact XHTML it becomes. */
    static Stream<Arguments> inlineCases() {
        return Stream.of(
                Arguments.of("*emphasis* and **strong**", "<p><em>emphasis</em> and <strong>strong</strong></p>"),
                Arguments.of("`code` & <", "<p><code>code</code> &amp; &lt;</p>"),
                Arguments.of("~~struck~~", "<p><del>struck</del></p>"),
                Arguments.of("[web](<https://example.org/a b>)", "<p><a href=\"https://example.org/a%20b\">web</a></p>"),
                Arguments.of("<https://example.org/\\[>", "<p><a href=\"https://example.org/%5C%5B\">https://example.org/\\[</a></p>"),
                Arguments.of("\"Quoted\" -- it's... done", "<p>“Quoted” – it’s… done</p>"),
                Arguments.of("line one\\\nline two", "<p>line one<br/>\nline two</p>"),
                Arguments.of("<span lang=\"vi\" title=\"x\">Xin chào</span>", "<p><span lang=\"vi\" title=\"x\" xml:lang=\"vi\">Xin chào</span></p>"),
                Arguments.of("H<sub>2</sub>O", "<p>H<sub>2</sub>O</p>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inlineCases")
    void inlines(String markdown, String xhtml) {
        String body = body("# Title\n\n" + markdown + "\n");
        assertTrue(body.contains(xhtml), "expected " + xhtml + "\nin " + body);
    }

    @Test
    void headingsGetIdsInTheirOwnScriptAndAnExplicitIdWins() {
        String body = body("# Chương trình máy tính\n\n## Straße und Œuvre\n\n## Mine {#my-id}\n\n## 1975\n");
        assertTrue(body.contains("<h1 id=\"chương-trình-máy-tính\">Chương trình máy tính</h1>"), body);
        assertTrue(body.contains("<h2 id=\"straße-und-œuvre\">Straße und Œuvre</h2>"), body);
        assertTrue(body.contains("<h2 id=\"my-id\">Mine</h2>"), body);
        assertTrue(body.contains("<h2 id=\"h-1975\">1975</h2>"), body);
    }

    /** The notes section's own ids (a chapter's subhead, a note's number in print) are never an author's heading's. */
    @Test
    void headingIdsStayClearOfTheNotesSectionsIds() {
        // the chapter is chapter.md, whose notes would stand under #notes-to-chapter
        String body = body("# T\n\n## Notes to chapter\n\n## Note 3 number\n");
        assertTrue(body.contains("<h2 id=\"notes-to-chapter-2\">"), body);
        assertTrue(body.contains("<h2 id=\"note-3-number-2\">"), body);
    }

    @Test
    void aTightListHoldsItsTextAndALooseOneItsParagraphs() {
        String tight = body("# T\n\n- a\n- b\n");
        assertTrue(tight.contains("<ul>\n<li>a</li>\n<li>b</li>\n</ul>"), tight);
        String loose = body("# T\n\n3. a\n\n4. b\n");
        assertTrue(loose.contains("<ol start=\"3\">\n<li>a</li>"), loose);
    }

    @Test
    void tasksAreBoxesThatScreenReadersName() {
        String body = body("# T\n\n- [x] done\n- [ ] to do\n");
        assertTrue(body.contains("<span class=\"task done\" role=\"img\" aria-label=\"done\">■</span>"), body);
        assertTrue(body.contains("<span class=\"task\" role=\"img\" aria-label=\"not done\">□</span>"), body);
    }

    @Test
    void htmlAroundMarkdownWrapsIt() {
        String body = body("# T\n\n<div lang=\"vi\">\n\nĐoạn *văn*.\n\n</div>\n");
        assertTrue(body.contains("<div lang=\"vi\" xml:lang=\"vi\">\n<p>Đoạn <em>văn</em>.</p>\n</div>"), body);
    }

    /** The raw-HTML policy is per element (a jsoup Safelist): a cell keeps its span, a span does not. */
    @Test
    void htmlAttributesAreKeptPerElement() {
        String body = body("# T\n\n<table><tr><td colspan=\"2\" style=\"color: red\">a</td></tr></table>\n\n"
                + "Text <span colspan=\"2\" lang=\"fr\">oui</span>.\n");
        assertTrue(body.contains("<td colspan=\"2\">a</td>"), body);
        assertTrue(body.contains("<span lang=\"fr\" xml:lang=\"fr\">oui</span>"), body);
    }

    @Test
    void codeBlocksKeepTheirTextAndLanguage() {
        String body = body("# T\n\n```java\nif (a < b) { \"x\"; }\n```\n");
        assertTrue(body.contains("<pre><code class=\"language-java\">"), body);
        // highlighted, the code keeps its text: its tokens' spans hold it all
        String code = body.substring(body.indexOf("<pre>"), body.indexOf("</pre>")).replaceAll("<[^>]+>", "");
        assertEquals("if (a &lt; b) { \"x\"; }\n", code, body);
    }

    @Test
    void typographyFollowsTheLanguage() {
        assertTrue(Rendering.render("# T\n\n\"Oui\", dit-il.\n", "fr").body().contains("«\u00A0Oui\u00A0», dit-il."));
        assertTrue(Rendering.render("# T\n\n\"Ja\", sagte er.\n", "de").body().contains("„Ja“, sagte er."));
        assertTrue(Rendering.render("# T\n\n\"Vâng\", anh nói.\n", "vi").body().contains("“Vâng”, anh nói."));
    }

    @Test
    void aLinkToAMissingHeadingIsAnErrorWithAHint() {
        Rendering.Result r = Rendering.render("# Title\n\n## The Treaty\n\nSee [it](#the-traety).\n");
        assertEquals(1, r.diagnostics().stream().filter(d -> d.isError()).count(), r.messages());
        assertTrue(r.messages().contains("chapter.md:5:5: error:"), r.messages());
        assertTrue(r.messages().contains("did you mean #the-treaty?"), r.messages());
    }
    /** {@code <details>} as GitHub and mdBook write it: open in the book, titled by its summary, which comes first. */
    @Test
    void detailsAreOpenAndTitledByTheirSummary() {
        String summaryBelow = "<details open=\"open\">\n<summary>Example <code>x</code></summary>\n<p>Hidden <em>text</em>.</p>\n</details>";
        assertEquals(summaryBelow, body("<details>\n<summary>Example <code>x</code></summary>\n\nHidden *text*.\n\n</details>\n"));
        assertEquals(summaryBelow, body("<details>\n\n<summary>Example <code>x</code></summary>\n\nHidden *text*.\n\n</details>\n"));
        assertEquals("<details open=\"open\"><summary>S</summary>text <b>bold</b></details>",
                body("<details>text <summary>S</summary><b>bold</b></details>\n"), "the summary is put first, as EPUB requires");
    }

    /** A book cannot leave a {@code <details>} untitled (EPUB requires a summary): it gets the chapter's word for it. */
    @Test
    void detailsWithoutASummaryAreTitledInTheChaptersLanguageWithAWarning() {
        Rendering.Result en = Rendering.render("<details>\n\nText.\n\n</details>\n");
        assertEquals("<details open=\"open\">\n<summary>Details</summary>\n<p>Text.</p>\n</details>", en.body());
        assertTrue(en.messages().contains("chapter.md:1:1: warning: <details> has no <summary>; the book titles it 'Details': "
                + "write <summary>…</summary> first inside it"), en.messages());
        Rendering.Result vi = Rendering.render("<details><p>Chữ.</p></details>\n", "vi");
        assertEquals("<details open=\"open\"><summary>Chi tiết</summary><p>Chữ.</p></details>", vi.body());
        assertTrue(vi.messages().contains("warning: <details> has no <summary>; the book titles it 'Chi tiết'"), vi.messages());
    }

    @Test
    void aSummaryOutsideDetailsIsAnError() {
        Rendering.Result r = Rendering.render("# T\n\n<summary>Alone</summary>\n");
        assertTrue(r.messages().contains("chapter.md:3:1: error: <summary> titles a <details> and stands first inside it; "
                + "put it on the line after <details>"), r.messages());
    }

    /** Line breaks that space a figure out on a web page are dropped: EPUB allows nothing after the caption. */
    @Test
    void lineBreaksStraightInsideAFigureAreDropped() {
        String body = body("<figure>\n  <blockquote>Words.</blockquote>\n  <figcaption>A caption</figcaption>\n  <br><br>\n</figure>\n");
        assertEquals("<figure>\n  <blockquote>Words.</blockquote>\n  <figcaption>A caption</figcaption>\n  \n</figure>", body);
    }
    /** mdBook and GitHub take a note defined inside a block quote or a list item, beside the text that refers to it. */
    @Test
    void notesDefinedInsideAQuoteOrAListAreFound() {
        String body = body("# One\n\nText[^note].\n\n> Quoted[^q].\n>\n> [^q]: A note in a quote.\n\n"
                + "- An item[^li].\n\n  [^li]: A note in a list item.\n\n[^note]: Plain.\n");
        assertEquals(3, body.split("epub:type=\"noteref\"", -1).length - 1, body);
        assertTrue(!body.contains("A note in"), "a definition is not set where it is written: " + body);
    }
    /** What a browser shows but EPUB refuses (an item outside its list, a caption amid its figure) is refused where it stands. */
    @Test
    void itemsOutsideTheirListAndCaptionsAmidTheirFigureAreErrors() {
        Rendering.Result list = Rendering.render("# T\n\n<ul>\n<li>One</li>\n\n<li>Two</li>\n</ul>\n");
        assertTrue(list.messages().contains("chapter.md:6:1: error: <li> stands inside <ul> or <ol> in a book; write the whole "
                + "list in one HTML block (no blank line inside it), or in Markdown"), list.messages());
        Rendering.Result figure = Rendering.render("# T\n\n<figure><blockquote>Words.</blockquote><figcaption>C</figcaption>"
                + "<p>After.</p></figure>\n");
        assertTrue(figure.messages().contains("error: <figcaption> stands first or last in its <figure>; move it before or after "
                + "what the figure shows"), figure.messages());
        assertEquals("<dl><div><dt>Term</dt><dd>Said.</dd></div></dl>", body("<dl><div><dt>Term</dt><dd>Said.</dd></div></dl>\n"));
        assertEquals("<figure><figcaption>First</figcaption><blockquote>Words.</blockquote></figure>",
                body("<figure><figcaption>First</figcaption><blockquote>Words.</blockquote></figure>\n"));
    }
    /** A book's name above each chapter's own title (as some sites keep it) would hide the real title: a warning. */
    @Test
    void aSecondLevelOneHeadingIsAWarningThatNamesBoth() {
        Rendering.Result r = Rendering.render("# My Book\n\n# Chapter 1: Start\n\nText.\n\n## A section\n");
        assertTrue(r.messages().contains("chapter.md:3:1: warning: a second level-1 heading: the chapter is titled by its first "
                + "('My Book', line 1), so the contents never show 'Chapter 1: Start'; keep one # per chapter (make the other ##, "
                + "remove a book title repeated above it, or begin a new chapter file here)"), r.messages());
        assertEquals(1, r.diagnostics().size(), r.messages());
        Rendering.Result quoted = Rendering.render("> # 1. Why Machine Learning Strategy\n\n# 1. Tại sao cần chiến lược\n\nText.\n");
        assertTrue(quoted.diagnostics().stream().noneMatch(d -> d.message().contains("second level-1")),
                "a quoted heading titles nothing: " + quoted.messages());
        assertTrue(quoted.body().contains("<h1 id=\"h-1-tại-sao-cần-chiến-lược\">"), quoted.body());
    }
    /** mdBook's, Hugo's and Jekyll's directives reach a book as text; each is named whole, as written. */
    @Test
    void anotherToolsDirectiveIsAWarningThatQuotesItWhole() {
        Rendering.Result r = Rendering.render("# T\n\n{{#include arg-watcher.md}}\n\nSee {{< hint info >}} and {% include x.html %}.\n");
        String said = " is printed as written: it is a directive of another tool (mdBook, Hugo, Jekyll, GitBook), which "
                + "Colophon does not run; write what it stands for here";
        assertTrue(r.messages().contains("chapter.md:3:1: warning: '{{#include arg-watcher.md}}'" + said), r.messages());
        assertTrue(r.messages().contains("chapter.md:5:5: warning: '{{< hint info >}}'" + said), r.messages());
        assertTrue(r.messages().contains("warning: '{% include x.html %}'" + said), r.messages());
        assertEquals(3, r.diagnostics().size(), "no attribute warning for the braces inside them: " + r.messages());
        Rendering.Result many = Rendering.render("# T\n\n{% hint style='info' %}\nOne.\n{% endhint %}\n\n"
                + "{% hint style='tip' %}\nTwo.\n{% endhint %}\n\n{% hint style='danger' %}\nThree.\n{% endhint %}\n");
        assertEquals(2, many.diagnostics().size(), "one warning per kind of directive: " + many.messages());
        assertTrue(many.messages().contains("chapter.md:3:1: warning: '{% hint style='info' %}' is printed as written, as are "
                + "2 more {% hint %} (in 1 chapter): it is a directive"), many.messages());
        assertTrue(many.messages().contains("chapter.md:5:1: warning: '{% endhint %}' is printed as written, as are 2 more "
                + "{% endhint %} (in 1 chapter)"), many.messages());
    }
    /** GitHub's alerts are notes set apart under their kind's word, in the chapter's language; not quotations of "[!NOTE]". */
    @Test
    void gitHubAlertsAreNotesUnderTheirKindsWord() {
        assertEquals("<div class=\"alert alert-note\" role=\"note\">\n<p class=\"alert-title\">Note</p>\n<p>Read <em>this</em>.</p>\n</div>",
                body("> [!NOTE]\n> Read *this*.\n"));
        assertEquals("<div class=\"alert alert-caution\" role=\"note\">\n<p class=\"alert-title\">Caution</p>\n<p>One.</p>\n"
                + "<p>Two.</p>\n</div>", body("> [!CAUTION]\n>\n> One.\n>\n> Two.\n"));
        String vi = Rendering.render("> [!WARNING]\n> Cẩn thận.\n", "vi").body();
        assertTrue(vi.contains("<p class=\"alert-title\">Cảnh báo</p>"), vi);
        assertEquals("<blockquote>\n<p>[!NOTE] on the same line is quoted</p>\n</blockquote>", body("> [!NOTE] on the same line is quoted\n"));
        assertEquals("<blockquote>\n<p>[!FOO]\nnot a kind</p>\n</blockquote>", body("> [!FOO]\n> not a kind\n"));
    }
    /** GitHub finds a heading whatever the case of the link's letters (its anchors are lower case); so does a book. */
    @Test
    void aLinkFindsAHeadingWhateverTheCaseOfItsLetters() {
        String body = body("# Title\n\n## Описание\n\n## The Treaty\n\nSee [it](#Описание) and [that](#The-Treaty).\n");
        assertTrue(body.contains("<a href=\"chapter.xhtml#описание\">it</a> and <a href=\"chapter.xhtml#the-treaty\">that</a>"), body);
    }
    /** A heading's {#id} is read, not "printed as written": the only warning is for what is dropped. */
    @Test
    void aHeadingsIdIsNotWarnedAboutAsText() {
        Rendering.Result r = Rendering.render("# Title {#myid}\n\nText [x](#myid).\n\n## B {#my-id .unnumbered}\n\nPara.\n");
        assertEquals(List.of("chapter.md:5:1: warning: Colophon reads only {#id} after a heading; .unnumbered is dropped"),
                r.diagnostics().stream().map(d -> d.toString().replaceFirst("^.*/", "")).toList());
        assertTrue(r.body().contains("<h1 id=\"myid\">Title</h1>") && r.body().contains("<h2 id=\"my-id\">B</h2>"), r.body());
    }
    /** A page titled only in its front matter (as Docusaurus writes one) opens with that title, which names its section. */
    @Test
    void aChapterTitledOnlyInItsFrontMatterOpensWithThatTitle() {
        String body = body("---\ntitle: Concepts and \"Data\" Flow\n---\n\n## Introduction\n\nText.\n");
        assertTrue(body.startsWith("<h1 id=\"concepts-and-data-flow\">Concepts and “Data” Flow</h1>\n<h2 id=\"introduction\">"), body);
        String withHeading = body("---\ntitle: Short\n---\n\n# The Longer Title\n\nText.\n");
        assertTrue(withHeading.startsWith("<h1 id=\"the-longer-title\">The Longer Title</h1>"), "its own # stays: " + withHeading);
        assertEquals(1, withHeading.split("<h1", -1).length - 1, withHeading);
        String inDiv = body("---\ntitle: Short\n---\n\n::: {.intro}\n# Its Own Title\n:::\n\nText.\n");
        assertEquals(1, inDiv.split("<h1", -1).length - 1, "a # in a div is the chapter's own: " + inDiv);
    }
    /** Fenced divs as Docusaurus, VitePress and pandoc write them: the alerts' kinds are alerts, others a div of that class. */
    @Test
    void fencedDivsAreAlertsOrDivs() {
        assertEquals("<div class=\"alert alert-tip\" role=\"note\">\n<p class=\"alert-title\">What You’ll Learn</p>\n<ul>\n"
                + "<li>Key terms</li>\n</ul>\n</div>", body(":::tip What You'll Learn\n- Key terms\n:::\n"));
        assertEquals("<div class=\"alert alert-note\" role=\"note\">\n<p class=\"alert-title\">Note</p>\n<p>Some content</p>\n</div>",
                body(":::info\nSome content\n:::\n"));
        assertEquals("<div class=\"alert alert-caution\" role=\"note\">\n<p class=\"alert-title\">Mind</p>\n<p>Text.</p>\n</div>",
                body("::: {.callout-danger title=\"Mind\"}\n\nText.\n\n:::\n"));
        assertEquals("<div class=\"column wide\">\n<p>Text</p>\n</div>", body("::: {.column .wide}\nText\n:::\n"));
        assertEquals("<div class=\"outer\">\n<div class=\"alert alert-warning\" role=\"note\">\n<p class=\"alert-title\">"
                + "Warning</p>\n<p>x</p>\n</div>\n<p>y</p>\n</div>", body(":::: outer\n::: warning\nx\n:::\ny\n::::\n"));
        assertEquals("<pre><code>:::note\nnot a div\n:::\n</code></pre>", body("```\n:::note\nnot a div\n:::\n```\n"));
    }
    /** MDX's components and import lines are named as written and said to be MDX, which Colophon does not run. */
    @Test
    void mdxComponentsAndImportsAreSaidToBeMdx() {
        Rendering.Result r = Rendering.render("# T\n\nimport Foo from '../components/Foo';\n\n<FundamentalsWarning />\n\n"
                + "Watch <LiteYouTubeEmbed\n id=\"x\"\n/> this.\n\n<video src=\"a.mp4\"></video>\n");
        assertTrue(r.messages().contains("chapter.md:3:1: warning: 'import Foo from '../components/Foo';' is printed as written: "
                + "it is an MDX import or export, which Colophon does not run"), r.messages());
        assertTrue(r.messages().contains("chapter.md:5:1: error: <FundamentalsWarning> looks like an MDX (JSX) component, which "
                + "Colophon does not run; write what it shows in Markdown, or leave it out"), r.messages());
        assertTrue(r.messages().contains("error: <LiteYouTubeEmbed> looks like an MDX (JSX) component"), r.messages());
        assertTrue(r.messages().contains("error: <video> is not allowed within a line"), "HTML's own: " + r.messages());
    }
    /** A quote opened in one piece of a paragraph closes in another (after emphasis, a link, a line break). */
    @Test
    void quotesCloseAcrossTheInlinesOfAParagraph() {
        String de = Rendering.render("# T\n\nEr sagte: 'Hallo *Welt*' und ging. Sie sagte 'das ist\ngut' und lachte.\n", "de").body();
        assertTrue(de.contains("‚Hallo <em>Welt</em>‘ und ging") && de.contains("‚das ist\ngut‘ und lachte"), de);
        String fr = Rendering.render("# T\n\nAvec header=\"`var`\" ici.\n", "fr").body();
        assertTrue(fr.contains("header=«\u00A0<code>var</code>\u00A0» ici"), fr);
    }
    /** Fenced divs as reviewed: colons in code inside one, same-length fences nested, pandoc's closing colons and ids. */
    @Test
    void fencedDivsHoldCodeNestAndKeepTheirIds() {
        String code = body("::: note\n\n```\n:::\n```\n\nafter code\n\n:::\n\nOutside.\n");
        assertTrue(code.contains("<pre><code>:::\n</code></pre>\n<p>after code</p>\n</div>\n<p>Outside.</p>"), code);
        String nested = body("::: warning\nOuter.\n\n::: tip\nInner.\n:::\n\nStill outer.\n:::\n\nAfter.\n");
        assertTrue(nested.contains("<p>Inner.</p>\n</div>\n<p>Still outer.</p>\n</div>\n<p>After.</p>"), nested);
        assertTrue(body(":::: Warning ::::\nMind.\n::::\n").contains("<p class=\"alert-title\">Warning</p>"));
        String id = body("# One\n\nSee [box](#box).\n\n::: {#box .sidebar}\nBoxed.\n:::\n");
        assertTrue(id.contains("<div id=\"box\" class=\"sidebar\">") && id.contains("href=\"chapter.xhtml#box\""), id);
        Rendering.Result open = Rendering.render("# One\n\n::: note\nNever closed.\n");
        assertTrue(open.messages().contains("chapter.md:3:1: warning: the div 'note' opened here is never closed"), open.messages());
    }
}
