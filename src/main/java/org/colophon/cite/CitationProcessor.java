package org.colophon.cite;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.output.Bibliography;
import org.colophon.book.Block;
import org.colophon.book.Inline;

/**
 * Renders a book's citations and its bibliography with citeproc-java, in reading order: it knows each cite's CSL
 * position (first, subsequent, ibid, ibid with a locator, near a note of the same work) and renders the cite from the
 * style's variant for it ({@link CitationStyle#variant}). In a note style the first citation of a work in each
 * chapter is in full again (Chicago 14.29: a reader who opens a chapter finds the work in full there) and ibid never
 * reaches back over a chapter's start. Only the works cited are registered, in the order first cited, so numeric
 * styles number them so and the bibliography leaves the others out.
 */
public final class CitationProcessor {
    /** One cite: its key, the author's prefix and suffix, its locator and the locator's CSL label ("" for none). */
    public record Cite(String key, String prefix, String suffix, String locator, String label, boolean suppressAuthor) {
    }

    /** The distance in notes within which a subsequent cite is "near-note" (CSL's default). */
    private static final int NEAR_NOTE_DISTANCE = 5;

    private final CitationStyle style;
    private final String language;
    private final ListItemDataProvider items;
    private final List<String> keys;
    private final Map<String, CSL> instances = new HashMap<>();
    private CSL authors;
    /** Per work: whether it was cited in this chapter, and the note of its last cite. */
    private final Set<String> citedInChapter = new java.util.HashSet<>();
    private final Map<String, Integer> lastNote = new HashMap<>();
    /** The cites of the citation before, for ibid. */
    private List<Cite> previous = List.of();
    private long nanos;

    /**
     * A processor for {@code keys}, the works the book cites, in the order first cited; {@code language} is the
     * book's (its CSL locale gives the words and quotation marks: "edited by", "Ibid.", « »).
     */
    public CitationProcessor(References references, CitationStyle style, String language, List<String> keys) {
        this.style = style;
        this.language = language;
        this.keys = List.copyOf(keys);
        List<CSLItemData> cited = new ArrayList<>();
        keys.forEach(k -> cited.add(references.items().get(k)));
        this.items = new ListItemDataProvider(cited);
    }

    /** The works cited, in the order first cited. */
    public List<String> keys() {
        return keys;
    }

    public boolean isNoteStyle() {
        return style.isNoteStyle();
    }

    /** A new chapter begins: ibid does not reach back over it, and a note style cites each work in full again. */
    public void startChapter() {
        citedInChapter.clear();
        previous = List.of();
    }

    /** The id of a work's entry in the bibliography. */
    public static String entryId(String key) {
        return "ref-" + org.colophon.text.Texts.idSlug(key, "ref");
    }

    /**
     * The text of a citation: each cite rendered at its position, linked to its entry by {@code link}, the style's
     * delimiter between them and its affixes around (the parentheses of an author-date style, a note's full stop).
     * {@code note} is the number of the note the citation is in (0 in the text), for near-note; without
     * {@code closed}, a citation that runs on in the sentence of an author's note, a note style's closing full stop is
     * left to the author's punctuation.
     */
    public List<Inline> citation(List<Cite> cites, int note, boolean closed,
            java.util.function.BiFunction<String, List<Inline>, Inline> link) {
        long start = System.nanoTime();
        List<Inline> out = new ArrayList<>();
        addText(out, style.prefix());
        for (int i = 0; i < cites.size(); i++) {
            Cite c = cites.get(i);
            if (i > 0) {
                addText(out, style.delimiter());
            }
            List<Inline> rendered = render(c, positions(c, i, cites, note));
            if (c.suppressAuthor()) {
                rendered = withoutAuthor(rendered, c.key());
            }
            out.add(link.apply(c.key(), rendered));
            lastNote.put(c.key(), note);
            citedInChapter.add(c.key());
        }
        previous = List.copyOf(cites);
        String end = closed || !style.suffix().startsWith(".") ? style.suffix() : "";
        if (end.startsWith(".") && endsWithPeriod(out)) {
            end = end.substring(1);   // "Ibid." and an abbreviation end the note already
        }
        if (!end.isEmpty() && ".,".indexOf(end.charAt(0)) >= 0 && punctuationInQuote()) {
            end = intoQuote(out, end);   // American usage: “Treaties of Friendship.”
        }
        addText(out, end);
        nanos += System.nanoTime() - start;
        return merge(out);
    }

    /** The author's names alone, as the text gives them for {@code @key says}: "Nguyen", "Smith and Jones". */
    public List<Inline> author(String key) {
        long start = System.nanoTime();
        try {
            if (authors == null) {
                authors = processor(authorStyle());
            }
            return HtmlInlines.of(authors.makeCitation(new CSLCitation(new CSLCitationItemBuilder(key).build())).get(0).getText());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    /** The bibliography's entries, in the style's order, each with its id ({@link #entryId}). */
    public List<Block.BibliographyEntry> bibliography() {
        long start = System.nanoTime();
        CSL csl = instance(style.xml());
        Bibliography b = csl.makeBibliography();
        // citeproc-java gives the entries in the style's order without their keys: each work's entry, made alone,
        // finds its place among them
        Map<String, java.util.Deque<String>> keyOf = new HashMap<>();
        for (String key : keys) {
            String[] alone = csl.makeBibliography(item -> item.getId().equals(key)).getEntries();
            if (alone.length == 1) {
                keyOf.computeIfAbsent(alone[0], t -> new java.util.ArrayDeque<>()).add(key);
            }
        }
        List<String> left = new ArrayList<>(keys);
        List<String[]> found = new ArrayList<>();
        for (String entry : b.getEntries()) {
            java.util.Deque<String> k = keyOf.get(entry);
            String key = k == null || k.isEmpty() ? null : k.poll();
            left.remove(key);
            found.add(new String[] {key, entry});
        }
        List<Block.BibliographyEntry> entries = new ArrayList<>();
        for (String[] f : found) {
            String key = f[0] != null ? f[0] : left.remove(0);
            entries.add(new Block.BibliographyEntry(entryId(key), HtmlInlines.of(f[1])));
        }
        nanos += System.nanoTime() - start;
        return entries;
    }

    /** Time spent in citeproc-java so far, in milliseconds. */
    public long millis() {
        return nanos / 1_000_000;
    }

    /** The CSL tests that hold for cite {@code i} of a citation, by the rules of CSL 1.0.2 ("Position"). */
    private Set<String> positions(Cite c, int i, List<Cite> cites, int note) {
        boolean seen = style.isNoteStyle() ? citedInChapter.contains(c.key()) : lastNote.containsKey(c.key());
        if (!seen) {
            return Set.of("first");
        }
        Set<String> p = new java.util.HashSet<>(Set.of("subsequent"));
        Cite before = i > 0 ? cites.get(i - 1) : previous.size() == 1 ? previous.get(0) : null;
        if (before != null && before.key().equals(c.key())) {
            if (c.locator().isEmpty() && !before.locator().isEmpty()) {
                // "ibid." would say the same page: the cite is subsequent only
            } else if (!c.locator().isEmpty() && !(c.locator().equals(before.locator()) && c.label().equals(before.label()))) {
                p.add("ibid");
                p.add("ibid-with-locator");
            } else {
                p.add("ibid");
            }
        }
        Integer last = lastNote.get(c.key());
        if (last != null && note > 0 && note - last <= NEAR_NOTE_DISTANCE) {
            p.add("near-note");
        }
        return p;
    }

    private List<Inline> render(Cite c, Set<String> positions) {
        CSL csl = instance(style.variant(positions, c.label(), ambiguous(c.key())));
        CSLCitationItemBuilder b = new CSLCitationItemBuilder(c.key());
        if (!c.locator().isEmpty()) {
            b.locator(c.locator()).label(CSLLabel.fromString(c.label()));
        }
        if (!c.prefix().isEmpty()) {
            b.prefix(c.prefix());
        }
        if (!c.suffix().isEmpty()) {
            b.suffix(c.suffix());
        }
        return HtmlInlines.of(csl.makeCitation(new CSLCitation(b.build())).get(0).getText());
    }

    private Map<String, Long> authorCounts;

    /** Whether another cited work has the same author's short name, as a style that disambiguates by title asks. */
    private boolean ambiguous(String key) {
        if (!style.testsDisambiguation()) {
            return false;
        }
        if (authorCounts == null) {
            authorCounts = new HashMap<>();
            keys.forEach(k -> authorCounts.merge(names(k), 1L, Long::sum));
        }
        return authorCounts.getOrDefault(names(key), 0L) > 1;
    }

    /** The family names of a work's authors, else its editors: what a short cite shows of them. */
    private String names(String key) {
        CSLItemData item = items.retrieveItem(key);
        de.undercouch.citeproc.csl.CSLName[] names = item.getAuthor() != null ? item.getAuthor() : item.getEditor();
        if (names == null) {
            return String.valueOf(item.getTitle());
        }
        StringBuilder s = new StringBuilder();
        for (de.undercouch.citeproc.csl.CSLName n : names) {
            s.append(n.getFamily() != null ? n.getFamily() : n.getLiteral()).append('|');
        }
        return s.toString();
    }

    private CSL instance(String xml) {
        return instances.computeIfAbsent(xml, x -> {
            try {
                return processor(x);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** citeproc-java for a style, in the book's language, or in English where CSL has no locale for it. */
    private CSL processor(String xml) throws IOException {
        CSL csl;
        try {
            csl = new CSL(items, new ClasspathLocales(), null, xml, language);
        } catch (IllegalArgumentException noLocale) {
            csl = new CSL(items, new ClasspathLocales(), null, xml, "en-US");
        }
        csl.setOutputFormat("html");
        csl.setConvertLinks(true);
        csl.registerCitationItems(keys);
        return csl;
    }

    /** The cite without the author's name it starts with: "(2019, 12)" for {@code [-@nguyen2019, 12]}. */
    private List<Inline> withoutAuthor(List<Inline> rendered, String key) {
        String names = org.colophon.book.Inlines.plainText(author(key));
        if (names.isEmpty() || rendered.isEmpty() || !(rendered.get(0) instanceof Inline.Text t) || !t.text().startsWith(names)) {
            return rendered;
        }
        String rest = t.text().substring(names.length()).replaceFirst("^[,.]?\\s+", "");
        List<Inline> out = new ArrayList<>(rendered);
        if (rest.isEmpty()) {
            out.remove(0);
        } else {
            out.set(0, new Inline.Text(rest));
        }
        return out;
    }

    /** A small style that gives the authors' (else the editors', else the title's) short names, as the style cuts them. */
    private String authorStyle() {
        String etAl = "et-al-min=\"4\" et-al-use-first=\"1\"";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<citation[^>]*?et-al-min=\"(\\d+)\"[^>]*?et-al-use-first=\"(\\d+)\"")
                .matcher(style.xml());
        if (m.find()) {
            etAl = "et-al-min=\"" + m.group(1) + "\" et-al-use-first=\"" + m.group(2) + "\"";
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"in-text\" version=\"1.0\">"
                + "<info><title>Authors</title><id>colophon-authors</id><updated>2025-01-01T00:00:00+00:00</updated></info>"
                + "<citation " + etAl + "><layout><names variable=\"author\"><name form=\"short\" and=\"text\" delimiter=\", \"/>"
                + "<substitute><names variable=\"editor\"/><names variable=\"translator\"/><text variable=\"title\" form=\"short\" font-style=\"italic\"/></substitute>"
                + "</names></layout></citation><bibliography><layout><text variable=\"title\"/></layout></bibliography></style>";
    }

    private Boolean punctuationInQuote;

    /** Whether the locale puts a full stop or comma inside closing quotation marks (en-US does, en-GB does not). */
    private boolean punctuationInQuote() {
        if (punctuationInQuote == null) {
            String xml;
            try {
                xml = new ClasspathLocales().retrieveLocale(language.contains("-") ? language : primaryDialect(language));
            } catch (RuntimeException e) {
                xml = "";
            }
            punctuationInQuote = xml.contains("punctuation-in-quote=\"true\"") || style.xml().contains("punctuation-in-quote=\"true\"");
        }
        return punctuationInQuote;
    }

    private static String primaryDialect(String language) {
        return switch (language) {
            case "en" -> "en-US";
            case "vi" -> "vi-VN";
            case "cs" -> "cs-CZ";
            case "pt" -> "pt-PT";
            default -> language + "-" + language.toUpperCase(java.util.Locale.ROOT);
        };
    }

    /** Puts {@code end}'s first mark inside the closing quotation mark the citation ends with, if it does. */
    private static String intoQuote(List<Inline> out, String end) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Inline last = out.get(i);
            if (last instanceof Inline.BiblioRef r) {
                List<Inline> children = new ArrayList<>(r.children());
                String rest = intoQuote(children, end);
                if (!rest.equals(end)) {
                    out.set(i, new Inline.BiblioRef(r.chapterId(), r.entryId(), children));
                }
                return rest;
            }
            if (last instanceof Inline.Text t) {
                if (t.text().isEmpty()) {
                    continue;
                }
                if (t.text().endsWith("\u201D") || t.text().endsWith("\u2019")) {
                    String s = t.text();
                    out.set(i, new Inline.Text(s.substring(0, s.length() - 1) + end.charAt(0) + s.charAt(s.length() - 1)));
                    return end.substring(1);
                }
            }
            return end;
        }
        return end;
    }

    private static boolean endsWithPeriod(List<Inline> out) {
        String text = org.colophon.book.Inlines.plainText(out);
        return text.endsWith(".");
    }

    private static void addText(List<Inline> out, String text) {
        if (!text.isEmpty()) {
            out.add(new Inline.Text(text));
        }
    }

    /** Adjacent texts as one. */
    private static List<Inline> merge(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text before) {
                out.set(out.size() - 1, new Inline.Text(before.text() + t.text()));
            } else {
                out.add(i);
            }
        }
        return List.copyOf(out);
    }
}
