package org.colophon.manuscript;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.print.PrintLayout;
import org.colophon.diagnostic.Diagnostics;

/** Reads book.yaml's {@code print:} section: trim size, margins, recto openings, bleed, hyphenation, notes. */
final class PrintSection {
    static final Set<String> KEYS = Set.of("trim", "margin-top", "margin-bottom", "margin-outside", "margin-inside",
            "recto-openings", "bleed", "min-dpi", "paper", "spine-width", "standard", "color", "interactive",
            "chapter-opening", "toc-depth", "hyphenation", "notes");
    private static final Set<String> PAPERS = Set.of("white", "cream", "color");

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
        String standard = choice(p, "standard", Set.of(PrintLayout.PDFA_1B, PrintLayout.PDFX_1A), PrintLayout.PDFA_1B, diagnostics);
        boolean pdfx = standard.equals(PrintLayout.PDFX_1A);
        Optional<Integer> tocDepth = p.number("toc-depth", 1, 3,
                "the heading levels the contents page shows: 1 chapters, 2 sections, 3 subsections");
        return new PrintLayout(trimName, width, height, margin(p, "margin-top", diagnostics), margin(p, "margin-bottom", diagnostics),
                margin(p, "margin-outside", diagnostics), margin(p, "margin-inside", diagnostics),
                chapterOpening(p, diagnostics), margin(p, "bleed", diagnostics).orElse(0),
                minDpi(p, diagnostics), tocDepth.map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty()),
                choice(p, "paper", PAPERS, "white", diagnostics), margin(p, "spine-width", diagnostics),
                standard, choice(p, "color", Set.of("bw", "color"), pdfx ? "bw" : "color", diagnostics).equals("bw"),
                p.flag("interactive").orElse(true), p.flag("hyphenation").orElse(d.hyphenation()),
                choice(p, "notes", Set.of("end", "foot"), "end", diagnostics).equals("foot") ? PrintLayout.Notes.FOOT
                        : PrintLayout.Notes.END);
    }

    /** One of {@code allowed}, or {@code fallback} when absent; anything else is an error naming the choices. */
    private static String choice(BookYaml p, String key, Set<String> allowed, String fallback, Diagnostics diagnostics) {
        Optional<BookYaml.Value<String>> v = p.string(key);
        if (v.isEmpty()) {
            return fallback;
        }
        String value = v.get().value().strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            diagnostics.error(v.get().position(), "'" + v.get().value() + "' is not a value of print." + key + "; write one of "
                    + String.join(", ", new java.util.TreeSet<>(allowed)));
            return fallback;
        }
        return value;
    }

    /** {@code chapter-opening}, else the older {@code recto-openings: true} (recto), else a new page. */
    private static PrintLayout.ChapterOpening chapterOpening(BookYaml p, Diagnostics diagnostics) {
        Optional<Boolean> recto = p.flag("recto-openings");
        Optional<BookYaml.Value<String>> v = p.string("chapter-opening");
        if (v.isEmpty()) {
            return recto.orElse(false) ? PrintLayout.ChapterOpening.RECTO : PrintLayout.ChapterOpening.PAGE;
        }
        try {
            PrintLayout.ChapterOpening opening = PrintLayout.ChapterOpening.valueOf(v.get().value().toUpperCase(Locale.ROOT));
            if (recto.isPresent() && recto.get() != (opening == PrintLayout.ChapterOpening.RECTO)) {
                diagnostics.warning(p.keyPosition("recto-openings"), "'recto-openings' is ignored: 'chapter-opening: "
                        + v.get().value() + "' says where chapters open; remove 'recto-openings'");
            }
            return opening;
        } catch (IllegalArgumentException e) {
            diagnostics.error(v.get().position(), "'" + v.get().value() + "' is not a chapter opening; write page (a new page),"
                    + " recto (a new right-hand page) or continue (on the same page, after some space)");
            return PrintLayout.ChapterOpening.PAGE;
        }
    }

    private static int minDpi(BookYaml p, Diagnostics diagnostics) {
        Optional<BookYaml.Value<String>> v = p.string("min-dpi");
        if (v.isEmpty()) {
            return PrintLayout.MIN_DPI;
        }
        String dpi = v.get().value().strip();
        if (!dpi.matches("\\d{2,4}") || Integer.parseInt(dpi) < 72) {
            diagnostics.error(v.get().position(), "'" + dpi + "' is not a resolution; write the dots per inch a figure must"
                    + " reach to print sharp, from 72 to 9999 (printers ask for 300)");
            return PrintLayout.MIN_DPI;
        }
        return Integer.parseInt(dpi);
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
