package org.colophon.cite;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.colophon.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A CSL style, with what citeproc-java 3.5.2 does not do done here: it tests no {@code position} but "first" and
 * "ibid" (so Chicago's shortened subsequent notes came out in full every time) and no {@code locator} (so Chicago printed
 * "p. 12" where it writes "12"), nor {@code disambiguate} (MLA gave every cite its title). Colophon knows each cite's position and locator before it renders it, so it renders
 * each from a variant of the style in which those tests are already decided ({@link #variant}). The citation layout's
 * affixes and delimiter are taken out of the variants: Colophon renders cite by cite, to link each to its entry,
 * and puts them around and between the cites itself.
 */
public final class CitationStyle {
    /** The styles Colophon ships, by the name book.yaml's {@code csl:} gives, with the file of the CSL repository. */
    public static final Map<String, String> NAMES = names();

    private static Map<String, String> names() {
        Map<String, String> n = new LinkedHashMap<>();
        n.put("chicago-notes-bibliography", "chicago-fullnote-bibliography");
        n.put("chicago-notes-bibliography-ibid", "chicago-fullnote-bibliography-with-ibid");
        n.put("chicago-shortened-notes-bibliography", "chicago-note-bibliography");
        n.put("chicago-author-date", "chicago-author-date");
        n.put("apa", "apa");
        n.put("mla", "modern-language-association");
        n.put("ieee", "ieee");
        n.put("vancouver", "vancouver");
        return java.util.Collections.unmodifiableMap(n);
    }

    /** The style used when book.yaml names none, as pandoc's default. */
    public static final String DEFAULT = "chicago-author-date";

    /** A condition that always holds, and one that never does, in terms citeproc-java evaluates. */
    private static final String NEVER_TYPE = "colophon-never";

    private final Document style;
    private final String name;
    private final boolean note;
    /** The citation layout's affixes and delimiter, which Colophon applies around and between the cites. */
    private final String prefix;
    private final String suffix;
    private final String delimiter;
    private final Map<String, String> variants = new java.util.HashMap<>();

    private CitationStyle(String name, Document style) {
        this.name = name;
        this.style = style;
        Element root = style.getDocumentElement();
        this.note = "note".equals(root.getAttribute("class"));
        Element layout = citationLayout().orElse(null);
        this.prefix = layout == null ? "" : layout.getAttribute("prefix");
        this.suffix = layout == null ? "" : layout.getAttribute("suffix");
        this.delimiter = layout == null || !layout.hasAttribute("delimiter") ? "; " : layout.getAttribute("delimiter");
        for (String tag : List.of("if", "else-if")) {
            NodeList conditions = style.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < conditions.getLength(); i++) {
                Element c = (Element) conditions.item(i);
                testedPositions.addAll(List.of(c.getAttribute("position").trim().split("\\s+")));
                testedLabels.addAll(List.of(c.getAttribute("locator").trim().split("\\s+")));
                disambiguates |= c.hasAttribute("disambiguate");
            }
        }
    }

    /** The positions and locator labels the style's conditions test, and whether any tests disambiguation. */
    private final Set<String> testedPositions = new java.util.HashSet<>();
    private final Set<String> testedLabels = new java.util.HashSet<>();
    private boolean disambiguates;

    /** One of {@link #NAMES}, or the file name of the CSL repository it stands for. */
    public static Optional<String> builtIn(String name) {
        String stem = name.endsWith(".csl") ? name.substring(0, name.length() - 4) : name;
        if (NAMES.containsKey(stem)) {
            return Optional.of(NAMES.get(stem));
        }
        return NAMES.values().stream().filter(stem::equals).findFirst();
    }

    /** A style Colophon ships. */
    public static CitationStyle named(String name) throws IOException {
        String file = builtIn(name).orElseThrow(() -> new IllegalArgumentException("no style " + name));
        try (InputStream in = CitationStyle.class.getResourceAsStream("/" + file + ".csl")) {
            if (in == null) {
                throw new IOException("the style " + file + ".csl is missing from Colophon");
            }
            return parse(name, in.readAllBytes());
        }
    }

    /** A style from a .csl file; an IOException when it is not a CSL style. */
    public static CitationStyle parse(String name, byte[] xml) throws IOException {
        Document doc = SafeXml.parseWithoutDoctype(xml);
        Element root = doc.getDocumentElement();
        if (!"style".equals(root.getLocalName() == null ? root.getTagName() : root.getLocalName())
                || root.getElementsByTagNameNS("*", "citation").getLength() == 0) {
            throw new IOException("it is not a CSL style (its root is <" + root.getTagName() + ">, with no <citation>)");
        }
        return new CitationStyle(name, doc);
    }

    public String name() {
        return name;
    }

    /** Whether the style's citations are notes (Chicago's notes and bibliography), not in the text. */
    public boolean isNoteStyle() {
        return note;
    }

    public String prefix() {
        return prefix;
    }

    public String suffix() {
        return suffix;
    }

    public String delimiter() {
        return delimiter;
    }

    /** Whether a condition of the style tests {@code disambiguate}. */
    public boolean testsDisambiguation() {
        return disambiguates;
    }

    /** The style as it is, for the bibliography. */
    public String xml() {
        return serialise(style);
    }

    /**
     * The style with its position and locator tests decided for a cite whose position is {@code positions} (the tests
     * that hold for it: "first", or "subsequent" with "ibid", "ibid-with-locator", "near-note") and whose locator's
     * label is {@code label} (empty: no locator), whose work is {@code ambiguous} (another cited work has its author's
     * short name, so that the style may add its title), and with no affixes or delimiter on the citation layout.
     */
    public String variant(Set<String> positions, String label, boolean ambiguous) {
        // only what the style tests makes a variant of its own: fewer styles for citeproc-java to read
        Set<String> tested = new java.util.TreeSet<>(positions);
        tested.retainAll(testedPositions);
        String key = tested + "|" + (testedLabels.contains(label) ? label : "") + "|" + (testsDisambiguation() && ambiguous);
        return variants.computeIfAbsent(key, k -> {
            Document copy = (Document) style.cloneNode(true);
            for (String tag : List.of("if", "else-if")) {
                NodeList conditions = copy.getElementsByTagNameNS("*", tag);
                List<Element> all = new ArrayList<>();
                for (int i = 0; i < conditions.getLength(); i++) {
                    all.add((Element) conditions.item(i));
                }
                all.forEach(e -> decide(e, positions, label, ambiguous));
            }
            NodeList layouts = copy.getElementsByTagNameNS("*", "citation");
            if (layouts.getLength() > 0) {
                NodeList inner = ((Element) layouts.item(0)).getElementsByTagNameNS("*", "layout");
                if (inner.getLength() > 0) {
                    Element layout = (Element) inner.item(0);
                    layout.removeAttribute("prefix");
                    layout.removeAttribute("suffix");
                    layout.removeAttribute("delimiter");
                }
            }
            return serialise(copy);
        });
    }

    /** Decides a condition's position and locator tests, leaving its others to citeproc-java. */
    private static void decide(Element condition, Set<String> positions, String label, boolean ambiguous) {
        List<Boolean> decided = new ArrayList<>();
        if (condition.hasAttribute("disambiguate")) {
            // citeproc-java tests no disambiguate: MLA added the title to every cite
            decided.add(ambiguous == Boolean.parseBoolean(condition.getAttribute("disambiguate")));
            condition.removeAttribute("disambiguate");
        }
        if (condition.hasAttribute("position")) {
            for (String p : condition.getAttribute("position").trim().split("\\s+")) {
                decided.add(positions.contains(p));
            }
            condition.removeAttribute("position");
        }
        if (condition.hasAttribute("locator")) {
            for (String l : condition.getAttribute("locator").trim().split("\\s+")) {
                // CSL: "sub-verbo" is also matched by "sub verbo"; a locator with no label is a page
                decided.add(!label.isEmpty() && l.equals(label));
            }
            condition.removeAttribute("locator");
        }
        if (decided.isEmpty()) {
            return;
        }
        String match = condition.getAttribute("match").isEmpty() ? "all" : condition.getAttribute("match");
        boolean others = false;
        for (String a : List.of("type", "variable", "is-numeric", "is-uncertain-date", "disambiguate", "number")) {
            others |= condition.hasAttribute(a);
        }
        Boolean fixed = switch (match) {
            case "any" -> decided.contains(true) ? Boolean.TRUE : others ? null : Boolean.FALSE;
            case "none" -> decided.contains(true) ? Boolean.FALSE : others ? null : Boolean.TRUE;
            default -> decided.contains(false) ? Boolean.FALSE : others ? null : Boolean.TRUE;
        };
        if (fixed != null) {
            for (String a : List.of("type", "variable", "is-numeric", "is-uncertain-date", "disambiguate", "number", "match")) {
                condition.removeAttribute(a);
            }
            // no item is of this type: "none" of it always holds, "any" of it never does
            condition.setAttribute("type", NEVER_TYPE);
            condition.setAttribute("match", fixed ? "none" : "any");
        }
    }

    private Optional<Element> citationLayout() {
        NodeList citations = style.getElementsByTagNameNS("*", "citation");
        if (citations.getLength() == 0) {
            return Optional.empty();
        }
        NodeList layouts = ((Element) citations.item(0)).getElementsByTagNameNS("*", "layout");
        return layouts.getLength() == 0 ? Optional.empty() : Optional.of((Element) layouts.item(0));
    }

    private static String serialise(Document doc) {
        try {
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
