package org.colophon.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code block's info string, read as the tool the author wrote for reads it:
 * <ul>
 * <li>a word, GitHub's {@code ```java}; mdBook's {@code ```rust,ignore,hidelines=#} (its attributes after commas);</li>
 * <li>pandoc's attributes, {@code ```{.haskell}} or {@code ~~~~ {#id .python .numberLines startFrom="10"}};</li>
 * <li>a word and attributes, MkDocs' {@code ```python title="x.py" linenums="1" hl_lines="2 3"}, Docusaurus'
 * {@code ```js title="a.js" {1,4-6} showLineNumbers}, Hugo's {@code ```go {linenos=table,hl_lines=[8,"15-17"]}};</li>
 * <li>a knitr or Quarto chunk, {@code ```{r label, echo=FALSE}} or {@code ```{python}}: code that tool runs.</li>
 * </ul>
 * The first class or word is the language, as written ({@code .language-bash} and {@code lang-js} name bash and js).
 */
record CodeInfo(String language, Optional<String> id, List<String> classes, Map<String, String> attributes,
        boolean chunk, List<String> problems) {

    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s*(?:(#[^\\s{}]+)|(\\.[^\\s{}]+)|([\\w:-]+)\\s*=\\s*(\"(?:\\\\.|[^\"])*\"|'[^']*'|\\[[^\\]]*\\]|[^\\s,}]+)|([\\w-]+)|(\\{[\\d,\\s-]*\\}))\\s*,?");
    private static final Pattern LINES = Pattern.compile("\\d+(?:\\s*-\\s*\\d+)?");

    static final CodeInfo NONE = new CodeInfo("", Optional.empty(), List.of(), Map.of(), false, List.of());

    static CodeInfo read(String info) {
        String s = info == null ? "" : info.strip();
        if (s.isEmpty()) {
            return NONE;
        }
        List<String> classes = new ArrayList<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Optional<String> id = Optional.empty();
        String language;
        boolean chunk = false;
        if (s.startsWith("{")) {
            String inside = s.substring(1, s.endsWith("}") ? s.length() - 1 : s.length()).strip();
            if (!inside.isEmpty() && !inside.startsWith(".") && !inside.startsWith("#") && !inside.startsWith("=")
                    && !firstWord(inside).contains("=")) {
                // knitr / Quarto: {r}, {r label, echo=FALSE}, {python}
                chunk = true;
                language = firstWord(inside).replaceAll(",$", "");
                parse(inside.substring(firstWord(inside).length()), classes, attributes, problems);
            } else {
                id = parse(inside, classes, attributes, problems);
                language = classes.isEmpty() ? "" : classes.get(0);
            }
        } else {
            String word = firstWord(s);
            String rest = s.substring(word.length());
            // mdBook: rust,ignore,editable; the first item is the language, the others its attributes
            String[] items = word.split(",");
            language = items.length == 0 ? "" : items[0];
            for (int i = 1; i < items.length; i++) {
                if (!items[i].isBlank()) {
                    int eq = items[i].indexOf('=');
                    if (eq > 0) {
                        attributes.put(items[i].substring(0, eq), items[i].substring(eq + 1));
                    } else {
                        classes.add(items[i]);
                    }
                }
            }
            String more = rest.strip();
            if (more.startsWith("{") && more.endsWith("}") && !LINES.matcher(more.substring(1, more.length() - 1).replace(",", " ").strip()).lookingAt()) {
                more = more.substring(1, more.length() - 1);   // Hugo: go {linenos=table}
            }
            id = parse(more, classes, attributes, problems).or(() -> Optional.empty());
        }
        return new CodeInfo(language(language), id, List.copyOf(classes), java.util.Collections.unmodifiableMap(attributes),
                chunk, List.copyOf(problems));
    }

    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '{') {
            end++;
        }
        return s.substring(0, end);
    }

    /** The language as an author's class names it: {@code .haskell}, {@code language-bash}, {@code lang-js}. */
    private static String language(String written) {
        String s = written.strip();
        if (s.startsWith(".")) {
            s = s.substring(1);
        }
        for (String prefix : List.of("language-", "lang-")) {
            if (s.toLowerCase(Locale.ROOT).startsWith(prefix) && s.length() > prefix.length()) {
                s = s.substring(prefix.length());
            }
        }
        return s;
    }

    /** Reads {@code #id .class key=value key="a value" word {1,3-5}} into the lists; returns the id. */
    private static Optional<String> parse(String text, List<String> classes, Map<String, String> attributes, List<String> problems) {
        Optional<String> id = Optional.empty();
        Matcher m = ATTRIBUTE.matcher(text);
        int pos = 0;
        while (pos < text.length()) {
            m.region(pos, text.length());
            if (!m.lookingAt() || m.end() == pos) {
                if (!text.substring(pos).isBlank()) {
                    problems.add(text.substring(pos).strip());
                }
                break;
            }
            if (m.group(1) != null) {
                id = Optional.of(m.group(1).substring(1));
            } else if (m.group(2) != null) {
                classes.add(m.group(2).substring(1));
            } else if (m.group(3) != null) {
                attributes.put(m.group(3), unquote(m.group(4)));
            } else if (m.group(5) != null) {
                classes.add(m.group(5));   // a flag: MkDocs' and Docusaurus' showLineNumbers, mdBook's ignore
            } else if (m.group(6) != null) {
                attributes.put("{}", m.group(6).substring(1, m.group(6).length() - 1));   // Docusaurus' {1,4-6}
            }
            pos = m.end();
        }
        return id;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1).replace("\\\"", "\"");
        }
        return v;
    }

    boolean has(String flag) {
        return classes.stream().anyMatch(c -> c.equalsIgnoreCase(flag));
    }

    Optional<String> attribute(String... names) {
        for (String n : names) {
            for (Map.Entry<String, String> e : attributes.entrySet()) {
                if (e.getKey().equalsIgnoreCase(n)) {
                    return Optional.of(e.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The title shown above the code: MkDocs' and Docusaurus' {@code title}, Quarto's {@code filename}. */
    Optional<String> title() {
        return attribute("title", "filename").filter(t -> !t.isBlank());
    }

    /**
     * Whether the author numbered the lines: pandoc's {@code .numberLines}, MkDocs' {@code linenums}, Hugo's
     * {@code linenos}, Docusaurus' {@code showLineNumbers}, Quarto's {@code code-line-numbers}; empty when the block
     * says nothing (the book's {@code code.line-numbers} decides).
     */
    Optional<Boolean> numbered() {
        if (has("numberLines") || has("number-lines") || has("numberlines") || has("showLineNumbers") || has("linenums")) {
            return Optional.of(true);
        }
        Optional<String> v = attribute("linenums", "linenos", "showLineNumbers", "code-line-numbers", "line-numbers");
        return v.map(s -> !(s.equalsIgnoreCase("false") || s.equals("0") || s.equalsIgnoreCase("no")));
    }

    /** The number of the first line: pandoc's {@code startFrom}, MkDocs' {@code linenums="5"}, Hugo's {@code linenostart}. */
    Optional<Integer> firstNumber() {
        Optional<String> v = attribute("startFrom", "start-from", "linenostart", "showLineNumbers");
        if (v.isEmpty()) {
            v = attribute("linenums").filter(s -> s.matches("\\d+(\\s+\\d+)?")).map(s -> s.split("\\s+")[0]);
        }
        return v.filter(s -> s.matches("\\d{1,9}")).map(Integer::parseInt);
    }

    /**
     * The lines the author marked: MkDocs' {@code hl_lines="2 3-5"}, Hugo's {@code hl_lines=[8,"15-17"]}, Docusaurus'
     * {@code {1,4-6}}, Quarto's {@code code-line-numbers="1,3"} when it lists lines; counted from 1 as shown.
     */
    SortedSet<Integer> marked() {
        SortedSet<Integer> lines = new TreeSet<>();
        attribute("hl_lines", "hl-lines", "highlight", "{}", "emphasize-lines").ifPresent(v -> {
            Matcher m = LINES.matcher(v);
            while (m.find()) {
                String[] ends = m.group().split("\\s*-\\s*");
                int from = Integer.parseInt(ends[0]);
                int to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
                for (int n = from; n <= Math.min(to, from + 10_000); n++) {
                    lines.add(n);
                }
            }
        });
        return lines;
    }
}
