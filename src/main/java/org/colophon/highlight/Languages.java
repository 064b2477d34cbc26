package org.colophon.highlight;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.fife.ui.rsyntaxtextarea.SyntaxConstants;

/**
 * The languages Colophon highlights, by the names authors write after a fence: each language's own name and the
 * names GitHub (Linguist), Pygments, highlight.js and pandoc accept for it ({@code js}, {@code py}, {@code c++},
 * {@code sh}…), and the names of plain text ({@code text}, {@code output}…), which are no language to warn about.
 */
final class Languages {
    /** A language's lexer, made on first use. */
    record Language(String name, Supplier<Lexer> lexer) {
    }

    private static final Map<String, Language> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, String> ALIASES = new LinkedHashMap<>();
    /** Names that say "this is text, not code": no highlighting, and no warning. */
    static final Set<String> PLAIN = Set.of("text", "txt", "plain", "plaintext", "none", "nohighlight", "no-highlight",
            "output", "log", "tree", "goat", "ascii", "raw", "verbatim", "default", "csv-plain", "ansi", "terminal-output");

    private Languages() {
    }

    static {
        fife("java", SyntaxConstants.SYNTAX_STYLE_JAVA, true, true);
        fife("javascript", SyntaxConstants.SYNTAX_STYLE_JAVASCRIPT, true, false, "js", "jsx", "mjs", "cjs", "node", "ecmascript");
        fife("typescript", SyntaxConstants.SYNTAX_STYLE_TYPESCRIPT, true, false, "ts", "tsx", "mts", "cts");
        fife("python", SyntaxConstants.SYNTAX_STYLE_PYTHON, true, false, "py", "python3", "py3", "pycon", "sage", "gyp", "bazel", "starlark", "bzl");
        fife("c", SyntaxConstants.SYNTAX_STYLE_C, false, false, "h");
        fife("cpp", SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS, false, false, "c++", "cc", "cxx", "hpp", "hxx", "hh", "h++", "cuda", "cu", "arduino", "ino");
        fife("csharp", SyntaxConstants.SYNTAX_STYLE_CSHARP, true, false, "cs", "c#");
        fife("go", SyntaxConstants.SYNTAX_STYLE_GO, false, false, "golang");
        own("rust", () -> new FifeLexer(SyntaxConstants.SYNTAX_STYLE_RUST, true, false, "\\s*#!?\\[[^\\]]*\\]\\s*"), "rs");
        fife("kotlin", SyntaxConstants.SYNTAX_STYLE_KOTLIN, true, false, "kt", "kts");
        fife("scala", SyntaxConstants.SYNTAX_STYLE_SCALA, true, false, "sc");
        fife("ruby", SyntaxConstants.SYNTAX_STYLE_RUBY, true, false, "rb", "gemspec", "rake", "podspec", "crystal", "cr");
        fife("php", SyntaxConstants.SYNTAX_STYLE_PHP, false, false, "php3", "php4", "php5", "php7", "php8");
        fife("perl", SyntaxConstants.SYNTAX_STYLE_PERL, false, false, "pl", "pm", "perl5", "raku", "perl6");
        fife("lua", SyntaxConstants.SYNTAX_STYLE_LUA, false, false, "luau");
        fife("dart", SyntaxConstants.SYNTAX_STYLE_DART, true, false);
        fife("groovy", SyntaxConstants.SYNTAX_STYLE_GROOVY, true, false, "gradle", "gvy");
        fife("clojure", SyntaxConstants.SYNTAX_STYLE_CLOJURE, false, false, "clj", "cljs", "cljc", "edn");
        fife("lisp", SyntaxConstants.SYNTAX_STYLE_LISP, false, false, "common-lisp", "cl", "elisp", "emacs-lisp", "emacs");
        fife("d", SyntaxConstants.SYNTAX_STYLE_D, true, false, "dlang");
        fife("delphi", SyntaxConstants.SYNTAX_STYLE_DELPHI, false, false, "pascal", "pas", "objectpascal", "freepascal");
        fife("fortran", SyntaxConstants.SYNTAX_STYLE_FORTRAN, false, false, "f90", "f95", "f03", "f08", "for");
        fife("sql", SyntaxConstants.SYNTAX_STYLE_SQL, false, false, "mysql", "postgresql", "postgres", "psql", "plpgsql", "sqlite",
                "sqlite3", "tsql", "t-sql", "plsql", "pgsql", "mariadb", "hive", "sparksql");
        fife("bash", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL, false, false, "sh", "shell", "zsh", "ksh", "fish", "shellscript",
                "bsh", "dash", "ash", "envrc");
        fife("powershell", SyntaxConstants.SYNTAX_STYLE_POWERSHELL, false, false, "ps1", "pwsh", "ps", "posh", "psm1");
        fife("batch", SyntaxConstants.SYNTAX_STYLE_WINDOWS_BATCH, false, false, "bat", "cmd", "dos", "batchfile", "winbatch");
        fife("html", SyntaxConstants.SYNTAX_STYLE_HTML, false, false, "htm", "xhtml", "vue", "svelte", "markup", "erb", "ejs", "liquid");
        fife("xml", SyntaxConstants.SYNTAX_STYLE_XML, false, false, "svg", "xsl", "xslt", "xsd", "plist", "rss", "atom", "wsdl", "xaml",
                "mathml", "opf", "ncx", "pom", "csproj", "fxml");
        fife("css", SyntaxConstants.SYNTAX_STYLE_CSS, false, false);
        fife("less", SyntaxConstants.SYNTAX_STYLE_LESS, false, false, "scss", "sass", "stylus", "postcss");
        fife("json", SyntaxConstants.SYNTAX_STYLE_JSON, false, false, "geojson", "jsonl", "ndjson", "webmanifest", "ipynb", "har");
        fife("jsonc", SyntaxConstants.SYNTAX_STYLE_JSON_WITH_COMMENTS, false, false, "json5", "jshintrc", "eslintrc", "babelrc", "tsconfig");
        fife("yaml", SyntaxConstants.SYNTAX_STYLE_YAML, false, false, "yml");
        fife("ini", SyntaxConstants.SYNTAX_STYLE_INI, false, false, "cfg", "conf", "config", "editorconfig", "gitconfig", "desktop",
                "systemd", "dosini");
        fife("properties", SyntaxConstants.SYNTAX_STYLE_PROPERTIES_FILE, false, false, "jproperties", "java-properties");
        fife("dotenv", SyntaxConstants.SYNTAX_STYLE_ENV, false, false, "env");
        fife("makefile", SyntaxConstants.SYNTAX_STYLE_MAKEFILE, false, false, "make", "mk", "mak", "bsdmake", "gnumakefile");
        fife("dockerfile", SyntaxConstants.SYNTAX_STYLE_DOCKERFILE, false, false, "docker", "containerfile");
        fife("latex", SyntaxConstants.SYNTAX_STYLE_LATEX, false, false, "tex", "context", "bibtex", "bib", "sty");
        fife("markdown", SyntaxConstants.SYNTAX_STYLE_MARKDOWN, false, false, "md", "mkd", "mdown", "mkdn", "gfm", "rmd", "qmd", "pandoc");
        fife("visualbasic", SyntaxConstants.SYNTAX_STYLE_VISUAL_BASIC, false, false, "vb", "vbnet", "vb.net", "vba", "vbscript", "vbs",
                "visual-basic");
        fife("assembly", SyntaxConstants.SYNTAX_STYLE_ASSEMBLER_X86, false, false, "asm", "nasm", "x86asm", "x86", "masm", "gas", "s");
        fife("asm6502", SyntaxConstants.SYNTAX_STYLE_ASSEMBLER_6502, false, false, "6502", "6502asm");
        fife("actionscript", SyntaxConstants.SYNTAX_STYLE_ACTIONSCRIPT, true, false, "as", "as3");
        fife("handlebars", SyntaxConstants.SYNTAX_STYLE_HANDLEBARS, false, false, "hbs", "mustache", "go-html-template",
                "go-text-template", "gotmpl", "gohtml", "jinja", "jinja2", "j2", "django", "twig", "nunjucks", "njk");
        fife("jsp", SyntaxConstants.SYNTAX_STYLE_JSP, false, false);
        fife("protobuf", SyntaxConstants.SYNTAX_STYLE_PROTO, true, false, "proto", "proto3");
        fife("tcl", SyntaxConstants.SYNTAX_STYLE_TCL, false, false, "tk");
        fife("vhdl", SyntaxConstants.SYNTAX_STYLE_VHDL, false, false);
        fife("sas", SyntaxConstants.SYNTAX_STYLE_SAS, false, false);
        fife("nsis", SyntaxConstants.SYNTAX_STYLE_NSIS, false, false);
        fife("htaccess", SyntaxConstants.SYNTAX_STYLE_HTACCESS, false, false, "apacheconf", "apache");
        fife("hosts", SyntaxConstants.SYNTAX_STYLE_HOSTS, false, false);
        fife("bbcode", SyntaxConstants.SYNTAX_STYLE_BBCODE, false, false);
        fife("mxml", SyntaxConstants.SYNTAX_STYLE_MXML, false, false);
        fife("dtd", SyntaxConstants.SYNTAX_STYLE_DTD, false, false);
        fife("csv", SyntaxConstants.SYNTAX_STYLE_CSV, false, false, "tsv");
        own("haskell", Grammars::haskell, "hs", "lhs", "purescript", "purs", "idris", "agda", "frege");
        own("elm", Grammars::elm);
        own("r", Grammars::r, "rscript", "splus", "s-plus", "rprofile");
        own("swift", Grammars::swift);
        own("toml", Grammars::toml, "cargo");
        own("elixir", Grammars::elixir, "ex", "exs", "heex", "iex");
        own("erlang", Grammars::erlang, "erl", "hrl", "escript");
        own("ocaml", Grammars::ocaml, "ml", "mli", "reason", "reasonml", "sml", "standard-ml", "mllib", "coq");
        own("fsharp", Grammars::fsharp, "fs", "f#", "fsx", "fsi");
        own("julia", Grammars::julia, "jl", "jldoctest");
        own("objectivec", Grammars::objectiveC, "objc", "obj-c", "objective-c", "objectivec++", "objc++", "objective-c++", "mm");
        own("matlab", Grammars::matlab, "octave", "m", "scilab");
        own("diff", Grammars::diff, "patch", "udiff", "git-diff");
        own("graphql", Grammars::graphql, "gql");
        own("zig", Grammars::zig);
        own("nix", Grammars::nix, "nixos");
        own("hcl", Grammars::hcl, "terraform", "tf", "tfvars", "hashicorp");
        own("scheme", Grammars::scheme, "racket", "rkt", "scm", "ss", "guile", "chicken", "sicp");
        own("cmake", Grammars::cmake, "cmakelists");
        own("console", () -> new SessionLexer(by("bash").lexer().get()), "shell-session", "sh-session", "bash-session",
                "shellsession", "terminal", "command-line", "prompt", "session");
    }

    private static void fife(String name, String style, boolean capitals, boolean functionsAreTypes, String... aliases) {
        own(name, () -> new FifeLexer(style, capitals, functionsAreTypes), aliases);
    }

    private static void own(String name, Supplier<Lexer> lexer, String... aliases) {
        BY_NAME.put(name, new Language(name, lexer));
        ALIASES.put(name, name);
        for (String a : aliases) {
            ALIASES.put(a, name);
        }
    }

    private static Language by(String name) {
        return BY_NAME.get(name);
    }

    /** The language an author's name stands for ({@code JS}, {@code c++}, {@code language-bash}), if Colophon knows it. */
    static Optional<Language> named(String written) {
        String key = written.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(ALIASES.get(key)).map(BY_NAME::get);
    }

    static boolean isPlain(String written) {
        return PLAIN.contains(written.toLowerCase(Locale.ROOT));
    }

    /** Every language's own name, for the README and the tests. */
    static Set<String> names() {
        return new TreeSet<>(BY_NAME.keySet());
    }

    /** Every name that stands for a language, aliases included. */
    static Set<String> allNames() {
        return new TreeSet<>(ALIASES.keySet());
    }
}
