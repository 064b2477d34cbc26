package org.colophon.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import org.colophon.text.TexRefused;
import org.colophon.xml.SafeXml;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * TeX to MathML, by KaTeX 0.16.4 run in Rhino: loaded once per process, the first time a book has a formula (about a
 * second), then a few milliseconds a formula, each within {@link #TIME_LIMIT_MILLIS}. KaTeX refuses what LaTeX would
 * (an unknown command, a brace left open, an accented letter in math mode), runs no {@code \href} nor
 * {@code \includegraphics}, and says where it stopped. Its MathML is then read back as XML and mended in one way:
 * KaTeX takes an accented letter of a {@code \text{…}} apart into a letter under an accent ({@code <mover>}), which
 * a reading system stacks, so every such pair is put back together as the one letter (độ, ế, ñ); and a letter's
 * style ({@code \mathbf{x}}, {@code \mathbb{R}}) becomes the letter Unicode has for it ({@link MathVariants}).
 */
public final class MathMl {
    public static final String NAMESPACE = "http://www.w3.org/1998/Math/MathML";
    /** The longest one formula may take: KaTeX sets a long one in tens of milliseconds. */
    static final long TIME_LIMIT_MILLIS = 5000;
    private static final String KATEX = "/META-INF/resources/webjars/katex/0.16.4/dist/katex.min.js";

    /**
     * The call made for each formula: MathML only, errors thrown with their position, LaTeX's strictness (but for
     * characters KaTeX has no metrics for in text, which are the book's faces' to set), and no trust in the commands
     * that reach out ({@code \href}, {@code \includegraphics}, {@code \htmlClass}…), named instead.
     */
    private static final String RENDER = """
            (function (tex, display) {
              var refused = [];
              try {
                var html = katex.renderToString(tex, {output: 'mathml', displayMode: display, throwOnError: true,
                    strict: function (code) { return code === 'unknownSymbol' ? 'ignore' : 'error'; },
                    trust: function (context) { refused.push(context.command); return false; }});
                if (refused.length > 0) {
                  return 'E-1:' + refused[0] + ' reaches outside the formula; Colophon runs no such command';
                }
                return 'M' + html;
              } catch (e) {
                var at = typeof e.position === 'number' ? e.position : -1;
                return 'E' + at + ':' + (e.rawMessage || String(e));
              }
            })""";

    /** Accents as KaTeX writes them over a letter, and the combining mark each is. */
    private static final Map<String, String> ACCENTS = Map.ofEntries(Map.entry("\u02CA", "\u0301"),
            Map.entry("\u02CB", "\u0300"), Map.entry("\u02C6", "\u0302"), Map.entry("\u02DC", "\u0303"),
            Map.entry("\u02C9", "\u0304"), Map.entry("\u02D8", "\u0306"), Map.entry("\u02D9", "\u0307"),
            Map.entry("\u00A8", "\u0308"), Map.entry("\u02DA", "\u030A"), Map.entry("\u02DD", "\u030B"),
            Map.entry("\u02C7", "\u030C"), Map.entry("\u00B8", "\u0327"));

    /** The most formulas the engine keeps set, the last used: a book of thousands, and the next build of it. */
    static final int KEPT = 20_000;

    private static MathMl engine;

    private final Scope scope;
    /** What the engine set, by formula: its MathML, or KaTeX's refusal; proofing and writing a book ask twice. */
    private final Map<String, Object> kept = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > KEPT;
        }
    };

    private MathMl(Scope scope) {
        this.scope = scope;
    }

    /** The engine, loaded on first use and kept for every later book of this process. */
    public static synchronized MathMl engine() {
        if (engine == null) {
            engine = new MathMl(new Scope());
        }
        return engine;
    }

    /** Whether the engine is loaded (it is, after the first book with math). */
    public static synchronized boolean loaded() {
        return engine != null;
    }

    /**
     * The content of the {@code <math>} element for {@code tex} (its {@code <semantics>}, which keeps the TeX as an
     * {@code application/x-tex} annotation); the caller writes the element, with its {@code alttext}.
     */
    public synchronized String convert(String tex, boolean display) throws TexRefused {
        String key = (display ? "D" : "I") + tex;
        Object known = kept.get(key);
        if (known == null) {
            try {
                known = set(tex, display, TIME_LIMIT_MILLIS);
            } catch (TexRefused e) {
                known = e;
            }
            kept.put(key, known);
        }
        if (known instanceof TexRefused refused) {
            throw refused;
        }
        return (String) known;
    }

    /** Sets a formula anew, within {@code limitMillis}. */
    synchronized String set(String tex, boolean display, long limitMillis) throws TexRefused {
        String result = scope.render(tex, display, limitMillis);
        if (result.startsWith("E")) {
            int colon = result.indexOf(':');
            throw new TexRefused(message(result.substring(colon + 1)), Integer.parseInt(result.substring(1, colon)));
        }
        int start = result.indexOf("<math");
        int end = result.lastIndexOf("</math>");
        if (start < 0 || end < 0) {
            throw new IllegalStateException("KaTeX wrote no MathML for " + tex + ": " + result);
        }
        try {
            Document doc = SafeXml.parse(result.substring(start, end + 7).getBytes(StandardCharsets.UTF_8));
            Element math = doc.getDocumentElement();
            mendAccents(math);
            joinTexts(math);
            MathVariants.letters(math);
            StringBuilder out = new StringBuilder();
            for (Node c = math.getFirstChild(); c != null; c = c.getNextSibling()) {
                write(c, out);
            }
            return out.toString();
        } catch (IOException e) {
            throw new IllegalStateException("KaTeX wrote MathML that is not well-formed for " + tex + ": " + e.getMessage(), e);
        }
    }

    /** Puts a letter and an accent over it back together, inner pairs first: {@code ế} is e, ˆ, then ˊ. */
    private static void mendAccents(Element e) {
        for (Node c = e.getFirstChild(), next; c != null; c = next) {
            next = c.getNextSibling();   // before the child is mended, and so replaced
            if (c instanceof Element child) {
                mendAccents(child);
            }
        }
        if (!e.getLocalName().equals("mover") || !"true".equals(e.getAttribute("accent"))) {
            return;
        }
        Element base = firstElement(e.getFirstChild());
        Element accent = base == null ? null : firstElement(base.getNextSibling());
        if (base == null || accent == null || firstElement(accent.getNextSibling()) != null
                || !base.getLocalName().equals("mtext") || !accent.getLocalName().equals("mo")
                || base.getTextContent().codePointCount(0, base.getTextContent().length()) != 1) {
            return;
        }
        String mark = ACCENTS.get(accent.getTextContent());
        String letter = base.getTextContent();
        String composed = mark == null ? null : Normalizer.normalize(letter + mark, Normalizer.Form.NFC);
        if (composed == null || composed.codePointCount(0, composed.length()) != 1) {
            return;   // no such letter: the accent stays over it
        }
        base.setTextContent(composed);
        e.getParentNode().replaceChild(base, e);
    }

    /**
     * KaTeX's message without what Colophon says otherwise: its name, the position (given as the author's line and
     * column) and the code of a strictness rule.
     */
    static String message(String katex) {
        return katex.replaceFirst("^ParseError: ", "").replaceFirst("^KaTeX parse error: ", "")
                .replaceFirst("^LaTeX-incompatible input and strict mode is set to 'error': ", "")
                .replaceFirst("(?s) at position \\d+: .*$", "").replaceFirst("(?s) at end of input: .*$", " at the end")
                .replaceFirst(" \\[\\w+\\]$", "").strip();
    }

    /** Texts side by side with the same attributes as one: a screen reader reads "độ dài" as a word, not as letters. */
    private static void joinTexts(Element e) {
        Node c = e.getFirstChild();
        while (c != null) {
            Node next = c.getNextSibling();
            if (c instanceof Element child) {
                Element following = firstElement(next);
                if (child.getLocalName().equals("mtext") && following != null && following == next
                        && following.getLocalName().equals("mtext") && sameAttributes(child, following)
                        && onlyText(child) && onlyText(following)) {
                    child.setTextContent(child.getTextContent() + following.getTextContent());
                    e.removeChild(following);
                    continue;   // the joined text may take the next one too
                }
                joinTexts(child);
            }
            c = next;
        }
    }

    private static boolean onlyText(Element e) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c.getNodeType() == Node.TEXT_NODE)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameAttributes(Element a, Element b) {
        NamedNodeMap x = a.getAttributes();
        NamedNodeMap y = b.getAttributes();
        if (x.getLength() != y.getLength()) {
            return false;
        }
        for (int i = 0; i < x.getLength(); i++) {
            Node attribute = y.getNamedItem(x.item(i).getNodeName());
            if (attribute == null || !attribute.getNodeValue().equals(x.item(i).getNodeValue())) {
                return false;
            }
        }
        return true;
    }

    private static Element firstElement(Node n) {
        while (n != null && !(n instanceof Element)) {
            n = n.getNextSibling();
        }
        return (Element) n;
    }

    /** MathML as KaTeX wrote it (elements, attributes, text), escaped, in the default namespace of its {@code <math>}. */
    private static void write(Node n, StringBuilder out) {
        if (n instanceof Element e) {
            out.append('<').append(e.getLocalName());
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                if (!a.getNodeName().startsWith("xmlns")) {
                    out.append(' ').append(a.getNodeName()).append("=\"");
                    escape(a.getNodeValue(), out, true);
                    out.append('"');
                }
            }
            if (e.getFirstChild() == null) {
                out.append("/>");
                return;
            }
            out.append('>');
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                write(c, out);
            }
            out.append("</").append(e.getLocalName()).append('>');
        } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
            escape(n.getNodeValue(), out, false);
        }
    }

    private static void escape(String s, StringBuilder out, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
    }

    /**
     * KaTeX loaded into a Rhino scope, and the function that sets a formula. Rhino counts the instructions it runs
     * and asks its factory every so often whether to go on: past the deadline of the formula being set, it stops.
     */
    private static final class Scope {
        private final Limited factory = new Limited();
        private final Scriptable global;
        private final Function render;

        Scope() {
            try (Context cx = factory.enterContext()) {
                global = cx.initStandardObjects();
                String script;
                try (InputStream in = MathMl.class.getResourceAsStream(KATEX)) {
                    if (in == null) {
                        throw new IllegalStateException("KaTeX is missing from the class path (" + KATEX + ")");
                    }
                    script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                cx.evaluateString(global, script, "katex.min.js", 1, null);
                render = (Function) cx.evaluateString(global, RENDER, "render", 1, null);
            }
        }

        String render(String tex, boolean display, long limitMillis) throws TexRefused {
            factory.deadline = System.nanoTime() + limitMillis * 1_000_000;
            try (Context cx = factory.enterContext()) {
                return Context.toString(render.call(cx, global, global, new Object[] {tex, display}));
            } catch (TimeUp e) {
                throw new TexRefused("KaTeX did not finish this formula within " + limitMillis + " ms; simplify it", -1);
            } catch (StackOverflowError e) {
                throw new TexRefused("it is nested too deeply for KaTeX", -1);
            } catch (RhinoException e) {
                throw new IllegalStateException("KaTeX failed on " + tex + ": " + e.details(), e);
            } finally {
                factory.deadline = Long.MAX_VALUE;
            }
        }
    }

    /** Thrown into the script when its formula's time is up; an Error, so that no script can catch it. */
    private static final class TimeUp extends Error {
        TimeUp() {
            super(null, null, false, false);
        }
    }

    private static final class Limited extends ContextFactory {
        volatile long deadline = Long.MAX_VALUE;

        @Override
        protected Context makeContext() {
            Context cx = super.makeContext();
            cx.setLanguageVersion(Context.VERSION_ES6);
            cx.setInstructionObserverThreshold(100_000);
            cx.setGenerateObserverCount(true);
            return cx;
        }

        @Override
        protected void observeInstructionCount(Context cx, int instructionCount) {
            if (System.nanoTime() > deadline) {
                throw new TimeUp();
            }
        }
    }
}
