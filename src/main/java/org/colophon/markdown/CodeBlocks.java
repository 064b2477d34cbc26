package org.colophon.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.colophon.book.Block;
import org.colophon.book.Code;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.highlight.Highlighter;
import org.colophon.manuscript.CodeSettings;
import org.colophon.manuscript.ManuscriptPaths;

/**
 * Makes the book's code blocks: reads the info string ({@link CodeInfo}), includes the files it names
 * ({@link CodeIncludes}), leaves out the lines the author's tool hides, and highlights the code in its language.
 * One per book: a language Colophon does not know is one warning for the whole book, with how many blocks use it.
 */
final class CodeBlocks {
    /** Quarto's chunk options, {@code #| echo: false}, at the top of a chunk: read by Quarto, never shown. */
    private static final Pattern CHUNK_OPTION = Pattern.compile("^\\s*#\\|.*$");
    /** mdBook's hidden lines of Rust: {@code # } before a line (not {@code #[}, {@code #!}); {@code ##} is a {@code #}. */
    private static final Pattern RUST_HIDDEN = Pattern.compile("^(\\s*)#(.?)(.*)$");

    private final Highlighter highlighter = new Highlighter();
    private final Diagnostics diagnostics;
    private final CodeIncludes includes;
    private final ManuscriptPaths paths;
    private final boolean numberLines;
    private final boolean highlight;
    private final Map<String, Tally> unknown = new LinkedHashMap<>();
    private Tally chunks;
    private long nanos;
    private int highlighted;

    /** Blocks of one unknown language, or of chunks meant to be run: where the first is, how many, in which files. */
    private static final class Tally {
        final SourcePosition first;
        final String written;
        int count;
        final Set<String> files = new LinkedHashSet<>();

        Tally(SourcePosition first, String written) {
            this.first = first;
            this.written = written;
        }

        void add(SourcePosition at) {
            count++;
            files.add(at.path());
        }

        String more(String what) {
            return count == 1 ? "" : " (and " + (count - 1) + " more " + what + " in " + files.size()
                    + (files.size() == 1 ? " chapter)" : " chapters)");
        }
    }

    /** Where a block stands: its fence, where its text starts, how to place a line and a text in it. */
    record Place(SourcePosition fence, SourcePosition text, Path folder,
            java.util.function.BiFunction<Integer, String, SourcePosition> find) {
    }

    CodeBlocks(ManuscriptPaths paths, Diagnostics diagnostics, CodeSettings settings) {
        this.paths = paths;
        this.diagnostics = diagnostics;
        this.includes = new CodeIncludes(paths, diagnostics);
        this.numberLines = settings.lineNumbers();
        this.highlight = settings.highlight();
    }

    /** The block, or empty when what it includes cannot be had (the error is reported). */
    Optional<Block.CodeBlock> block(String infoString, String literal, Place place) {
        CodeInfo info = CodeInfo.read(infoString);
        String code = literal;
        SourcePosition at = place.text();
        int firstOfFile = 0;
        Optional<String> include = info.chunk() ? Optional.empty() : info.attribute("include");
        if (include.isPresent()) {
            if (!code.isBlank()) {
                diagnostics.warning(place.fence(), "the code block includes '" + include.get() + "', which takes the place "
                        + "of the code written in it, as pandoc-include-code does; leave the block empty");
            }
            Optional<CodeIncludes.Included> in = includes.pandoc(info, include.get(), place.folder(), paths.root(), place.fence());
            if (in.isEmpty()) {
                return Optional.empty();
            }
            code = in.get().text();
            at = new SourcePosition(shown(in.get().file().orElseThrow()), in.get().firstLine(), 1);
            firstOfFile = in.get().firstLine();
        } else {
            Optional<CodeIncludes.Included> in = includes.mdBook(code, place.folder(),
                    i -> place.text().at(place.text().line() + i, 1), place.find());
            if (in.isEmpty()) {
                return Optional.empty();
            }
            if (in.get().file().isPresent()) {
                at = new SourcePosition(shown(in.get().file().get()), in.get().firstLine(), 1);
            }
            code = in.get().text();
        }
        if (info.chunk()) {
            code = withoutChunkOptions(code);
            if (chunks == null) {
                chunks = new Tally(place.fence(), "```{" + info.language() + "}");
            }
            chunks.add(place.fence());
        }
        String language = "";
        List<Code.Token> tokens = List.of();
        if (!info.language().isEmpty() && !highlighter.isPlainText(info.language())) {
            Optional<String> known = highlighter.language(info.language());
            if (known.isEmpty()) {
                unknown.computeIfAbsent(info.language().toLowerCase(java.util.Locale.ROOT), k -> new Tally(place.fence(), info.language()))
                        .add(place.fence());
            } else {
                language = known.get();
                code = hidden(language, info, code);
            }
            if (known.isPresent() && highlight) {
                long start = System.nanoTime();
                Optional<List<Code.Token>> t = highlighter.tokens(language, code);
                nanos += System.nanoTime() - start;
                highlighted++;
                if (t.isEmpty()) {
                    diagnostics.warning(place.fence(), "the " + language + " highlighter failed on this code block; it is printed "
                            + "plain (a fault of Colophon's: please report it with the block)");
                }
                tokens = t.orElse(List.of());
            }
        }
        boolean numbered = info.numbered().orElse(numberLines);
        int first = info.firstNumber().orElse(numbered && firstOfFile > 0 && include.isPresent() ? firstOfFile : 1);
        SortedSet<Integer> marked = info.marked();
        int lineCount = (int) code.lines().count();
        if (!marked.isEmpty() && marked.last() > lineCount) {
            diagnostics.warning(place.fence(), "line " + marked.last() + " is marked (hl_lines), but the block has "
                    + lineCount + (lineCount == 1 ? " line" : " lines") + "; lines count from 1");
            marked = new TreeSet<>(marked.headSet(lineCount + 1));
        }
        if (!info.problems().isEmpty()) {
            diagnostics.warning(place.fence(), "'" + String.join(" ", info.problems()) + "' in the code block's info string "
                    + "is not an attribute (write {#id .class key=value}, or key=\"a value\"); it is ignored");
        }
        if (code.isBlank() && include.isEmpty() && !info.attributes().isEmpty()) {
            diagnostics.warning(place.fence(), "the code block is empty; its attributes ("
                    + String.join(", ", info.attributes().keySet()) + ") are perhaps for a filter of another tool, which "
                    + "Colophon does not run (it includes files with include=, startLine=, endLine=, snippet=)");
        }
        return Optional.of(new Block.CodeBlock(infoString == null ? "" : infoString, code, at, language,
                info.title().orElse(""), tokens, new Code.Lines(numbered, first, marked)));
    }

    private String shown(Path file) {
        return paths.display(paths.root().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/'));
    }

    /** The lines the author's tool shows: mdBook hides {@code # } lines of Rust, and those its {@code hidelines=} names. */
    private static String hidden(String language, CodeInfo info, String code) {
        Optional<String> prefix = info.attribute("hidelines");
        if (!language.equals("rust") && prefix.isEmpty() || !code.contains("#") && prefix.isEmpty()) {
            return code;
        }
        List<String> kept = new ArrayList<>();
        boolean trailingNewline = code.endsWith("\n");
        for (String line : code.split("\n", -1)) {
            if (prefix.isPresent()) {
                if (!line.stripLeading().startsWith(prefix.get())) {
                    kept.add(line);
                }
                continue;
            }
            var m = RUST_HIDDEN.matcher(line);
            if (m.matches()) {
                if (m.group(2).equals("#")) {
                    kept.add(m.group(1) + "#" + m.group(3));   // ## is an escaped #
                    continue;
                }
                if (!m.group(2).equals("!") && !m.group(2).equals("[")) {
                    continue;
                }
            }
            kept.add(line);
        }
        String joined = String.join("\n", kept);
        if (trailingNewline && !joined.endsWith("\n")) {
            joined += "\n";
        }
        return joined.equals("\n") ? "" : joined;
    }

    private static String withoutChunkOptions(String code) {
        String[] lines = code.split("\n", -1);
        int skip = 0;
        while (skip < lines.length - 1 && CHUNK_OPTION.matcher(lines[skip]).matches()) {
            skip++;
        }
        return String.join("\n", java.util.Arrays.asList(lines).subList(skip, lines.length));
    }

    /** Once every chapter is read: one warning per unknown language, and one for code chunks that are not run. */
    void report() {
        unknown.values().forEach(t -> diagnostics.warning(t.first, "'" + t.written + "' is not a language Colophon "
                + "highlights; the block is printed as plain code" + t.more("blocks in '" + t.written + "'")
                + " (write one of the names in the README, or text for no highlighting)"));
        if (chunks != null) {
            diagnostics.warning(chunks.first, "'" + chunks.written + "' is a chunk of code that knitr or Quarto runs; Colophon "
                    + "prints its code and does not run it, so its output (a plot, a table) is not in the book"
                    + chunks.more("chunks") + "; paste the output in, as an image or a code block");
        }
    }

    /** Time spent highlighting, in milliseconds, and the blocks highlighted: for the build's summary and the bench. */
    long millis() {
        return nanos / 1_000_000;
    }

    int highlighted() {
        return highlighted;
    }
}
