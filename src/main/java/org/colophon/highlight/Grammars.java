package org.colophon.highlight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.colophon.book.Code;
import org.colophon.book.Code.Kind;

/**
 * The languages that RSyntaxTextArea does not know, as rules for {@link RuleLexer}: their comments, strings,
 * numbers and words, from each language's reference (the Haskell 2010 report, the Swift book, TOML 1.0, R's
 * language definition…). They mark what a reader looks for; they parse nothing.
 */
final class Grammars {
    private Grammars() {
    }

    private static final String NUMBER = "(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|\\d[\\d_]*(?:\\.\\d[\\d_]*)?(?:[eE][+-]?\\d+)?)[A-Za-z]*";
    private static final String DQ = "\"(?:\\\\[\\s\\S]|[^\"\\\\])*\"?";
    private static final String SQ = "'(?:\\\\[\\s\\S]|[^'\\\\\\n])*'?";
    private static final String OPS = "+-*/=<>!&|^%~?:.@$\\";

    static Lexer haskell() {
        return new Builder()
                .rule("\\{-#[\\s\\S]*?#-\\}", Kind.META)
                .nested("{-", "-}")
                .rule("--+(?![!#$%&*+./<=>?@\\\\^|~:])[^\\n]*", Kind.COMMENT)
                .rule(DQ, Kind.STRING)
                .rule("'(?:\\\\[^']+|[^'\\\\])'", Kind.STRING)
                .rule("^[a-z_][\\w']*(?=\\s*::)", Kind.FUNCTION, true)
                .rule(NUMBER, Kind.NUMBER)
                .name("[A-Za-z_][\\w']*")
                .keywords("case class data default deriving do else foreign if import in infix infixl infixr instance let "
                        + "module newtype of then type where forall qualified as hiding family mdo proc rec")
                .constants("True False Nothing Just")
                .capitals()
                .operators(OPS)
                .lexer();
    }

    static Lexer elm() {
        return new Builder()
                .nested("{-", "-}")
                .rule("--[^\\n]*", Kind.COMMENT)
                .rule("\"\"\"[\\s\\S]*?\"\"\"", Kind.STRING)
                .rule(DQ, Kind.STRING)
                .rule("'(?:\\\\[^']+|[^'\\\\])'", Kind.STRING)
                .rule("^[a-z_][\\w']*(?=\\s*:(?!:))", Kind.FUNCTION, true)
                .rule(NUMBER, Kind.NUMBER)
                .name("[A-Za-z_][\\w']*")
                .keywords("if then else case of let in type alias module exposing import as port effect where")
                .constants("True False Nothing Just")
                .capitals()
                .operators(OPS)
                .lexer();
    }

    static Lexer r() {
        return new Builder()
                .rule("#[^\\n]*", Kind.COMMENT)
                .rule("[rR][\"'](-*)[(\\[{][\\s\\S]*?[)\\]}]\\1[\"']", Kind.STRING)
                .rule(DQ, Kind.STRING)
                .rule("'(?:\\\\[\\s\\S]|[^'\\\\])*'?", Kind.STRING)
                .rule("`[^`\\n]*`", Kind.PLAIN)
                .rule("%[^%\\n]*%", Kind.OPERATOR)
                .rule("<<-|->>|<-|->|\\|>", Kind.OPERATOR)
                .rule("(?:0[xX][0-9a-fA-F]+|\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?)[Li]?", Kind.NUMBER)
                .name("[A-Za-z.][\\w.]*|_[\\w.]*")
                .keywords("if else repeat while function for in next break return")
                .constants("TRUE FALSE NULL NA NaN Inf NA_integer_ NA_real_ NA_character_ NA_complex_ T F")
                .calls()
                .operators(OPS)
                .lexer();
    }

    static Lexer swift() {
        return new Builder()
                .rule("///?[^\\n]*", Kind.COMMENT)
                .nested("/*", "*/")
                .rule("#*\"\"\"[\\s\\S]*?\"\"\"#*", Kind.STRING)
                .rule("#+\"[^\\n]*?\"#+", Kind.STRING)
                .rule(DQ, Kind.STRING)
                .rule("@\\w+", Kind.META)
                .rule("#(?:if|elseif|else|endif|available|unavailable|selector|keyPath|file|line|function|warning|error|sourceLocation)\\b", Kind.META)
                .rule(NUMBER, Kind.NUMBER)
                .name("`?[A-Za-z_][\\w]*`?|\\$\\d+")
                .keywords("associatedtype class deinit enum extension fileprivate func import init inout internal let open "
                        + "operator private precedencegroup protocol public rethrows static struct subscript typealias var break "
                        + "case catch continue default defer do else fallthrough for guard if in repeat return throw switch where "
                        + "while as await async throws try is some any self Self super convenience dynamic final lazy mutating "
                        + "nonmutating optional override required unowned weak get set willSet didSet actor nonisolated isolated "
                        + "consume borrowing consuming macro package")
                .constants("true false nil")
                .capitals()
                .calls()
                .operators(OPS)
                .lexer();
    }

    static Lexer toml() {
        return new Builder()
                .rule("#[^\\n]*", Kind.COMMENT)
                .rule("\\[\\[?[^\\]\\n]*\\]\\]?", Kind.TYPE, true)
                .rule("(?:[A-Za-z0-9_-]+|\"[^\"\\n]*\"|'[^'\\n]*')(?:\\s*\\.\\s*(?:[A-Za-z0-9_-]+|\"[^\"\\n]*\"|'[^'\\n]*'))*(?=\\s*=)",
                        Kind.ATTRIBUTE, true)
                .rule("\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''", Kind.STRING)
                .rule(DQ, Kind.STRING)
                .rule("'[^'\\n]*'?", Kind.STRING)
                .rule("\\d{4}-\\d{2}-\\d{2}(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:[Zz]|[+-]\\d{2}:\\d{2})?)?|\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?",
                        Kind.NUMBER)
                .rule("[+-]?(?:inf|nan)\\b|[+-]?" + NUMBER, Kind.NUMBER)
                .name("[A-Za-z_][\\w-]*")
                .constants("true false")
                .operators("=.,")
                .lexer();
    }

    static Lexer elixir() {
        return new Builder()
                .rule("#[^\\n]*", Kind.COMMENT)
                .rule("@(?:module|type|spec|callback|typep|opaque)?doc\\s+(?:\"\"\"[\\s\\S]*?\"\"\"|~[sS]\"\"\"[\\s\\S]*?\"\"\")", Kind.COMMENT)
                .rule("\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''", Kind.STRING)
                .rule("~[a-zA-Z](?:\\([^)]*\\)|\\[[^\\]]*\\]|\\{[^}]*\\}|<[^>]*>|/[^/\\n]*/|\\|[^|\\n]*\\||\"[^\"]*\"|'[^']*')[a-zA-Z]*", Kind.STRING)
                .rule(DQ, Kind.STRING)
                .rule(SQ, Kind.STRING)
                .rule("\\?(?:\\\\.|[^\\s\\\\])", Kind.STRING)
                .rule(":(?:\"[^\"]*\"|[A-Za-z_][\\w]*[?!]?)", Kind.CONSTANT)
                .rule("[A-Za-z_][\\w]*[?!]?:(?!:)", Kind.CONSTANT)
                .rule("@[a-z_]\\w*", Kind.META)
                .rule(NUMBER, Kind.NUMBER)
                .name("[A-Za-z_][\\w]*[?!]?")
                .keywords("def defp defmodule defmacro defmacrop defstruct defprotocol defimpl defexception defdelegate defguard "
                        + "defguardp defoverridable do end if else unless case cond with fn when and or not in receive after "
                        + "try rescue catch raise reraise quote unquote unquote_splicing import alias require use for throw super")
                .constants("true false nil")
                .capitals()
                .calls()
                .operators(OPS)
                .lexer();
    }

    static Lexer erlang() {
        return new Builder()
                .rule("%[^\\n]*", Kind.COMMENT)
                .rule("^-[a-z_]\\w*", Kind.META, true)
                .rule(DQ, Kind.STRING)
                .rule("'(?:\\\\.|[^'\\\\\\n])*'", Kind.CONSTANT)
                .rule("\\$(?:\\\\.|.)", Kind.STRING)
                .rule("\\?\\??[A-Za-z_]\\w*", Kind.META)
                .rule("\\d+#[0-9a-zA-Z]+|" + NUMBER, Kind.NUMBER)
                .rule("[A-Z_]\\w*", Kind.VARIABLE)
                .name("[a-z]\\w*")
                .keywords("after and andalso band begin bnot bor bsl bsr bxor case catch cond div end fun if let not of or "
                        + "orelse receive rem try when xor maybe else")
                .constants("true false undefined ok error")
                .calls()
                .operators(OPS)
                .lexer();
    }

    static Lexer ocaml() {
        return new Builder()
                .nested("(*", "*)")
                .rule(DQ, Kind.STRING)
                .rule("\\{([a-z_]*)\\|[\\s\\S]*?\\|\\1\\}", Kind.STRING)
                .rule("'(?:\\\\[^']+|[^'\\\\])'", Kind.STRING)
                .rule("'[a-z_]\\w*", Kind.TYPE)
                .rule("\\[@+[^\\]]*\\]", Kind.META)
                .rule(NUMBER, Kind.NUMBER)
                .name("[A-Za-z_][\\w']*")
                .keywords("and as assert begin class constraint do done downto else end exception external for fun function "
                        + "functor if in include inherit initializer lazy let match method module mutable new nonrec object of "
                        + "open or private rec sig struct then to try type val virtual when while with land lor lxor lsl lsr asr mod")
                .constants("true false")
                .types("int float string bool char unit list array option ref exn bytes")
                .capitals()
                .operators(OPS)
                .lexer();
    }

    static Lexer fsharp() {
        return new Builder()
                .rule("//[^\\n]*", Kind.COMMENT)
                .nested("(*)", "")   // the operator (*), not a comment: kept plain below
                .nested("(*", "*)")
                .rule("\\[<[\\s\\S]*?>\\]", Kind.META)
                .rule("\"\"\"[\\s\\S]*?\"\"\"", Kind.STRING)
                .rule("[@$]+" + DQ, Kind.STRING)
                .rule(DQ, Kind.STRING)
                .rule("'(?:\\\\[^']+|[^'\\\\])'", Kind.STRING)
                .rule("'[a-z_]\\w*", Kind.TYPE)
                .rule("^#\\w+", Kind.META, true)
                .rule(NUMBER, Kind.NUMBER)
                .name("[A-Za-z_][\\w']*")
                .keywords("abstract and as assert base begin class default delegate do done downcast downto elif else end "
                        + "exception extern for fun function global if in inherit inline interface internal lazy let match member "
                        + "module mutable namespace new not of open or override private public rec return static struct then to "
                        + "try type upcast use val void when while with yield async task")
                .constants("true false null")
                .types("int float string bool char unit list array option seq decimal int64 byte")
                .capitals()
                .operators(OPS)
                .lexer();
    }

    static Lexer julia() {
        return new Builder()
                .nested("#=", "=#")
                .rule("#[^\\n]*", Kind.COMMENT)
                .rule("\"\"\"[\\s\\S]*?\"\"\"", Kind.STRING)
                .rule("[a-z]*" + DQ, Kind.STRING)
                .rule("'(?:\\\\[^']+|[^'\\\\])'", Kind.STRING)
                .rule("@[A-Za-z_][\\w!.]*", Kind.META)
                .rule("(?<![\\w)\\]}:'.])(?<!\\s:):[A-Za-z_]\\w*", Kind.CONSTANT)
                .rule(NUMBER, Kind.NUMBER)
                .name("[A-Za-z_][\\w!]*")
                .keywords("function end if elseif else for while return begin let local global const struct mutable abstract "
                        + "primitive type module baremodule using import export try catch finally do break continue macro quote "
                        + "in isa where outer")
                .constants("true false nothing missing NaN Inf pi")
                .capitals()
                .calls()
                .operators(OPS)
                .lexer();
    }

    static Lexer objectiveC() {
        return new Builder()
                .rule("//[^\\n]*", Kind.COMMENT)
                .rule("/\\*[\\s\\S]*?(?:\\*/|$)", Kind.COMMENT)
                .rule("^#\\s*\\w+(?:[ \\t]*<[^>\\n]*>)?", Kind.META, true)
                .rule("@?" + DQ, Kind.STRING)
                .rule("'(?:\\\\.|[^'\\\\])'", Kind.STRING)
                .rule("@(?:interface|implementation|end|property|synthesize|dynamic|protocol|optional|required|class|selector|"
                        + "autoreleasepool|try|catch|finally|throw|public|private|protected|package|encode|import|available)\\b", Kind.KEYWORD)
                .rule("@[\\[{(]", Kind.OPERATOR)
                .rule(NUMBER, Kind.NUMBER)
                .name("[A-Za-z_]\\w*")
                .keywords("auto break case const continue default do else enum extern for goto if inline register restrict "
                        + "return sizeof static struct switch typedef union volatile while self super in out inout oneway bycopy "
                        + "byref nonatomic atomic strong weak copy assign retain readonly readwrite nullable nonnull __block "
                        + "__weak __strong instancetype typeof")
                .types("int char void short long float double signed unsigned bool BOOL id SEL IMP Class NSInteger NSUInteger CGFloat")
                .constants("YES NO nil Nil NULL true false")
                .capitals()
                .calls()
                .operators(OPS)
                .lexer();
    }

    static Lexer matlab() {
        return new Builder()
                .rule("^%\\{[\\s\\S]*?^%\\}", Kind.COMMENT, true)
                .rule("%[^\\n]*", Kind.COMMENT)
                .rule("(?<=[\\w)\\]}'.])'+", Kind.OPERATOR)   // the transpose, not a string
                .rule("'(?:''|[^'\\n])*'?", Kind.STRING)
                .rule("\"(?:\"\"|[^\"\\n])*\"?", Kind.STRING)
                .rule(NUMBER, Kind.NUMBER)
                .name("[A-Za-z_]\\w*")
                .keywords("function end if elseif else for while switch case otherwise break continue return try catch global "
                        + "persistent parfor classdef properties methods events enumeration spmd arguments")
                .constants("true false pi inf Inf nan NaN eps")
                .calls()
                .operators(OPS)
                .lexer();
    }

    static Lexer diff() {
        return new Builder()
                .rule("(?:diff |index |\\+\\+\\+ |--- |\\*\\*\\* |Only in |Binary files )[^\\n]*", Kind.HEADING, true)
                .rule("@@[^\\n]*", Kind.META, true)
                .rule("[+>][^\\n]*", Kind.INSERTED, true)
                .rule("[-<][^\\n]*", Kind.DELETED, true)
                .rule("![^\\n]*", Kind.META, true)
                .rule("[^\\n]+", Kind.PLAIN)
                .name("(?!)")
                .lexer();
    }

    static Lexer graphql() {
        return new Builder()
                .rule("#[^\\n]*", Kind.COMMENT)
                .rule("\"\"\"[\\s\\S]*?\"\"\"", Kind.STRING)
                .rule(DQ, Kind.STRING)
                .rule("\\$[A-Za-z_]\\w*", Kind.VARIABLE)
                .rule("@[A-Za-z_]\\w*", Kind.META)
                .rule("-?" + NUMBER, Kind.NUMBER)
                .name("[A-Za-z_]\\w*")
                .keywords("query mutation subscription fragment on type interface union enum input scalar schema extend "
                        + "directive implements repeatable")
                .constants("true false null")
                .capitals()
                .operators("!=:|&@$.")
                .lexer();
    }

    static Lexer zig() {
        return new Builder()
                .rule("//[^\\n]*", Kind.COMMENT)
                .rule("\\\\\\\\[^\\n]*", Kind.STRING)
                .rule(DQ, Kind.STRING)
                .rule("'(?:\\\\[^']+|[^'\\\\])'", Kind.STRING)
                .rule("@[A-Za-z_]\\w*", Kind.FUNCTION)
                .rule("\\b[iu]\\d+\\b", Kind.TYPE)
                .rule(NUMBER, Kind.NUMBER)
                .name("[A-Za-z_]\\w*")
                .keywords("addrspace align allowzero and anyframe anytype asm async await break callconv catch comptime const "
                        + "continue defer else enum errdefer error export extern fn for if inline linksection noalias noinline "
                        + "nosuspend opaque or orelse packed pub resume return struct suspend switch test threadlocal try union "
                        + "unreachable usingnamespace var volatile while")
                .types("isize usize c_int c_uint c_long c_ulong f16 f32 f64 f80 f128 bool void noreturn type anyerror "
                        + "comptime_int comptime_float anyopaque")
                .constants("true false null undefined")
                .capitals()
                .calls()
                .operators(OPS)
                .lexer();
    }

    static Lexer nix() {
        return new Builder()
                .rule("#[^\\n]*", Kind.COMMENT)
                .rule("/\\*[\\s\\S]*?(?:\\*/|$)", Kind.COMMENT)
                .rule("''[\\s\\S]*?''(?!['$\\\\])", Kind.STRING)
                .rule(DQ, Kind.STRING)
                .rule("(?:\\.{0,2}|~)/[\\w./+-]+|<[\\w./+-]+>", Kind.STRING)
                .rule("[a-zA-Z][\\w+.-]*://[^\\s;]+", Kind.STRING)
                .rule(NUMBER, Kind.NUMBER)
                .name("[A-Za-z_][\\w'-]*")
                .keywords("let in with rec inherit if then else assert or")
                .constants("true false null")
                .builtins("import builtins derivation throw abort map toString")
                .operators(OPS)
                .lexer();
    }

    static Lexer hcl() {
        return new Builder()
                .rule("(?:#|//)[^\\n]*", Kind.COMMENT)
                .rule("/\\*[\\s\\S]*?(?:\\*/|$)", Kind.COMMENT)
                .rule("<<-?(\\w+)\\n[\\s\\S]*?\\n\\s*\\1", Kind.STRING)
                .rule(DQ, Kind.STRING)
                .rule("[A-Za-z_][\\w-]*(?=\\s*=(?!=))", Kind.ATTRIBUTE)
                .rule(NUMBER, Kind.NUMBER)
                .name("[A-Za-z_][\\w-]*")
                .keywords("resource data variable output provider module locals terraform backend for in if dynamic "
                        + "content lifecycle moved import check")
                .constants("true false null")
                .calls()
                .operators(OPS)
                .lexer();
    }

    static Lexer scheme() {
        return new Builder()
                .rule(";[^\\n]*", Kind.COMMENT)
                .nested("#|", "|#")
                .rule("#;", Kind.COMMENT)
                .rule(DQ, Kind.STRING)
                .rule("#\\\\(?:[a-z]+|.)", Kind.STRING)
                .rule("#[tf]\\b|#true|#false", Kind.CONSTANT)
                .rule("'[^\\s()\\[\\]]+", Kind.CONSTANT)
                .rule("(?<=[(\\[])(?:define[\\w-]*|lambda|let\\*?|letrec\\*?|let-values|if|cond|else|case|and|or|when|"
                        + "unless|begin|do|quote|quasiquote|unquote|set!|syntax-rules|match|require|provide|module|struct)(?=[\\s()\\[\\]])",
                        Kind.KEYWORD)
                .rule("(?<=[(\\[])[^\\s()\\[\\]'\"]+", Kind.FUNCTION)
                .rule("-?" + NUMBER, Kind.NUMBER)
                .name("[^\\s()\\[\\]'\"`,;]+")
                .lexer();
    }

    static Lexer cmake() {
        return new Builder()
                .rule("#\\[(=*)\\[[\\s\\S]*?\\]\\1\\]", Kind.COMMENT)
                .rule("#[^\\n]*", Kind.COMMENT)
                .rule("\\[(=*)\\[[\\s\\S]*?\\]\\1\\]", Kind.STRING)
                .rule(DQ, Kind.STRING)
                .rule("\\$(?:ENV|CACHE)?\\{[^}]*\\}", Kind.VARIABLE)
                .rule("[A-Za-z_]\\w*(?=\\s*\\()", Kind.FUNCTION)
                .rule("\\b[A-Z][A-Z0-9_]+\\b", Kind.CONSTANT)
                .rule(NUMBER, Kind.NUMBER)
                .name("[A-Za-z_][\\w.-]*")
                .lexer();
    }

    /** Builds a grammar rule by rule; patterns are Java regular expressions, tried in the order given. */
    private static final class Builder {
        private final List<RuleLexer.Rule> rules = new ArrayList<>();
        private final Map<String, Kind> names = new HashMap<>();
        private Pattern name = Pattern.compile("[A-Za-z_]\\w*");
        private String operators = "";
        private boolean capitals;
        private boolean calls;

        Builder rule(String regex, Kind kind) {
            return rule(regex, kind, false);
        }

        /** A rule that applies only at a line's start (after its indentation); a leading {@code ^} is dropped. */
        Builder rule(String regex, Kind kind, boolean lineStart) {
            String pattern = lineStart && regex.startsWith("^") ? regex.substring(1) : regex;
            rules.add(new RuleLexer.Rule(Pattern.compile(pattern, Pattern.MULTILINE), kind, lineStart || regex.startsWith("^")));
            return this;
        }

        Builder nested(String open, String close) {
            if (close.isEmpty()) {   // a text that looks like an opening and is not one: plain
                rules.add(new RuleLexer.Rule(Pattern.compile(Pattern.quote(open)), Kind.OPERATOR, false));
            } else {
                rules.add(new RuleLexer.Rule(null, Kind.COMMENT, false, open, close));
            }
            return this;
        }

        Builder name(String regex) {
            name = Pattern.compile(regex);
            return this;
        }

        Builder keywords(String words) {
            return names(words, Kind.KEYWORD);
        }

        Builder types(String words) {
            return names(words, Kind.TYPE);
        }

        Builder constants(String words) {
            return names(words, Kind.CONSTANT);
        }

        Builder builtins(String words) {
            return names(words, Kind.FUNCTION);
        }

        private Builder names(String words, Kind kind) {
            for (String w : words.split(" ")) {
                names.put(w, kind);
            }
            return this;
        }

        Builder operators(String chars) {
            operators = chars;
            return this;
        }

        Builder capitals() {
            capitals = true;
            return this;
        }

        Builder calls() {
            calls = true;
            return this;
        }

        Lexer lexer() {
            return new RuleLexer(new RuleLexer.Grammar(List.copyOf(rules), name, Map.copyOf(names),
                    operators, capitals, calls));
        }
    }
}
