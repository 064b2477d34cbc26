package org.colophon.preflight;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.colophon.book.Block;
import org.colophon.book.Book;
import org.colophon.book.BookText;
import org.colophon.print.PrintLayout;
import org.colophon.output.Format;

/**
 * Checks the built files against each store's stated rules: each rule with its figure, pass or fail, and the help
 * page that states it. Rules on a file that was not built are left out. Sources (read November 2026):
 * KDP "Paperback Submission Guidelines" (kdp.amazon.com/help/topic/G201857950), "Set Trim Size, Bleed, and Margins"
 * (G201834190), "Create a Paperback Cover" (G201953020), "eBook Manuscript Formatting Guide" and "Kindle cover image
 * guidelines" (G200645690); IngramSpark "File Creation Guide" (ingramspark.com/hubfs/downloads/file-creation-guide.pdf);
 * Apple "Apple Books Asset Guide" (help.apple.com/itc/booksassetguide); Kobo Writing Life "Formatting your eBook"
 * (kobo.com/help, "Content Guidelines"); Google "Play Books Partner Center: Content file requirements"
 * (support.google.com/books/partner/answer/3316874).
 */
public final class Preflight {
    static final double IN = PrintLayout.INCH;
    static final String KDP_PAPERBACK = "KDP, Set Trim Size, Bleed, and Margins (kdp.amazon.com/help/topic/G201834190)";
    static final String KDP_COVER = "KDP, Create a Paperback Cover (kdp.amazon.com/help/topic/G201953020)";
    static final String KDP_EBOOK = "KDP, Kindle cover image guidelines (kdp.amazon.com/help/topic/G200645690)";
    static final String INGRAM = "IngramSpark, File Creation Guide (ingramspark.com)";
    static final String APPLE = "Apple Books Asset Guide (help.apple.com/itc/booksassetguide)";
    static final String KOBO = "Kobo Writing Life, Content Guidelines (kobo.com/help)";
    static final String GOOGLE = "Google Play Books Partner Center, Content file requirements (support.google.com/books/partner/answer/3316874)";

    /** KDP's paperback trim sizes, width × height in inches. */
    static final double[][] KDP_TRIMS = {{5, 8}, {5.06, 7.81}, {5.25, 8}, {5.5, 8.5}, {6, 9}, {6.14, 9.21}, {6.69, 9.61},
        {7, 10}, {7.44, 9.69}, {7.5, 9.25}, {8, 10}, {8.25, 6}, {8.25, 8.25}, {8.5, 8.5}, {8.5, 11}, {8.27, 11.69},
        {5.83, 8.27}};

    private final Book book;
    private final PrintLayout layout;
    private final Map<Format, Path> files;
    private final Boolean epubValid;
    private final List<Rule> rules = new ArrayList<>();

    /**
     * {@code layout}: book.yaml's print settings the files were made with; {@code epubValid}: what EPUBCheck said of
     * the EPUB, or null when it did not run.
     */
    public Preflight(Book book, PrintLayout layout, Map<Format, Path> files, Boolean epubValid) {
        this.book = book;
        this.layout = layout;
        this.files = files;
        this.epubValid = epubValid;
    }

    public List<Rule> check(Set<Store> stores) throws IOException {
        rules.clear();
        PdfFacts interior = files.containsKey(Format.PDF) ? PdfFacts.read(files.get(Format.PDF)) : null;
        PdfFacts cover = files.containsKey(new Format("cover")) ? PdfFacts.read(files.get(new Format("cover"))) : null;
        Path epub = files.get(Format.EPUB);
        for (Store s : Store.values()) {
            if (!stores.contains(s)) {
                continue;
            }
            switch (s) {
                case KDP -> kdp(interior, cover, epub);
                case INGRAM -> ingram(interior, cover);
                case APPLE -> apple(epub);
                case KOBO -> kobo(epub);
                case GOOGLE -> google(interior, epub);
            }
        }
        return List.copyOf(rules);
    }

    private void add(Store s, String rule, String measured, String required, boolean passes, String source) {
        rules.add(new Rule(s.title, rule, measured, required, passes, source));
    }

    private void kdp(PdfFacts pdf, PdfFacts cover, Path epub) throws IOException {
        PrintLayout p = layout;
        if (pdf != null) {
            double w = pdf.trimWidth() / IN;
            double h = pdf.trimHeight() / IN;
            boolean known = false;
            for (double[] t : KDP_TRIMS) {
                known |= Math.abs(t[0] - w) < 0.01 && Math.abs(t[1] - h) < 0.01;
            }
            add(Store.KDP, "paperback trim size", f(w) + " × " + f(h) + " in", "one of KDP's trim sizes", known, KDP_PAPERBACK);
            add(Store.KDP, "paperback page count", pdf.pages() + " pages", "24–" + p.maxPages() + " (" + p.paper() + " paper)",
                    pdf.pages() >= 24 && pdf.pages() <= p.maxPages(), KDP_PAPERBACK);
            double gutter = kdpGutter(pdf.pages());
            double inside = Math.max(0.5 * IN, p.inside().orElse(gutter * IN)) / IN;
            add(Store.KDP, "inside margin (gutter)", f(inside) + " in", "≥ " + f(gutter) + " in for " + pdf.pages() + " pages",
                    inside >= gutter - 0.001, KDP_PAPERBACK);
            double outside = Math.max(0.5 * IN, Math.min(p.outside().orElse(0.625 * IN),
                    Math.min(p.top().orElse(0.75 * IN), p.bottom().orElse(0.8 * IN)))) / IN;
            double least = p.bleed() > 0 ? 0.375 : 0.25;
            add(Store.KDP, "outside margins", f(outside) + " in", "≥ " + f(least) + " in" + (p.bleed() > 0 ? " with bleed" : ""),
                    outside >= least, KDP_PAPERBACK);
            add(Store.KDP, "fonts embedded", pdf.fontsEmbedded() ? "all" : "not: " + pdf.unembedded(), "all", pdf.fontsEmbedded(),
                    KDP_PAPERBACK);
            int dpi = leastDpi(inside, outside);
            add(Store.KDP, "image resolution", dpi == Integer.MAX_VALUE ? "no images" : dpi + " dpi", "≥ 300 dpi", dpi >= 300,
                    KDP_PAPERBACK);
            if (cover != null) {
                int even = pdf.pages() + pdf.pages() % 2;
                double spine = p.spineWidth().orElse(even * p.inchesPerPage() * IN) / IN;
                double expected = 2 * w + spine + 0.25;
                add(Store.KDP, "cover width for the spine", f(cover.width() / IN) + " in",
                        f(expected) + " in (2 × " + f(w) + " + spine " + f(spine) + " + 0.25)",
                        Math.abs(cover.width() / IN - expected) < 0.01, KDP_COVER);
            }
        }
        if (epub != null) {
            if (epubValid != null) {
                add(Store.KDP, "EPUB valid", epubValid ? "EPUBCheck: no error" : "EPUBCheck found errors", "valid", epubValid, KDP_EBOOK);
            }
            long size = Files.size(epub);
            add(Store.KDP, "EPUB file size", mb(size), "< 650 MB", size < 650L * 1024 * 1024, KDP_EBOOK);
            coverPixels(Store.KDP, "ebook cover size", 1600, 2560, KDP_EBOOK);
        }
    }

    /** KDP's least inside margin for a page count, in inches. */
    static double kdpGutter(int pages) {
        return pages <= 150 ? 0.375 : pages <= 300 ? 0.5 : pages <= 500 ? 0.625 : pages <= 700 ? 0.75 : 0.875;
    }

    /** The lowest resolution of a figure across the text block. */
    private int leastDpi(double inside, double outside) {
        double textWidth = layout.width() / IN - inside - outside;
        int least = Integer.MAX_VALUE;
        for (Block.Figure f : BookText.figures(book)) {
            least = Math.min(least, (int) Math.floor(f.image().width() / textWidth));
        }
        return least;
    }

    private void coverPixels(Store s, String rule, int width, int height, String source) {
        if (book.cover().isEmpty()) {
            add(s, rule, "no cover image", "≥ " + width + " × " + height + " px", false, source);
            return;
        }
        var c = book.cover().get();
        add(s, rule, c.width() + " × " + c.height() + " px", "≥ " + width + " × " + height + " px",
                c.width() >= width && c.height() >= height, source);
    }

    private void ingram(PdfFacts pdf, PdfFacts cover) {
        if (pdf == null) {
            return;
        }
        add(Store.INGRAM, "PDF/X-1a interior", pdf.pdfx().isEmpty() ? "not PDF/X (print.standard)" : pdf.pdfx(), "PDF/X-1a:2001",
                pdf.pdfx().startsWith("PDF/X-1a"), INGRAM);
        add(Store.INGRAM, "no RGB in the interior", pdf.rgb() ? "RGB found" : "none", "none", !pdf.rgb(), INGRAM);
        if (cover != null) {
            add(Store.INGRAM, "no RGB on the cover", cover.rgb() ? "RGB found" : "none", "none", !cover.rgb(), INGRAM);
        }
        PrintLayout p = layout;
        double least = Math.max(0.5 * IN, Math.min(Math.min(p.top().orElse(0.75 * IN), p.bottom().orElse(0.8 * IN)),
                Math.min(p.outside().orElse(0.625 * IN), p.inside().orElse(0.5 * IN)))) / IN;
        add(Store.INGRAM, "margins", f(least) + " in (least)", "≥ 0.5 in", least >= 0.5 - 0.001, INGRAM);
    }

    private void apple(Path epub) throws IOException {
        if (epub == null) {
            return;
        }
        try (FileSystem zip = FileSystems.newFileSystem(epub)) {   // any file system's EPUB, not only the disk's
            String opf = opf(zip);
            boolean three = opf.matches("(?s).*<package[^>]*version=\"3\\.[0-9]\".*");
            add(Store.APPLE, "EPUB 3", three ? "EPUB 3" : "not EPUB 3", "EPUB 3.0–3.3", three, APPLE);
            boolean options = Files.exists(zip.getPath("META-INF/com.apple.ibooks.display-options.xml"));
            add(Store.APPLE, "display-options file (embedded fonts)", options ? "present" : "absent",
                    "META-INF/com.apple.ibooks.display-options.xml", options, APPLE);
            boolean refs = false;
            boolean targets = false;
            for (Path entry : entries(zip)) {
                if (entry.toString().endsWith(".xhtml")) {
                    String x = text(entry);
                    refs |= x.contains("epub:type=\"noteref\"");
                    targets |= x.matches("(?s).*epub:type=\"(footnote|endnote|rearnote)\".*");
                }
            }
            boolean notes = book.notes().isEmpty() || refs && targets;
            add(Store.APPLE, "pop-up notes markup", book.notes().isEmpty() ? "no notes" : (refs ? "noteref" : "no noteref") + ", "
                    + (targets ? "typed notes" : "untyped notes"), "epub:type noteref → footnote/endnote", notes, APPLE);
        }
    }

    private void kobo(Path epub) throws IOException {
        if (epub == null) {
            return;
        }
        long largest = 0;
        try (FileSystem zip = FileSystems.newFileSystem(epub)) {
            for (Path entry : entries(zip)) {
                if (entry.toString().endsWith(".xhtml") || entry.toString().endsWith(".html")) {
                    largest = Math.max(largest, Files.size(entry));   // the entry's size unpacked
                }
            }
        }
        add(Store.KOBO, "largest XHTML file", mb(largest), "< 10 MB", largest < 10L * 1024 * 1024, KOBO);
        long size = Files.size(epub);
        add(Store.KOBO, "EPUB file size", mb(size), "< 100 MB", size < 100L * 1024 * 1024, KOBO);
    }

    private void google(PdfFacts pdf, Path epub) {
        if (epub != null) {
            int longSide = book.cover().map(c -> Math.max(c.width(), c.height())).orElse(0);
            add(Store.GOOGLE, "cover, long side", longSide == 0 ? "no cover image" : longSide + " px", "640–7200 px",
                    longSide >= 640 && longSide <= 7200, GOOGLE);
        }
        if (pdf != null) {
            add(Store.GOOGLE, "page count", pdf.pages() + " pages", "≥ 4", pdf.pages() >= 4, GOOGLE);
        }
    }

    private static String opf(FileSystem zip) throws IOException {
        String container = text(zip.getPath("META-INF/container.xml"));
        var m = java.util.regex.Pattern.compile("full-path=\"([^\"]+)\"").matcher(container);
        return m.find() ? text(zip.getPath(m.group(1))) : "";
    }

    /** Every file in the archive (folders left out), named from its root ("/EPUB/one.xhtml"). */
    private static List<Path> entries(FileSystem zip) throws IOException {
        try (Stream<Path> files = Files.walk(zip.getPath("/"))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** The entry's text, or "" when the archive has no such entry. */
    private static String text(Path entry) throws IOException {
        if (!Files.isRegularFile(entry)) {
            return "";
        }
        return new String(Files.readAllBytes(entry), StandardCharsets.UTF_8);
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.3f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.2f MB", bytes / (1024.0 * 1024));
    }

    /** The rules as a Markdown table, for the summary and preflight.md. */
    public static String table(List<Rule> rules) {
        StringBuilder sb = new StringBuilder("| store | rule | this book | store asks | result |\n|---|---|---|---|---|\n");
        for (Rule r : rules) {
            sb.append("| ").append(r.store()).append(" | ").append(r.rule()).append(" | ").append(r.measured()).append(" | ")
                    .append(r.required()).append(" | ").append(r.passes() ? "pass" : "**fail**").append(" |\n");
        }
        return sb.toString();
    }

    /** preflight.md: the table and each source once. */
    public static String markdown(String title, List<Rule> rules) {
        StringBuilder sb = new StringBuilder("# Preflight: " + title + "\n\n" + table(rules) + "\nSources:\n\n");
        rules.stream().map(Rule::source).distinct().forEach(s -> sb.append("- ").append(s).append('\n'));
        return sb.toString();
    }
}
