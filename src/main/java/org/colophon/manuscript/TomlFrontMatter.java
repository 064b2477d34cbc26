package org.colophon.manuscript;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.text.Texts;

/**
 * Hugo's TOML front matter, between {@code +++} lines: {@code key = "value"} lines. Colophon reads the text values of
 * its own keys ({@link ChapterFrontMatter#KEYS}) and passes over the rest (numbers, dates, arrays, {@code [params]}
 * tables), as a TOML reader would read them, without one: a front matter is a few lines of plain keys.
 */
final class TomlFrontMatter {
    private static final Pattern KEY_VALUE = Pattern.compile("\\s*([A-Za-z0-9_.-]+|\"[^\"]*\")\\s*=\\s*(.*?)\\s*");
    private static final Pattern TABLE = Pattern.compile("\\s*\\[\\[?[^\\]]+\\]\\]?\\s*(#.*)?");
    private static final Pattern BASIC = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(#.*)?");
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'\\s*(#.*)?");

    private TomlFrontMatter() {
    }

    /** Reads lines {@code from} to {@code to} (exclusive, 0-based) of the chapter into {@code values} and {@code at}. */
    static void parse(String[] lines, int from, int to, SourceFile source, Diagnostics diagnostics,
            UnknownFrontMatterKeys unknown, Map<String, String> values, Map<String, SourcePosition> at) {
        boolean topLevel = true;   // keys after a [table] header are that table's, not the chapter's
        for (int i = from; i < to; i++) {
            String line = lines[i];
            SourcePosition here = source.at(i + 1, 1);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (TABLE.matcher(line).matches()) {
                if (topLevel) {
                    unknown.add(line.strip().replaceAll("^\\[+|\\].*$", ""), here);
                }
                topLevel = false;
                continue;
            }
            Matcher kv = KEY_VALUE.matcher(line);
            if (!kv.matches()) {
                diagnostics.error(here, "the chapter's front matter is not TOML as Colophon reads it: write key = \"value\" "
                        + "lines between the +++ lines, such as title = \"Preface\"");
                return;
            }
            // a value over several lines (an array, a """ string) is passed over to its end, as a reader reads it
            i = endOfValue(lines, i, to, kv.group(2));
            if (!topLevel) {
                continue;
            }
            String key = kv.group(1).replace("\"", "");
            if (key.contains(".")) {   // params.author = "…": a key of the table "params"
                unknown.add(key.substring(0, key.indexOf('.')), here);
                continue;
            }
            SourcePosition valueAt = source.at(i + 1, kv.start(2) + 1);
            if (!ChapterFrontMatter.KEYS.contains(key)) {
                unknown.add(key, here);
                continue;
            }
            Optional<String> text = text(kv.group(2));
            if (text.isEmpty()) {
                diagnostics.error(valueAt, "'" + key + "' must be a text in quotes, such as " + key + " = \"…\"");
                continue;
            }
            values.put(key, Texts.nfc(text.get().strip()));
            at.put(key, valueAt);
        }
    }

    /** The last line of a value that starts on line {@code i}: the line itself, unless an array or a """ string opens there. */
    private static int endOfValue(String[] lines, int i, int to, String value) {
        for (String quotes : new String[] {"\"\"\"", "\'\'\'"}) {
            if (value.startsWith(quotes) && value.indexOf(quotes, 3) < 0) {
                for (int j = i + 1; j < to; j++) {
                    if (lines[j].contains(quotes)) {
                        return j;
                    }
                }
                return to - 1;
            }
        }
        int depth = brackets(value);
        for (int j = i + 1; depth > 0 && j < to; j++) {
            depth += brackets(lines[j]);
            if (depth <= 0) {
                return j;
            }
        }
        return i;
    }

    /** How many more [ than ] a line holds, outside its strings. */
    private static int brackets(String line) {
        int depth = 0;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                break;   // a comment
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
        return depth;
    }

    /** A one-line TOML string, basic ("…", with escapes) or literal ('…'); empty for any other value. */
    static Optional<String> text(String value) {
        Matcher literal = LITERAL.matcher(value);
        if (literal.matches()) {
            return Optional.of(literal.group(1));
        }
        Matcher basic = BASIC.matcher(value);
        if (!basic.matches() || value.startsWith("\"\"\"")) {
            return Optional.empty();
        }
        String s = basic.group(1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u', 'U' -> {
                    int digits = e == 'u' ? 4 : 8;
                    try {   // too few digits, not hexadecimal, or no character: not a text Colophon can read
                        out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 1 + digits), 16));
                    } catch (IllegalArgumentException | IndexOutOfBoundsException bad) {
                        return Optional.empty();
                    }
                    i += digits;
                }
                default -> out.append(e);   // \" \\ and the rest stand for themselves
            }
        }
        return Optional.of(out.toString());
    }
}
