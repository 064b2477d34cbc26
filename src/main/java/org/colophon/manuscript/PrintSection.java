package org.colophon.manuscript;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.book.PrintLayout;
import org.colophon.diagnostic.Diagnostics;

/** Reads book.yaml's {@code print:} section: trim size, margins, recto openings, bleed, hyphenation. */
final class PrintSection {
    static final Set<String> KEYS = Set.of("trim", "margin-top", "margin-bottom", "margin-outside", "margin-inside",
            "recto-openings", "bleed", "hyphenation");

    /** The trade sizes the stores print, width × height in inches (A5 in millimetres). */
    private static final Map<String, double[]> NAMED = Map.of(
            "5x8", new double[] {5 * PrintLayout.INCH, 8 * PrintLayout.INCH},
            "5.25x8", new double[] {5.25 * PrintLayout.INCH, 8 * PrintLayout.INCH},
            "5.5x8.5", new double[] {5.5 * PrintLayout.INCH, 8.5 * PrintLayout.INCH},
            "6x9", new double[] {6 * PrintLayout.INCH, 9 * PrintLayout.INCH},
            "7x10", new double[] {7 * PrintLayout.INCH, 10 * PrintLayout.INCH},
            "8.5x11", new double[] {8.5 * PrintLayout.INCH, 11 * PrintLayout.INCH},
            "a5", new double[] {148 * PrintLayout.MM, 210 * PrintLayout.MM});
    private static final double MIN_MARGIN = 0.5 * PrintLayout.INCH;
    private static final Pattern LENGTH = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(in|mm|cm|pt)\\s*");
    private static final Pattern CUSTOM = Pattern.compile("(.+?)\\s*[x×]\\s*(.+)");

    private PrintSection() {
    }

    static PrintLayout read(BookYaml yaml, Diagnostics diagnostics) {
        PrintLayout d = PrintLayout.defaults();
        Optional<BookYaml> section = yaml.section("print", KEYS);
        if (section.isEmpty()) {
            return d;
        }
        BookYaml p = section.get();
        String trimName = d.trimName();
        double width = d.width();
        double height = d.height();
        Optional<BookYaml.Value<String>> trim = p.string("trim");
        if (trim.isPresent()) {
            String t = trim.get().value().toLowerCase(Locale.ROOT).replace(" ", "").replace("in", "");
            double[] named = NAMED.get(t);
            Matcher custom = CUSTOM.matcher(trim.get().value());
            if (named != null) {
                trimName = t;
                width = named[0];
                height = named[1];
            } else if (custom.matches() && length(custom.group(1)).isPresent() && length(custom.group(2)).isPresent()) {
                trimName = trim.get().value();
                width = length(custom.group(1)).getAsDouble();
                height = length(custom.group(2)).getAsDouble();
            } else {
                diagnostics.error(trim.get().position(), "'" + trim.get().value() + "' is not a trim size; write one of "
                        + String.join(", ", new java.util.TreeSet<>(NAMED.keySet())) + ", or a custom size such as '150mm x 220mm'");
            }
        }
        return new PrintLayout(trimName, width, height, margin(p, "margin-top", diagnostics), margin(p, "margin-bottom", diagnostics),
                margin(p, "margin-outside", diagnostics), margin(p, "margin-inside", diagnostics),
                p.flag("recto-openings").orElse(d.rectoOpenings()), margin(p, "bleed", diagnostics).orElse(0),
                p.flag("hyphenation").orElse(d.hyphenation()));
    }

    private static OptionalDouble margin(BookYaml p, String key, Diagnostics diagnostics) {
        Optional<BookYaml.Value<String>> v = p.string(key);
        if (v.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble len = length(v.get().value());
        if (len.isEmpty()) {
            diagnostics.error(v.get().position(), "'" + v.get().value() + "' is not a length; write it as 0.5in, 12mm, 1.2cm or 36pt");
        } else if (key.startsWith("margin-") && len.getAsDouble() < MIN_MARGIN - 0.01) {
            diagnostics.warning(v.get().position(), key + " " + v.get().value() + " is under 0.5in, the least printers accept "
                    + "(IngramSpark); the PDF uses 0.5in");
        }
        return len;
    }

    /** A length in points, from "0.5in", "12mm", "1.2cm" or "36pt". */
    static OptionalDouble length(String s) {
        Matcher m = LENGTH.matcher(s.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(m.group(1));
        return OptionalDouble.of(switch (m.group(2)) {
            case "in" -> v * PrintLayout.INCH;
            case "mm" -> v * PrintLayout.MM;
            case "cm" -> v * 10 * PrintLayout.MM;
            default -> v;
        });
    }
}
