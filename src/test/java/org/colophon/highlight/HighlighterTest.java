package org.colophon.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.colophon.book.Code;
import org.junit.jupiter.api.Test;

/** The languages and what their lexers mark, on lines of real code in each. */
class HighlighterTest {
    private final Highlighter highlighter = new Highlighter();

    /** The texts of each kind, in order, the plain ones left out. */
    private Map<Code.Kind, List<String>> kinds(String language, String code) {
        List<Code.Token> tokens = highlighter.tokens(highlighter.language(language).orElseThrow(), code).orElseThrow();
        return tokens.stream().filter(t -> t.kind() != Code.Kind.PLAIN)
                .collect(Collectors.groupingBy(Code.Token::kind, Collectors.mapping(t -> t.text().strip(), Collectors.toList())));
    }

    @Test
    void atLeastFortyLanguagesByTheirOwnNamesAndTheCommonAliases() {
        assertTrue(Highlighter.languages().size() >= 60, Highlighter.languages().toString());
        for (String name : List.of("java", "js", "ts", "py", "c", "c++", "cs", "go", "rs", "kotlin", "swift", "rb", "php", "r", "hs",
                "scala", "sh", "bash", "zsh", "powershell", "sql", "html", "xml", "css", "scss", "json", "yaml", "toml", "md",
                "dockerfile", "makefile", "lua", "perl", "dart", "elixir", "erlang", "clojure", "ocaml", "fsharp", "julia",
                "objc", "matlab", "groovy", "latex", "diff", "graphql", "zig", "nix", "terraform", "scheme", "console", "ini")) {
            assertTrue(highlighter.language(name).isPresent(), name);
        }
    }

    @Test
    void haskell() {
        var k = kinds("haskell", "{-# LANGUAGE GADTs #-}\n-- | Doc\nmap :: (a -> b) -> [a] -> [b]\n"
                + "map f (x:xs) = f x : map f xs {- a {- nested -} comment -}\ndata T = A | B deriving Show\nc = 'x'\ns = \"str\"\n");
        assertEquals(List.of("{-# LANGUAGE GADTs #-}"), k.get(Code.Kind.META));
        assertEquals(List.of("-- | Doc", "{- a {- nested -} comment -}"), k.get(Code.Kind.COMMENT));
        assertEquals(List.of("map"), k.get(Code.Kind.FUNCTION), "the name a signature gives");
        assertEquals(List.of("data", "deriving"), k.get(Code.Kind.KEYWORD));
        assertEquals(List.of("T", "A", "B", "Show"), k.get(Code.Kind.TYPE));
        assertEquals(List.of("'x'", "\"str\""), k.get(Code.Kind.STRING));
    }

    @Test
    void r() {
        var k = kinds("r", "# fit\nfit <- lm(y ~ x, data = d) %>% summary()\nif (is.na(v)) NULL else TRUE\ns <- 'it''s'\n");
        assertEquals(List.of("# fit"), k.get(Code.Kind.COMMENT));
        assertTrue(k.get(Code.Kind.FUNCTION).containsAll(List.of("lm", "summary", "is.na")), k.toString());
        assertEquals(List.of("if", "else"), k.get(Code.Kind.KEYWORD));
        assertEquals(List.of("NULL", "TRUE"), k.get(Code.Kind.CONSTANT));
        assertTrue(k.get(Code.Kind.OPERATOR).containsAll(List.of("<-", "%>%")), k.toString());
    }

    @Test
    void swiftTomlElixir() {
        var swift = kinds("swift", "@main struct App { let n: Int = 0x1F /* a /* b */ c */ func f() -> String { \"\\(n)\" } }\n");
        assertEquals(List.of("@main"), swift.get(Code.Kind.META));
        assertEquals(List.of("struct", "let", "func"), swift.get(Code.Kind.KEYWORD));
        assertEquals(List.of("/* a /* b */ c */"), swift.get(Code.Kind.COMMENT));
        assertEquals(List.of("0x1F"), swift.get(Code.Kind.NUMBER));
        var toml = kinds("toml", "[dependencies]\nserde = { version = \"1.0\", features = [\"derive\"] } # json\nok = true\n");
        assertEquals(List.of("[dependencies]"), toml.get(Code.Kind.TYPE));
        assertEquals(List.of("serde", "ok"), toml.get(Code.Kind.ATTRIBUTE));
        assertEquals(List.of("# json"), toml.get(Code.Kind.COMMENT));
        var ex = kinds("elixir", "defmodule M do\n  @doc \"x\"\n  def f(:ok, key: 1), do: IO.puts(\"a\")\nend\n");
        assertEquals(List.of("defmodule", "do", "def", "end"), ex.get(Code.Kind.KEYWORD));
        assertTrue(ex.get(Code.Kind.CONSTANT).containsAll(List.of(":ok", "key:", "do:")), ex.toString());
    }

    @Test
    void aDiffMarksWhatItAddsAndTakesAway() {
        var k = kinds("diff", "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new\n same\n");
        assertEquals(List.of("--- a/x", "+++ b/x"), k.get(Code.Kind.HEADING));
        assertEquals(List.of("-old"), k.get(Code.Kind.DELETED));
        assertEquals(List.of("+new"), k.get(Code.Kind.INSERTED));
    }

    @Test
    void aSessionMarksItsPromptsLexesItsCommandsAndLeavesTheOutputPlain() {
        List<Code.Token> t = highlighter.tokens("console", "$ echo \"hi\"\nhi\n").orElseThrow();
        assertEquals(new Code.Token(Code.Kind.META, "$ "), t.get(0));
        assertTrue(t.contains(new Code.Token(Code.Kind.STRING, "\"hi\"")), t.toString());
        assertTrue(t.get(t.size() - 1).text().endsWith("hi\n") && t.get(t.size() - 1).kind() == Code.Kind.PLAIN, t.toString());
    }

    @Test
    void aCommentOverSeveralLinesStaysAComment() {
        var k = kinds("java", "/* one\n   two */ int x;\n");
        assertEquals(List.of("/* one", "two */"), k.get(Code.Kind.COMMENT));
        assertEquals(List.of("int"), k.get(Code.Kind.TYPE));
    }
}
