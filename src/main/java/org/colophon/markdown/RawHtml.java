package org.colophon.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.book.Block;
import org.colophon.book.Image;
import org.colophon.book.LinkTarget;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.text.Texts;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * The HTML an author may write inside Markdown, and what becomes of it. HTML that EPUB allows is kept, parsed as
 * browsers parse it (tags left open are closed, entities decoded) and written back as well-formed XHTML; scripts,
 * event handlers, frames, objects and forms are refused where they stand.
 */
final class RawHtml {
    static final Set<String> INLINE = Set.of("span", "abbr", "b", "i", "u", "s", "small", "sub", "sup", "cite", "q",
            "dfn", "kbd", "mark", "bdi", "bdo", "time", "var", "samp", "code", "em", "strong", "br", "wbr", "del", "ins");
    static final Set<String> BLOCK = Set.of("div", "p", "blockquote", "aside", "section", "figure", "figcaption",
            "ul", "ol", "li", "dl", "dt", "dd", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "thead",
            "tbody", "tfoot", "tr", "th", "td", "caption", "details", "summary");
    static final Set<String> REFUSED = Set.of("script", "iframe", "object", "embed", "form", "input", "button",
            "select", "textarea", "style", "link", "meta", "base", "frame", "frameset", "applet", "noscript", "template");
    /**
     * The elements a book keeps and, per element, the attributes it keeps, as jsoup states such a policy ({@code id},
     * {@code href}, {@code src} and {@code alt} are checked apart: they name places and files). Elements outside it
     * are refused where they stand; attributes outside it are dropped.
     */
    static final Safelist KEPT = new Safelist()
            .addTags(INLINE.toArray(String[]::new))
            .addTags(BLOCK.toArray(String[]::new))
            .addAttributes(":all", "lang", "dir", "title", "class")
            .addAttributes("time", "datetime")
            .addAttributes("del", "datetime")
            .addAttributes("ins", "datetime")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan")
            .addAttributes("ol", "start");
    /** HTML's limits for a table cell's spans: larger ones make Flying Saucer build a grid that fills the memory. */
    private static final Map<String, Integer> SPANS = Map.of("colspan", 1000, "rowspan", 65534);
    private static final Set<String> BOLD = Set.of("b", "strong", "th", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> ITALIC = Set.of("i", "em", "cite", "dfn", "var");
    /** Set in the monospaced face. */
    private static final Set<String> CODE = Set.of("code", "kbd", "samp", "pre");
    private static final Pattern CLOSE = Pattern.compile("</\\s*([A-Za-z][A-Za-z0-9-]*)\\s*>");

    /**
     * What HTML shares with Markdown, resolved by the chapter being converted, so that {@code <a href>},
     * {@code <img src>} and {@code id} are checked exactly as {@code [text](address)}, {@code ![alt](file)} and
     * {@code {#id}} are (each reports its own errors).
     */
    interface Resolver {
        Optional<LinkTarget> link(String address, SourcePosition at);

        Optional<Image> image(String source, String alt, SourcePosition at);

        /** Registers an id as an anchor of the chapter; false when it cannot be one. */
        boolean anchor(String id, SourcePosition at);
    }

    private final Diagnostics diagnostics;
    private final Resolver resolver;
    /** How many things the block being checked had refused. */
    private int refused;
    /** The text of the first {@code <h1>}…{@code <h6>} met in an HTML block, for a chapter with no Markdown heading. */
    private String firstHeading;
    private List<LinkTarget> links;

    /** The HTML being read, for an element's name as written: an HTML parser lower-cases it. */
    private String reading = "";
    /** The title of a {@code <details>} the author gave none, in the chapter's language ("Details"). */
    private final String detailsLabel;

    RawHtml(Diagnostics diagnostics, Resolver resolver, String detailsLabel) {
        this.diagnostics = diagnostics;
        this.resolver = resolver;
        this.detailsLabel = detailsLabel;
    }

    Optional<String> firstHeading() {
        return Optional.ofNullable(firstHeading);
    }

    /**
     * A tag written inline: an opening tag (with its checked attributes), a closing tag, or nothing usable;
     * {@code written} holds the attributes Markdown resolves ({@code id}, {@code href}, {@code src}, {@code alt}).
     */
    record Tag(String name, boolean closing, Map<String, String> attributes, Map<String, String> written) {
        Tag(String name, boolean closing, Map<String, String> attributes) {
            this(name, closing, attributes, Map.of());
        }

        Optional<String> get(String attribute) {
            return Optional.ofNullable(written.get(attribute));
        }
    }

    /** Reads one inline tag ({@code <span lang="vi">}, {@code </span>}, {@code <br>}); comments give empty. */
    Optional<Tag> inlineTag(String literal, SourcePosition at) {
        reading = literal;
        if (literal.startsWith("<!--") || literal.startsWith("<?") || literal.startsWith("<!")) {
            return Optional.empty();
        }
        Matcher close = CLOSE.matcher(literal);
        if (close.matches()) {
            String name = close.group(1).toLowerCase(Locale.ROOT);
            // a refused element was reported at its opening tag
            return INLINE.contains(name) || name.equals("a") ? Optional.of(new Tag(name, true, Map.of())) : Optional.empty();
        }
        Document doc = Parser.htmlParser().parseInput("<body>" + literal + "</body>", "");
        Element e = doc.body().children().isEmpty() ? null : doc.body().child(0);
        if (e == null) {
            diagnostics.error(at, "'" + literal + "' is not an HTML tag Colophon can read");
            return Optional.empty();
        }
        String name = e.normalName();
        if (!name.equals("a") && !name.equals("img") && !allowedInline(name, at)) {
            return Optional.empty();
        }
        Map<String, String> written = new LinkedHashMap<>();
        for (String key : List.of("id", "href", "src", "alt")) {
            if (e.hasAttr(key) && !e.attr(key).toLowerCase(Locale.ROOT).strip().startsWith("javascript:")) {
                written.put(key, Texts.nfc(e.attr(key)));
            }
        }
        return Optional.of(new Tag(name, false, attributes(e, at), written));
    }

    /** An element's name as the author wrote it ({@code FundamentalsWarning}), else as the parser gives it. */
    private String asWritten(String name) {
        Matcher m = Pattern.compile("<(" + Pattern.quote(name) + ")(?=[\\s/>])", Pattern.CASE_INSENSITIVE).matcher(reading);
        return m.find() ? m.group(1) : name;
    }

    /** A name that starts with a capital, as MDX's components do (HTML's names are case-insensitive and lower-case). */
    private static boolean isComponent(String written) {
        return Character.isUpperCase(written.charAt(0));
    }

    private static String component(String written) {
        return "<" + written + "> looks like an MDX (JSX) component, which Colophon does not run; write what it shows in "
                + "Markdown, or leave it out";
    }

    /** Why an element is refused, truthfully for each kind. */
    private static String refusal(String name) {
        return switch (name) {
            case "style", "link", "meta", "base" -> "<" + name + "> is not allowed in a chapter: the book's own stylesheet and "
                    + "metadata set its look; use class=\"…\" on an element for a style of your own";
            case "noscript", "template" -> "<" + name + "> is not allowed in a book: it belongs to pages that run scripts, "
                    + "and ebooks and PDFs run none";
            default -> "<" + name + "> is not allowed in a book: ebooks and PDFs run no scripts and hold no frames, objects or forms";
        };
    }

    private boolean allowedInline(String name, SourcePosition at) {
        if (REFUSED.contains(name)) {
            diagnostics.error(at, refusal(name));
            return false;
        }
        if (!INLINE.contains(name)) {
            String written = asWritten(name);
            diagnostics.error(at, isComponent(written) ? component(written) : "<" + name + "> is not allowed within a line; "
                    + "use Markdown, or one of <" + String.join(">, <", new TreeSet<>(INLINE)) + ">");
            return false;
        }
        return true;
    }

    /** The elements an author may wrap around Markdown, as pandoc pairs them. */
    static final Set<String> CONTAINERS = Set.of("div", "section", "aside", "figure", "blockquote", "details",
            "article", "header", "footer", "nav");
    private static final Pattern LONE_OPEN = Pattern.compile("\\s*<([A-Za-z][A-Za-z0-9]*)(\\s[^<>]*)?>\\s*");
    private static final Pattern LONE_CLOSE = Pattern.compile("\\s*</([A-Za-z][A-Za-z0-9]*)\\s*>\\s*");

    /** {@code <details>} and its {@code <summary>} on the next line, as GitHub and mdBook write them, before Markdown. */
    private static final Pattern DETAILS_OPEN = Pattern.compile("\\s*<details(\\s[^<>]*)?>\\s*(<summary[\\s>].*</summary>)?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SUMMARY = Pattern.compile("\\s*<summary[\\s>].*</summary>\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** The container tag that an HTML block opens and leaves open ({@code <div lang="vi">} alone), if it is one. */
    static Optional<String> loneOpening(String literal) {
        Matcher m = LONE_OPEN.matcher(literal);
        if (m.matches() && CONTAINERS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return Optional.of(m.group(1).toLowerCase(Locale.ROOT));
        }
        return DETAILS_OPEN.matcher(literal).matches() ? Optional.of("details") : Optional.empty();
    }

    /** The {@code <summary>…</summary>} written in the block that opens a {@code <details>}, and its line in it. */
    static Optional<Map.Entry<String, Integer>> openingSummary(String literal) {
        Matcher m = DETAILS_OPEN.matcher(literal);
        if (!m.matches() || m.group(2) == null) {
            return Optional.empty();
        }
        int line = (int) literal.substring(0, m.start(2)).chars().filter(c -> c == '\n').count();
        return Optional.of(Map.entry(m.group(2), line));
    }

    /** Whether an HTML block is a {@code <summary>…</summary>} alone. */
    static boolean isSummary(String literal) {
        return SUMMARY.matcher(literal).matches();
    }

    /** The container tag that an HTML block closes, alone ({@code </div>}), if it is one. */
    static Optional<String> loneClosing(String literal) {
        Matcher m = LONE_CLOSE.matcher(literal);
        return m.matches() && CONTAINERS.contains(m.group(1).toLowerCase(Locale.ROOT))
                ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The kept attributes of a lone opening tag (lang, dir, title, class and id); dangerous ones are refused. */
    Map<String, String> containerAttributes(String literal, SourcePosition at) {
        Document doc = Parser.htmlParser().parseInput("<body>" + literal.strip() + "</body>", "");
        Element e = doc.body().children().isEmpty() ? null : doc.body().child(0);
        if (e == null) {
            return Map.of();
        }
        String id = e.hasAttr("id") ? e.attr("id").strip() : null;   // read before attributes() drops it
        Map<String, String> kept = attributes(e, at);
        if (id != null) {
            kept.put("id", id);
        }
        return kept;
    }

    /** Checks and converts a block of HTML into well-formed XHTML; empty when it holds something refused. */
    Optional<Block> block(String literal, SourcePosition at) {
        return block(literal, at, false);
    }

    /**
     * The {@code <summary>…</summary>} that titles a {@code <details>} wrapped around Markdown; empty when refused.
     * It stands first inside the element, as EPUB requires.
     */
    Optional<Block> summary(String literal, SourcePosition at) {
        return block(literal, at, true);
    }

    /** The title of a {@code <details>} written with none: the chapter's word for it, and a warning at the element. */
    Block defaultSummary(SourcePosition at) {
        Document doc = Document.createShell("");
        List<Block.HtmlText> texts = new ArrayList<>();
        addSummary(doc.body(), at, texts);
        return new Block.Html(xhtml(doc.body()), List.copyOf(texts));
    }

    /** The content of an element as well-formed XHTML, as the book's documents hold it. */
    static String xhtml(Element element) {
        Document doc = element.ownerDocument();
        if (doc != null) {
            doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                    .charset("UTF-8").prettyPrint(false);
        }
        return element.html();
    }

    private void addSummary(Element details, SourcePosition at, List<Block.HtmlText> texts) {
        diagnostics.warning(at, "<details> has no <summary>; the book titles it '" + detailsLabel + "': write "
                + "<summary>…</summary> first inside it");
        details.prependChild(new Element("summary").text(detailsLabel));
        texts.add(new Block.HtmlText(detailsLabel, false, false, false, at));
    }

    private Optional<Block> block(String literal, SourcePosition at, boolean leadingSummary) {
        reading = literal;
        // parsed as the content of a <body>, so that a <script> or <style> stays where it was written
        Document doc = Document.createShell("");
        List<Node> nodes = Parser.htmlParser().setTrackPosition(true).parseFragmentInput(literal, doc.body(), "");
        List<Block.HtmlText> texts = new ArrayList<>();
        refused = 0;
        links = new ArrayList<>();
        for (Node n : nodes) {
            check(n, at, texts, false, false, false);
        }
        if (refused > 0) {
            return Optional.empty();
        }
        for (Node n : nodes) {
            doc.body().appendChild(n);
        }
        summaries(doc.body(), leadingSummary, at, texts);
        figureBreaks(doc.body());
        misplaced(doc.body(), at);
        if (refused > 0) {
            return Optional.empty();
        }
        dropComments(doc.body());
        return Optional.of(new Block.Html(xhtml(doc.body()), List.copyOf(texts), List.copyOf(links)));
    }

    private void check(Node n, SourcePosition block, List<Block.HtmlText> texts, boolean code, boolean bold, boolean italic) {
        SourcePosition at = position(n, block);
        if (n instanceof TextNode t) {
            if (!t.isBlank()) {
                texts.add(new Block.HtmlText(Texts.nfc(t.getWholeText()), code, bold, italic, at));
            }
            return;
        }
        if (!(n instanceof Element e)) {
            return;   // comments and the like are dropped
        }
        String name = e.normalName();
        if (REFUSED.contains(name)) {
            refuse(at, refusal(name));
            return;
        }
        if (!KEPT.isSafeTag(name) && !name.equals("a") && !name.equals("img")) {
            // EPUB itself allows most of these (<video>, <audio>…): the refusal is Colophon's, and says so
            String written = asWritten(name);
            refuse(at, isComponent(written) ? component(written) : "Colophon does not take <" + name + "> written as HTML; "
                    + "write it in Markdown or with <div>, <p>, <aside> or <span>");
            return;
        }
        if (name.matches("h[1-6]") && firstHeading == null && !e.text().isBlank()) {
            firstHeading = Texts.nfc(e.text()).strip();
        }
        String id = e.hasAttr("id") ? e.attr("id").strip() : null;
        String href = e.hasAttr("href") && name.equals("a") ? e.attr("href").strip() : null;
        String src = name.equals("img") ? e.attr("src").strip() : null;
        String alt = name.equals("img") ? Texts.nfc(e.attr("alt")).strip() : null;
        int before = refused;
        attributes(e, at);
        if (refused == before) {   // else a javascript: address or an event handler, reported: nothing to resolve
            resolve(e, id, href, src, alt, at);
        }
        for (Node child : e.childNodes()) {
            check(child, block, texts, code || CODE.contains(name), bold || BOLD.contains(name), italic != ITALIC.contains(name));
        }
    }

    /** An id, a link's address or an image's file, checked as Markdown checks them, and written as the book has them. */
    private void resolve(Element e, String id, String href, String src, String alt, SourcePosition at) {
        if (id != null && resolver.anchor(id, at)) {
            e.attr("id", id);
        }
        if (href != null) {
            resolver.link(href, at).ifPresent(target -> {
                e.attr("href", Block.Html.linkPlaceholder(links.size()));
                links.add(target);
            });
        }
        if (src != null) {
            resolver.image(src, alt, at).ifPresent(image -> {
                e.attr("src", image.name());
                e.attr("alt", alt);
                e.attr("width", Integer.toString(image.width()));
                e.attr("height", Integer.toString(image.height()));
            });
        }
    }

    /**
     * A {@code <details>} in a book is open, as a page is (reading apps that cannot unfold it would hide its
     * content), and titled by its {@code <summary>}, which EPUB requires first inside it: one is added in the
     * chapter's language where the author wrote none, and a {@code <summary>} anywhere else is refused.
     */
    private void summaries(Element root, boolean leadingSummary, SourcePosition block, List<Block.HtmlText> texts) {
        for (Element summary : root.select("summary")) {
            Element parent = summary.parent();
            boolean first = parent != null && parent.firstElementChild() == summary;
            if (first && parent.normalName().equals("details")) {
                parent.prependChild(summary);   // before any text, too
            } else if (!(first && leadingSummary && parent == root)) {
                refuse(position(summary, block), "<summary> titles a <details> and stands first inside it; put it on "
                        + "the line after <details>");
            }
        }
        for (Element details : root.select("details")) {
            details.attr("open", "open");
            Element first = details.firstElementChild();
            if (first == null || !first.normalName().equals("summary")) {
                addSummary(details, position(details, block), texts);
            }
        }
    }

    /**
     * Line breaks written straight inside a {@code <figure>} space it out on a web page; in a book the figure has its
     * own space, and EPUB allows nothing after the caption.
     */
    private static void figureBreaks(Element root) {
        for (Element figure : root.select("figure")) {
            figure.children().stream().filter(c -> c.normalName().equals("br")).forEach(Element::remove);
        }
    }

    /** Where EPUB allows an element that a browser shows anywhere: inside one of these ({@code <dt>} also in a {@code <div>} in a {@code <dl>}). */
    private static final Map<String, List<String>> PARENTS = Map.of(
            "li", List.of("ul", "ol"),
            "dt", List.of("dl"),
            "dd", List.of("dl"),
            "figcaption", List.of("figure"));

    /**
     * A list item, a term or a caption outside its list or figure (a browser shows it; EPUB refuses the file), and a
     * caption between a figure's other contents, are refused where they stand. A Markdown blank line ends an HTML
     * block, so a list written with blank lines between its items leaves them outside their {@code <ul>}.
     */
    private void misplaced(Element root, SourcePosition block) {
        for (Element e : root.select("li, dt, dd, figcaption")) {
            String name = e.normalName();
            Element parent = e.parent();
            if (parent != null && parent.normalName().equals("div") && !name.equals("li") && !name.equals("figcaption")) {
                parent = parent.parent();   // <dl><div><dt>…
            }
            if (name.equals("figcaption") && parent == root) {
                continue;   // the caption of a <figure> wrapped around Markdown: HtmlContainers holds it
            }
            if (parent == null || parent == root || !PARENTS.get(name).contains(parent.normalName())) {
                refuse(position(e, block), "<" + name + "> stands inside <" + String.join("> or <", PARENTS.get(name))
                        + "> in a book; write the whole " + (name.equals("figcaption") ? "figure" : "list")
                        + " in one HTML block (no blank line inside it), or in Markdown");
            } else if (name.equals("figcaption") && parent.firstElementChild() != e && parent.lastElementChild() != e) {
                refuse(position(e, block), "<figcaption> stands first or last in its <figure>; move it before or after "
                        + "what the figure shows");
            }
        }
    }

    /** Comments are the author's notes to self, and XML forbids "--" in them: they do not go into the book. */
    private static void dropComments(Node node) {
        for (Node child : new ArrayList<>(node.childNodes())) {
            if (child instanceof Comment || child instanceof DocumentType
                    || child instanceof XmlDeclaration) {
                child.remove();
            } else {
                dropComments(child);
            }
        }
    }

    /** The attributes a book keeps, in the order written; others are dropped or, when dangerous, refused. */
    private Map<String, String> attributes(Element e, SourcePosition at) {
        Map<String, String> kept = new LinkedHashMap<>();
        List<String> drop = new ArrayList<>();
        for (Attribute a : e.attributes()) {
            String key = a.getKey().toLowerCase(Locale.ROOT);
            if (key.startsWith("on")) {
                refuse(at, "the event handler " + key + "=\"…\" is not allowed in a book: ebooks run no scripts");
                drop.add(a.getKey());
            } else if (a.getValue().toLowerCase(Locale.ROOT).strip().startsWith("javascript:")) {
                refuse(at, "a javascript: address is not allowed in a book");
                drop.add(a.getKey());
            } else if (SPANS.containsKey(key) && !isSpan(a.getValue(), SPANS.get(key))) {
                refuse(at, key + "=\"" + a.getValue() + "\" is not a number from " + (key.equals("rowspan") ? 0 : 1) + " to "
                        + SPANS.get(key) + ", the limits HTML sets; give the number of rows or columns the cell spans");
                drop.add(a.getKey());
            } else if (KEPT.isSafeAttribute(e.normalName(), e, a)) {
                kept.put(key, Texts.nfc(a.getValue()));
            } else {
                drop.add(a.getKey());
            }
        }
        drop.forEach(e::removeAttr);
        String lang = e.attr("lang");
        if (!lang.isEmpty()) {
            e.attr("xml:lang", lang);   // XHTML reading systems look at xml:lang
        }
        return kept;
    }

    /** Whether a colspan or rowspan is a whole number within HTML's limits (a layout engine trusts them blindly). */
    private static boolean isSpan(String value, int max) {
        String v = value.strip();
        return v.matches("\\d{1,5}") && Integer.parseInt(v) <= max && (max == 65534 || Integer.parseInt(v) > 0);
    }

    private void refuse(SourcePosition at, String message) {
        diagnostics.error(at, message);
        refused++;
    }

    /** Where a node of a block stands in the chapter: jsoup counts lines from the block's first. */
    private static SourcePosition position(Node n, SourcePosition block) {
        var range = n.sourceRange();
        if (range == null || !range.isTracked()) {
            return block;
        }
        int line = range.start().lineNumber();
        int column = range.start().columnNumber();
        return new SourcePosition(block.path(), block.line() + line - 1, line == 1 ? block.column() + column - 1 : column);
    }
}
