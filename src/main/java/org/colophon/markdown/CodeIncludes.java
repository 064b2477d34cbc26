package org.colophon.markdown;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.manuscript.ManuscriptPaths;
import org.colophon.text.Texts;

/**
 * Files a code block includes, as the author's tools include them, from inside the manuscript folder only (the
 * sandbox of images): mdBook's {@code {{#include file.rs}}} and {@code {{#rustdoc_include file.rs}}} with a line range
 * ({@code :3}, {@code :3:10}, {@code ::10}, {@code :3:}) or an anchor ({@code :name}, between {@code ANCHOR: name} and
 * {@code ANCHOR_END: name} comments), and pandoc-include-code's {@code include=file.hs} with {@code startLine},
 * {@code endLine}, {@code snippet} and {@code dedent}. A file is read once per build, however often it is included.
 * What cannot be included (no such file, a range past its end, an unknown anchor) is an error where it is asked for.
 */
final class CodeIncludes {
    /** mdBook's directives: {@code {{#include path}}}, {@code {{#rustdoc_include path:anchor}}}; {@code \{{#include}}} is escaped. */
    static final Pattern DIRECTIVE = Pattern.compile("(\\\\?)\\{\\{#(include|rustdoc_include)\\s+([^}]+?)\\s*}}");
    private static final Pattern ANCHOR = Pattern.compile("ANCHOR:\\s*([\\w-]+)");
    private static final Pattern ANCHOR_END = Pattern.compile("ANCHOR_END:\\s*([\\w-]+)");
    private static final long MAX_BYTES = 16L << 20;

    private final ManuscriptPaths paths;
    private final Diagnostics diagnostics;
    private final Map<Path, Optional<String>> read = new HashMap<>();

    CodeIncludes(ManuscriptPaths paths, Diagnostics diagnostics) {
        this.paths = paths;
        this.diagnostics = diagnostics;
    }

    /** Lines of an included file that mdBook hides in a Rust block ({@code # } before them), to be taken out. */
    record Included(String text, Optional<Path> file, int firstLine) {
    }

    /**
     * The code with each of mdBook's directives replaced by what it includes; {@code lineAt} gives where the n-th
     * line of the code stands in the chapter. Empty when a directive failed (the error is reported).
     */
    Optional<Included> mdBook(String code, Path folder, java.util.function.IntFunction<SourcePosition> lineAt,
            java.util.function.BiFunction<Integer, String, SourcePosition> columnAt) {
        if (!code.contains("{{#")) {
            return Optional.of(new Included(code, Optional.empty(), 0));
        }
        String[] lines = code.split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean failed = false;
        Optional<Path> only = Optional.empty();
        int first = 0;
        int directives = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = DIRECTIVE.matcher(lines[i]);
            StringBuilder line = new StringBuilder();
            while (m.find()) {
                if (!m.group(1).isEmpty()) {   // escaped: printed as written, less its backslash
                    m.appendReplacement(line, Matcher.quoteReplacement(m.group().substring(1)));
                    continue;
                }
                directives++;
                SourcePosition at = columnAt.apply(i, m.group());
                Optional<Taken> taken = directive(m.group(2), m.group(3), folder, at);
                if (taken.isEmpty()) {
                    failed = true;
                    m.appendReplacement(line, "");
                } else {
                    only = Optional.of(taken.get().file());
                    first = taken.get().firstLine();
                    m.appendReplacement(line, Matcher.quoteReplacement(taken.get().text()));
                }
            }
            m.appendTail(line);
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        if (failed) {
            return Optional.empty();
        }
        boolean whole = directives == 1 && code.strip().startsWith("{{#") && code.strip().endsWith("}}");
        return Optional.of(new Included(out.toString(), whole ? only : Optional.empty(), whole ? first : 0));
    }

    private record Taken(String text, Path file, int firstLine) {
    }

    private Optional<Taken> directive(String kind, String argument, Path folder, SourcePosition at) {
        int colon = argument.indexOf(':');
        String name = colon < 0 ? argument : argument.substring(0, colon);
        String range = colon < 0 ? "" : argument.substring(colon + 1);
        Optional<Path> file = file(name, folder, at, "{{#" + kind + " " + argument + "}}");
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> text = text(file.get(), at);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = text.get().lines().toList();
        boolean rustdoc = kind.equals("rustdoc_include");
        String[] parts = range.split(":", 3);
        Integer start = null;
        Integer end = null;
        if (!range.isEmpty() && !parts[0].isEmpty() && !parts[0].matches("\\d+")) {
            return anchored(lines, parts[0], rustdoc, file.get(), at, name);
        }
        if (!range.isEmpty()) {
            start = parts[0].isEmpty() ? null : Math.max(Integer.parseInt(parts[0]) - 1, 0);
            if (parts.length == 1) {
                end = start == null ? null : start + 1;   // :3 is line 3 alone
            } else {
                end = parts[1].matches("\\d+") ? Integer.valueOf(parts[1]) : null;
            }
        }
        int from = start == null ? 0 : start;
        int to = end == null ? lines.size() : Math.min(end, lines.size());
        if (from >= lines.size() || to <= from && end != null) {
            diagnostics.error(at, "'" + name + "' has " + lines.size() + (lines.size() == 1 ? " line" : " lines")
                    + "; the lines " + range + " asked for are past its end or empty (mdBook counts lines from 1: "
                    + ":3 is line 3, :3:10 lines 3 to 10, ::10 the first 10, :3: from line 3 on)");
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            boolean in = i >= from && i < to;
            if (in) {
                out.append(lines.get(i)).append('\n');
            } else if (rustdoc) {
                out.append("# ").append(lines.get(i)).append('\n');   // hidden in the book, kept for rustdoc, as mdBook does
            }
        }
        return Optional.of(new Taken(trimLast(out), file.get(), from + 1));
    }

    private Optional<Taken> anchored(List<String> lines, String anchor, boolean rustdoc, Path file, SourcePosition at, String name) {
        StringBuilder out = new StringBuilder();
        boolean within = false;
        boolean found = false;
        int first = 0;
        Set<String> anchors = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            Matcher start = ANCHOR.matcher(l);
            Matcher end = ANCHOR_END.matcher(l);
            if (start.find()) {
                anchors.add(start.group(1));
            }
            if (within) {
                if (end.find() && end.group(1).equals(anchor)) {
                    within = false;
                } else if (!ANCHOR.matcher(l).find() && !ANCHOR_END.matcher(l).find()) {
                    out.append(l).append('\n');
                }
            } else if (ANCHOR.matcher(l).find() && ANCHOR.matcher(l).results().anyMatch(r -> r.group(1).equals(anchor))) {
                within = true;
                if (!found) {
                    first = i + 2;
                }
                found = true;
            } else if (rustdoc && !ANCHOR_END.matcher(l).find()) {
                out.append("# ").append(l).append('\n');
            }
        }
        if (!found) {
            String hint = anchors.isEmpty() ? " (it has no ANCHOR: comment)"
                    : "; its anchors are " + String.join(", ", anchors) + near(anchor, anchors);
            diagnostics.error(at, "'" + name + "' has no anchor '" + anchor + "'" + hint
                    + " (mdBook includes the lines between 'ANCHOR: " + anchor + "' and 'ANCHOR_END: " + anchor + "')");
            return Optional.empty();
        }
        return Optional.of(new Taken(trimLast(out), file, first));
    }

    /**
     * pandoc-include-code's {@code include=}: the whole file, {@code startLine}–{@code endLine} (from 1), or the lines
     * between {@code start snippet NAME} and {@code end snippet NAME}; {@code dedent=N} takes N spaces off each line.
     */
    Optional<Included> pandoc(CodeInfo info, String name, Path folder, Path root, SourcePosition at) {
        Optional<Path> file = file(name, folder, root, at, "include=" + name);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> text = text(file.get(), at);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>(text.get().lines().toList());
        Optional<String> snippet = info.attribute("snippet");
        Optional<String> startLine = info.attribute("startLine");
        Optional<String> endLine = info.attribute("endLine");
        int first = 1;
        if (snippet.isPresent()) {
            if (startLine.isPresent() || endLine.isPresent()) {
                diagnostics.error(at, "a code block includes either a snippet or lines (startLine, endLine), not both");
                return Optional.empty();
            }
            int open = -1;
            int close = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (open < 0 && lines.get(i).matches(".*\\bstart snippet " + Pattern.quote(snippet.get()) + "\\s*$")) {
                    open = i;
                } else if (open >= 0 && lines.get(i).matches(".*\\bend snippet " + Pattern.quote(snippet.get()) + "\\s*$")) {
                    close = i;
                    break;
                }
            }
            if (open < 0) {
                diagnostics.error(at, "'" + name + "' has no line 'start snippet " + snippet.get() + "' (pandoc-include-code "
                        + "includes the lines between 'start snippet NAME' and 'end snippet NAME' comments)");
                return Optional.empty();
            }
            lines = lines.subList(open + 1, close < 0 ? lines.size() : close);
            first = open + 2;
        } else if (startLine.isPresent() || endLine.isPresent()) {
            Optional<Integer> from = number(startLine, "startLine", at);
            Optional<Integer> to = number(endLine, "endLine", at);
            if (startLine.isPresent() && from.isEmpty() || endLine.isPresent() && to.isEmpty()) {
                return Optional.empty();
            }
            int a = from.orElse(1);
            int b = to.orElse(lines.size());
            if (a > lines.size() || b > lines.size() || a > b) {
                diagnostics.error(at, "'" + name + "' has " + lines.size() + (lines.size() == 1 ? " line" : " lines")
                        + "; lines " + a + " to " + b + " are past its end or in the wrong order (lines count from 1)");
                return Optional.empty();
            }
            lines = lines.subList(a - 1, b);
            first = a;
        }
        Optional<String> dedent = info.attribute("dedent");
        if (dedent.isPresent()) {
            Optional<Integer> n = number(dedent, "dedent", at);
            if (n.isEmpty()) {
                return Optional.empty();
            }
            lines = lines.stream().map(l -> l.substring(Math.min(n.get(), leadingSpaces(l)))).toList();
        }
        return Optional.of(new Included(String.join("\n", lines) + "\n", file, first));
    }

    private Optional<Integer> number(Optional<String> value, String key, SourcePosition at) {
        if (value.isPresent() && value.get().matches("\\d{1,9}") && Integer.parseInt(value.get()) > 0) {
            return Optional.of(Integer.parseInt(value.get()));
        }
        value.ifPresent(v -> diagnostics.error(at, key + "='" + v + "' is not a line number; write a whole number from 1"));
        return Optional.empty();
    }

    private static int leadingSpaces(String l) {
        int n = 0;
        while (n < l.length() && l.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** The file a path names from the chapter's folder (mdBook's rule), checked to be inside the manuscript. */
    private Optional<Path> file(String name, Path folder, SourcePosition at, String written) {
        return file(name, folder, null, at, written);
    }

    /** As above; pandoc reads from the folder it runs in, so {@code root} is tried when the chapter's folder lacks it. */
    private Optional<Path> file(String name, Path folder, Path root, SourcePosition at, String written) {
        Optional<String> refusal = paths.refusal(folder, name);
        if (refusal.isPresent()) {
            diagnostics.error(at, "'" + written + "' cannot be included: " + refusal.get());
            return Optional.empty();
        }
        Path resolved = paths.resolve(folder, name);
        if (!Files.isRegularFile(resolved) && root != null && paths.refusal(root, name).isEmpty()
                && Files.isRegularFile(paths.resolve(root, name))) {
            resolved = paths.resolve(root, name);
        }
        if (!Files.isRegularFile(resolved)) {
            diagnostics.error(at, "'" + written + "' includes '" + shown(resolved) + "', which "
                    + (Files.isDirectory(resolved) ? "is a folder" : "does not exist") + nearFile(resolved)
                    + " (a path starts from the folder of the chapter)");
            return Optional.empty();
        }
        return Optional.of(resolved);
    }

    /** A file's text, once per build: UTF-8, without a byte-order mark, lines ended by {@code \n}, in NFC. */
    private Optional<String> text(Path file, SourcePosition at) {
        return read.computeIfAbsent(file, f -> {
            try {
                if (Files.size(f) > MAX_BYTES) {
                    diagnostics.error(at, "'" + shown(f) + "' is over 16 MB; a code block includes a source file, not this");
                    return Optional.empty();
                }
                String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f))).toString();
                if (s.startsWith("\uFEFF")) {
                    s = s.substring(1);
                }
                return Optional.of(Normalizer.normalize(s.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC));
            } catch (CharacterCodingException e) {
                diagnostics.error(at, "'" + shown(f) + "' is not UTF-8 text; save it as UTF-8 to include it");
                return Optional.empty();
            } catch (IOException e) {
                diagnostics.error(at, "'" + shown(f) + "' cannot be read: " + e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** A file of the manuscript as diagnostics print a chapter's path. */
    private String shown(Path file) {
        return paths.display(paths.root().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/'));
    }

    private static String trimLast(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static String near(String name, Set<String> names) {
        String best = null;
        int bestDistance = 3;
        for (String n : names) {
            int d = Texts.editDistance(name, n);
            if (d < bestDistance) {
                best = n;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static String nearFile(Path missing) {
        Path folder = missing.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return "";
        }
        try (var files = Files.list(folder)) {
            Set<String> names = new LinkedHashSet<>();
            files.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
            String hint = near(missing.getFileName().toString(), names);
            return hint.isEmpty() ? "" : " " + hint.strip();
        } catch (IOException e) {
            return "";
        }
    }
}
