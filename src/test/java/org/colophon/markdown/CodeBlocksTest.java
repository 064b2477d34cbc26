package org.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.colophon.book.Block;
import org.colophon.book.Book;
import org.colophon.book.Code;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.epub.EpubWriter;
import org.colophon.manuscript.ManuscriptLoader;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Rendering;
import org.colophon.typeface.Typefaces;
import org.colophon.xhtml.XhtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code blocks, Markdown to XHTML in milliseconds: info strings as each tool writes them, tokens, lines, includes. */
class CodeBlocksTest {
    @TempDir
    Path tmp;

    private static String body(String md) {
        Rendering.Result r = Rendering.render(md);
        return r.body();
    }

    /** The diagnostics but the one every chapter here has: it has no heading. */
    private static String messages(Rendering.Result r) {
        return messages(r.messages());
    }

    private static String messages(String all) {
        return String.join("\n", all.lines().filter(l -> !l.contains("chapter has no heading")).toList());
    }

    // ---- the info string, as each tool reads it

    @Test
    void aWordNamesTheLanguageAndTheCodeIsCutIntoTokens() {
        String body = body("```java\npublic class A { // note\n  String s = \"x\"; int n = 42;\n}\n```\n");
        assertTrue(body.startsWith("<pre><code class=\"language-java\"><span class=\"tok-kw\">public</span> "
                + "<span class=\"tok-kw\">class</span> <span class=\"tok-type\">A</span> { <span class=\"tok-cm\">// note</span>"), body);
        assertTrue(body.contains("<span class=\"tok-str\">\"x\"</span>"), body);
        assertTrue(body.contains("<span class=\"tok-num\">42</span>"), body);
        assertTrue(body.contains("<span class=\"tok-type\">String</span>"), body);
    }

    @Test
    void pandocsBracesMkDocsAttributesMdBooksCommasAndClassesNameTheLanguage() {
        assertTrue(body("```{.haskell}\nmain = pure ()\n```\n").contains("class=\"language-haskell\""));
        assertTrue(body("~~~~ {#listing .python .numberLines}\nx = 1\n~~~~\n").contains("class=\"language-python\""));
        assertTrue(body("```python title=\"x.py\" linenums=\"1\"\nx = 1\n```\n").contains("class=\"language-python\""));
        assertTrue(body("```rust,ignore,does_not_compile\nfn f() {}\n```\n").contains("class=\"language-rust\""));
        assertTrue(body("```.c++\nint x;\n```\n").contains("class=\"language-cpp\""), "an alias, after a dot");
        assertTrue(body("```{.language-bash}\nls\n```\n").contains("class=\"language-bash\""), "markdown-it's class");
        assertTrue(body("```JS\nlet x\n```\n").contains("class=\"language-javascript\""), "in any case");
        assertTrue(body("```go {linenos=table,hl_lines=[2]}\na\nb\n```\n").contains("<span class=\"marked\">b</span>"), "Hugo's");
    }

    @Test
    void kramdownsAttributeListAfterABlockIsTheBlocks() {
        Rendering.Result r = Rendering.render("~~~\n$ ls -l\n~~~\n{: .language-bash}\n\nText.\n");
        assertTrue(r.body().contains("class=\"language-bash\""), r.body());
        assertFalse(r.body().contains("{:"), "the list is read, not printed: " + r.body());
        assertEquals("", messages(r));
    }

    @Test
    void aFileNameGoesAboveTheCodeAsItsCaption() {
        String body = body("```python title=\"src/x.py\"\nx = 1\n```\n");
        assertTrue(body.startsWith("<figure class=\"listing\">\n<figcaption class=\"listing-title\"><code>src/x.py</code>"
                + "</figcaption>\n<pre>"), body);
        assertTrue(body("```{.python filename=\"run.py\"}\nx = 1\n```\n").contains("<code>run.py</code>"), "Quarto's");
    }

    @Test
    void textNamesAreNoLanguageAndNoWarning() {
        for (String name : List.of("text", "txt", "output", "plaintext", "nohighlight")) {
            Rendering.Result r = Rendering.render("```" + name + "\nplain words\n```\n");
            assertEquals("<pre><code>plain words\n</code></pre>", r.body(), name);
            assertEquals("", messages(r), name);
        }
    }

    @Test
    void anUnknownLanguageIsPlainCodeWithOneWarningForTheBook() {
        Rendering.Result r = Rendering.render("# A\n\n```cobol\nDISPLAY 'A'.\n```\n\n```cobol\nDISPLAY 'B'.\n```\n\n```COBOL\nSTOP RUN.\n```\n");
        assertTrue(r.body().contains("<pre><code>DISPLAY 'A'.\n</code></pre>"), r.body());
        assertEquals(1, messages(r).lines().count(), r.messages());
        assertTrue(r.messages().contains(":3:1: warning: 'cobol' is not a language Colophon highlights; the block is printed "
                + "as plain code (and 2 more blocks in 'cobol' in 1 chapter)"), r.messages());
    }

    @Test
    void knitrAndQuartoChunksArePrintedAsCodeWithOneWarningAndWithoutTheirOptions() {
        Rendering.Result r = Rendering.render("```{r setup, include=FALSE}\n#| echo: false\nlibrary(lme4)\n```\n\n```{python}\nx = 1\n```\n");
        assertTrue(r.body().contains("class=\"language-r\"><span class=\"tok-fn\">library</span>(lme4)"), r.body());
        assertFalse(r.body().contains("#|"), "Quarto's options are not code: " + r.body());
        assertTrue(r.messages().contains("'```{r}' is a chunk of code that knitr or Quarto runs; Colophon prints its code and "
                + "does not run it"), r.messages());
        assertTrue(r.messages().contains("(and 1 more chunks in 1 chapter)"), r.messages());
    }

    @Test
    void mdBookHidesRustLinesThatStartWithAHash() {
        String body = body("```rust\n# fn main() {\nlet x = 1;\n#[derive(Debug)]\n#![allow(unused)]\n## not hidden\n#\n# }\n```\n");
        assertFalse(body.contains("fn main"), body);
        String text = body.replaceAll("<[^>]+>", "");
        assertTrue(text.contains("#[derive") && text.contains("#![allow") && text.contains("\n# not hidden\n"), text);
    }

    // ---- lines

    @Test
    void numberedLinesCarryTheirNumbersAsMarksScreenReadersSkip() {
        String body = body("~~~~ {.python .numberLines startFrom=\"9\"}\na = 1\nb = 2\n~~~~\n");
        assertTrue(body.startsWith("<pre class=\"numbered\"><code class=\"language-python\"><span class=\"line-number\" "
                + "aria-hidden=\"true\"> 9 </span>a <span class=\"tok-op\">=</span> <span class=\"tok-num\">1</span>\n"
                + "<span class=\"line-number\" aria-hidden=\"true\">10 </span>b"), body);
        assertTrue(body("```python linenums=\"1\"\nx\n```\n").contains(">1 </span>x"), "MkDocs'");
        assertTrue(body("```js showLineNumbers\nx\n```\n").contains(">1 </span>x"), "Docusaurus'");
        assertFalse(body("```python\nx\n```\n").contains("line-number"));
    }

    @Test
    void bookYamlNumbersEveryBlockAndABlockMaySayOtherwise() throws IOException {
        Rendered r = render("code:\n  line-numbers: true\n", "```python\nx\n```\n\n```python linenums=\"0\"\ny\n```\n", Map.of());
        assertTrue(r.body().contains(">1 </span>x"), r.body());
        assertTrue(r.body().contains("<code class=\"language-python\">y"), r.body());
    }

    @Test
    void markedLinesAreSetApart() {
        String body = body("```js {1,3-4}\na\nb\nc\nd\n```\n");
        assertEquals("<pre><code class=\"language-javascript\"><span class=\"marked\">a</span>\nb\n<span class=\"marked\">c"
                + "</span>\n<span class=\"marked\">d</span>\n</code></pre>", body);
        Rendering.Result past = Rendering.render("```python hl_lines=\"5\"\na\n```\n");
        assertTrue(past.messages().contains("line 5 is marked (hl_lines), but the block has 1 line"), past.messages());
    }

    // ---- includes

    @Test
    void mdBookIncludesAWholeFileLinesOrAnAnchorFromTheChaptersFolder() throws IOException {
        Map<String, String> files = Map.of("src/code/main.rs", "// ANCHOR: all\nfn main() {\n    // ANCHOR: body\n"
                + "    let x = 1;\n    // ANCHOR_END: body\n}\n// ANCHOR_END: all\n");
        Rendered whole = render("", "```rust\n{{#include code/main.rs}}\n```\n", files);
        assertTrue(whole.text().startsWith("// ANCHOR: all\nfn main() {"), whole.text());
        assertEquals("fn main() {\n    // ANCHOR: body\n", render("", "```rust\n{{#include code/main.rs:2:3}}\n```\n", files).text());
        assertEquals("fn main() {\n", render("", "```rust\n{{#include code/main.rs:2}}\n```\n", files).text());
        assertEquals("// ANCHOR: all\nfn main() {\n", render("", "```rust\n{{#include code/main.rs::2}}\n```\n", files).text());
        assertEquals("    let x = 1;\n", render("", "```rust\n{{#include code/main.rs:body}}\n```\n", files).text());
        assertEquals("fn main() {\n    let x = 1;\n}\n", render("", "```rust\n{{#include code/main.rs:all}}\n```\n", files).text(),
                "the anchors' own lines are left out");
        assertEquals("    let x = 1;\n", render("", "```rust\n{{#rustdoc_include code/main.rs:body}}\n```\n", files).text(),
                "the lines rustdoc sees and the book hides");
        assertEquals("\\{{#include x.rs}}\n".substring(1), render("", "```rust\n\\{{#include x.rs}}\n```\n", files).text(), "escaped");
        assertEquals("", messages(whole.messages()));
    }

    @Test
    void pandocIncludeCodeTakesAFileASnippetOrLinesNumberedFromTheFile() throws IOException {
        Map<String, String> files = Map.of("src/Queue.hs", "module Queue where\n\n-- start snippet push\npush :: a -> [a] -> [a]\n"
                + "push = (:)\n-- end snippet push\n");
        assertEquals("push :: a -> [a] -> [a]\npush = (:)\n",
                render("", "```{.haskell include=Queue.hs snippet=push}\n```\n", files).text());
        Rendered lines = render("", "~~~ {.haskell include=\"Queue.hs\" startLine=4 endLine=5 .numberLines}\n~~~\n", files);
        assertTrue(lines.body().contains(">4 </span><span class=\"tok-fn\">push</span>"), lines.body());
        assertEquals("module Queue where\n\n", render("", "```{.haskell include=Queue.hs endLine=2}\n```\n", files).text());
    }

    @Test
    void whatCannotBeIncludedIsAnErrorWhereItIsAskedFor() throws IOException {
        Map<String, String> files = Map.of("src/main.rs", "// ANCHOR: body\nfn main() {}\n// ANCHOR_END: body\n");
        assertTrue(render("", "Text.\n\n```rust\nfn a() {}\n  {{#include mian.rs}}\n```\n", files).messages()
                .contains("chapter.md:5:3: error: '{{#include mian.rs}}' includes '"), "missing, with its place");
        assertTrue(render("", "```rust\n{{#include mian.rs}}\n```\n", files).messages()
                .contains("src/mian.rs', which does not exist (did you mean 'main.rs'?)"), "and a hint");
        assertTrue(render("", "```rust\n{{#include main.rs:7:9}}\n```\n", files).messages()
                .contains("error: 'main.rs' has 3 lines; the lines 7:9 asked for are past its end"));
        assertTrue(render("", "```rust\n{{#include main.rs:bdy}}\n```\n", files).messages()
                .contains("error: 'main.rs' has no anchor 'bdy'; its anchors are body (did you mean 'body'?)"));
        assertTrue(render("", "```rust\n{{#include ../../secret.rs}}\n```\n", files).messages()
                .contains("cannot be included: '../../secret.rs' leaves the manuscript folder"));
        assertTrue(render("", "```rust\n{{#include /etc/passwd}}\n```\n", files).messages()
                .contains("cannot be included: '/etc/passwd' is an absolute path"));
        assertTrue(render("", "```{.rust include=main.rs startLine=2 endLine=9}\n```\n", files).messages()
                .contains("chapter.md:1:1: error: 'main.rs' has 3 lines; lines 2 to 9 are past its end"));
        assertTrue(render("", "```{.rust include=main.rs snippet=nope}\n```\n", files).messages()
                .contains("error: 'main.rs' has no line 'start snippet nope'"));
    }

    @Test
    void anEmptyBlockWithAttributesOfSomeFilterIsAWarning() throws IOException {
        assertTrue(Rendering.render("~~~~ {.haskell slice=\"a.hs\" lower=1 upper=3}\n~~~~\n").messages()
                .contains("warning: the code block is empty; its attributes (slice, lower, upper) are perhaps for a filter"));
    }

    @Test
    void tokensJoinIntoTheCodeInEveryLanguage() throws IOException {
        String sample = "x = \"a\\\"b\" # c -- d // e /* f */ (* g *) {- h -} 'i' `j` 1.5e3 0xff @k $l <m n=\"o\">\n\tend;\n";
        for (String language : org.colophon.highlight.Highlighter.languages()) {
            Rendered r = render("", "```" + language + "\n" + sample + "```\n", Map.of());
            Block.CodeBlock block = r.code();
            assertEquals(language, block.language());
            StringBuilder joined = new StringBuilder();
            block.tokens().forEach(t -> joined.append(t.text()));
            assertEquals(sample, joined.toString(), language);
            assertFalse(block.tokens().isEmpty(), language);
        }
    }

    // ---- a book of one chapter with files beside it

    private record Rendered(String body, String messages, Book book) {
        /** The first code block's text. */
        String text() {
            return code() == null ? "" : code().code();
        }

        Block.CodeBlock code() {
            return book == null ? null : book.chapters().get(0).blocks().stream().filter(b -> b instanceof Block.CodeBlock)
                    .map(b -> (Block.CodeBlock) b).findFirst().orElse(null);
        }
    }

    /** The chapter {@code src/chapter.md} of a manuscript with {@code yaml} added to book.yaml and {@code files} beside it. */
    private Rendered render(String yaml, String markdown, Map<String, String> files) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "book").resolve("manuscript");
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("book.yaml"), Manuscripts.VALID_YAML + "chapters: [src/chapter.md]\n" + yaml);
        Files.writeString(dir.resolve("src/chapter.md"), markdown);
        for (var f : files.entrySet()) {
            Files.createDirectories(dir.resolve(f.getKey()).getParent());
            Files.writeString(dir.resolve(f.getKey()), f.getValue());
        }
        Diagnostics d = new Diagnostics();
        var manuscript = new ManuscriptLoader(d).load(dir).orElseThrow(() -> new AssertionError(d.sorted()));
        Book book = new BookAssembler(d).assemble(manuscript, Typefaces.literata(), Instant.EPOCH);
        String messages = String.join("\n", d.sorted().stream().map(Diagnostic::toString).toList());
        if (book.chapters().isEmpty()) {
            return new Rendered("", messages, null);
        }
        String document = new XhtmlRenderer(book, EpubWriter.PROFILE).chapterDocument(book.chapters().get(0));
        int open = document.indexOf('>', document.indexOf("<section")) + 1;
        return new Rendered(document.substring(open, document.lastIndexOf("</section>")).strip(), messages, book);
    }

    @SuppressWarnings("unused")
    private static final Code.Kind KINDS = Code.Kind.PLAIN;
}
