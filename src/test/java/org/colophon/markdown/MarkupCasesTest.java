package org.colophon.markdown;

import static org.colophon.testing.Rendering.assertDiagnostic;
import static org.colophon.testing.Rendering.assertRendering;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What authors write beyond CommonMark (raw HTML, notes, alerts, divs, tasks, heading ids) as one-line cases, in
 * memory, as commonmark-java's tests are: Markdown in, and the exact XHTML of the chapter or the diagnostic out. The
 * books these constructs make (EPUBCheck, the PDF) are built by the feature's own test class.
 */
class MarkupCasesTest {

    static Stream<Arguments> renderings() {
        return Stream.of(
                Arguments.of("It costs ~~ten~~ five dollars, ~about~ that.", "<p>It costs <del>ten</del> five dollars, <del>about</del> that.</p>"),
                Arguments.of("- [ ] write the preface\n- [x] *draw* the map\n- an ordinary item",
                        "<ul><li><span class=\"task\" role=\"img\" aria-label=\"not done\">□</span> write the preface</li>"
                                + "<li><span class=\"task done\" role=\"img\" aria-label=\"done\">■</span> <em>draw</em> the map</li>"
                                + "<li>an ordinary item</li></ul>"),
                Arguments.of("She said <span lang=\"vi\">Xin chào, \"bạn\"</span> and <b>bold&nbsp;text</b><br>next &amp; more.",
                        "<p>She said <span lang=\"vi\" xml:lang=\"vi\">Xin chào, “bạn”</span> and <b>bold\u00A0text</b><br/>next &amp; more.</p>"),
                Arguments.of("Say <span title=\"lang\" lang=\"vi\">xin chào</span> and <abbr lang=\"fr\" title=\"lang\">ONU</abbr>.",
                        "<p>Say <span title=\"lang\" lang=\"vi\" xml:lang=\"vi\">xin chào</span> and "
                                + "<abbr lang=\"fr\" title=\"lang\" xml:lang=\"fr\">ONU</abbr>.</p>"),
                Arguments.of("<div><p>An epigraph, <i>never closed\n</div>", "<div><p>An epigraph, <i>never closed </i></p></div>"),
                Arguments.of("<div style=\"color: red\" data-x=\"1\" class=\"kept\">Text.</div>", "<div class=\"kept\">Text.</div>"),
                Arguments.of("<div lang=\"vi\" class=\"poem\" id=\"tho\">\n\nXin *chào*.\n\n</div>",
                        "<div lang=\"vi\" class=\"poem\" id=\"tho\" xml:lang=\"vi\"><p>Xin <em>chào</em>.</p></div>"),
                Arguments.of("<details>\n\nNothing titles this.\n\n</details>",
                        "<details open=\"open\"><summary>Details</summary><p>Nothing titles this.</p></details>"),
                Arguments.of("A <a id=\"here\"></a>anchor and <a href=\"https://example.org/a b\" title=\"Example\">web</a>.",
                        "<p>A <a id=\"here\"></a>anchor and <a href=\"https://example.org/a%20b\" title=\"Example\">web</a>.</p>"),
                Arguments.of("> [!TIP]\n> The tip says.",
                        "<div class=\"alert alert-tip\" role=\"note\"><p class=\"alert-title\">Tip</p><p>The tip says.</p></div>"),
                Arguments.of(":::tip[Fenced, as Docusaurus writes it]\nThe fenced tip says what it says.\n:::",
                        "<div class=\"alert alert-tip\" role=\"note\"><p class=\"alert-title\">Fenced, as Docusaurus writes it</p>"
                                + "<p>The fenced tip says what it says.</p></div>"),
                Arguments.of("::: {.column}\nA pandoc div.\n:::", "<div class=\"column\"><p>A pandoc div.</p></div>"),
                Arguments.of("## Đặng {#dang-section}", "<h2 id=\"dang-section\">Đặng</h2>"),
                Arguments.of("## 1975: the end", "<h2 id=\"h-1975-the-end\">1975: the end</h2>"),
                Arguments.of("First.[^a] Then inline.^[An *inline* note.]\n\n[^a]: The note.",
                        "<p>First.<sup class=\"noteref\"><a id=\"ref-1\" href=\"notes-chapter.xhtml#note-1\" epub:type=\"noteref\" "
                                + "role=\"doc-noteref\">1</a></sup> Then inline.<sup class=\"noteref\"><a id=\"ref-2\" "
                                + "href=\"notes-chapter.xhtml#note-2\" epub:type=\"noteref\" role=\"doc-noteref\">2</a></sup></p>"),
                Arguments.of("Escaped \\~~ and \\^[ stay.", "<p>Escaped ~~ and ^[ stay.</p>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void rendering(String markdown, String xhtml) {
        assertRendering(markdown, xhtml);
    }

    /** Markdown (after a heading on line 1 and a blank line 2), and one diagnostic it must give. */
    static Stream<Arguments> diagnostics() {
        return Stream.of(
                Arguments.of("<details>\n\nNothing titles this.\n\n</details>",
                        "3:1: warning: <details> has no <summary>; the book titles it 'Details': write <summary>…</summary> first inside it"),
                Arguments.of("<section>\n\nText.", "3:1: error: <section> is never closed; put </section> on a line of its own…"),
                Arguments.of("Text.\n\n</div>", "5:1: error: </div> closes no <div> opened before it on a line of its own…"),
                Arguments.of("<div><video src=\"v.mp4\"></video></div>", "3:6: error: Colophon does not take <video> written as HTML…"),
                Arguments.of("<div onclick=\"steal()\">A div.</div>",
                        "3:1: error: the event handler onclick=\"…\" is not allowed in a book: ebooks run no scripts"),
                Arguments.of("<script>alert(1)</script>",
                        "3:1: error: <script> is not allowed in a book: ebooks and PDFs run no scripts and hold no frames, objects or forms"),
                Arguments.of("Inline <iframe src=\"x\"></iframe> frame.",
                        "3:8: error: <iframe> is not allowed in a book: ebooks and PDFs run no scripts and hold no frames, objects or forms"),
                Arguments.of("A <a href=\"javascript:alert(1)\">link</a>.", "3:3: error: a javascript: address is not allowed in a book…"),
                Arguments.of("Open <span>and never closed.", "3:6: error: <span> is never closed in this paragraph; add </span>…"),
                Arguments.of("A stray </em> here.", "3:9: error: </em> closes no <em> opened before it in this paragraph…"),
                Arguments.of("A <a href=\"#nowhere\">dead link</a>.",
                        "3:3: error: link to '#nowhere' names no heading or anchor of manuscript/chapter.md…"),
                Arguments.of("A <img src=\"images/missing.png\" alt=\"gone\">.", "3:3: error: image 'images/missing.png' does not exist"),
                Arguments.of("<span id=\"1975\">bad id</span>", "3:1: error: '1975' cannot be an id…"),
                Arguments.of("Never ~~closed.", "3:7: warning: '~~' is printed as written…"),
                Arguments.of("Never ^[closed.", "3:7: warning: '^[' is printed as written…"),
                Arguments.of("A stray {#anchor} here.", "3:9: warning: '{#anchor}' is printed as written…"),
                Arguments.of("## Two {#two .wide}", "3:1: warning: Colophon reads only {#id} after a heading; .wide is dropped…"),
                Arguments.of("Text.[^9]", "3:6: error: footnote [^9] is referenced but never defined…"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("diagnostics")
    void diagnostic(String markdown, String expected) {
        assertDiagnostic("# One\n\n" + markdown + "\n", expected);
    }
}
