package org.colophon.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import org.colophon.text.Texts;

/**
 * Writes well-formed XML by construction: every start has its end, every text and attribute value is escaped.
 * Used for the XHTML chapters and for the EPUB's package files alike.
 */
public final class XmlWriter {
    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();
    private Watcher watcher;
    /** True while the watcher writes, so that what it writes is not watched again. */
    private boolean inWatcher;

    /**
     * Sees each element and each text before they are written, and writes the text itself: the EPUB's page-break
     * markers go in at the character where a printed page begins.
     */
    public interface Watcher {
        /** Before the start tag of {@code name} ({@code empty}: an element with no content). */
        void start(XmlWriter w, String name, String[] attributes, boolean empty);

        /** Before an end tag. */
        void end(XmlWriter w);

        /** Writes {@code text} (with {@link XmlWriter#text}), with whatever markup it adds inside it. */
        void text(XmlWriter w, String text);
    }

    /** Lets {@code watcher} see, and add to, everything written from now on. */
    public XmlWriter watch(Watcher watcher) {
        this.watcher = watcher;
        return this;
    }

    private boolean watched() {
        return watcher != null && !inWatcher;
    }

    public XmlWriter() {
        this(8192);
    }

    public XmlWriter(int capacity) {
        out = new StringBuilder(capacity);
    }

    public XmlWriter declaration() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return this;
    }

    /** Markup we wrote ourselves, such as a DOCTYPE; never text that came from a manuscript. */
    public XmlWriter raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Opens an element; {@code attributes} are name/value pairs, and a pair whose value is null is left out. */
    public XmlWriter start(String name, String... attributes) {
        if (watched()) {
            inWatcher = true;
            watcher.start(this, name, attributes, false);
            inWatcher = false;
        }
        tag(name, attributes);
        out.append('>');
        open.push(name);
        return this;
    }

    public XmlWriter end() {
        if (watched()) {
            inWatcher = true;
            watcher.end(this);
            inWatcher = false;
        }
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    public XmlWriter empty(String name, String... attributes) {
        if (watched()) {
            inWatcher = true;
            watcher.start(this, name, attributes, true);
            inWatcher = false;
        }
        tag(name, attributes);
        out.append("/>");
        return this;
    }

    /**
     * An element whose content is markup a library made and we checked to be well-formed (a formula's MathML): a
     * watcher sees it as one element with nothing it counts inside, as it sees an image, which is what the same
     * formula is in print.
     */
    public XmlWriter rawElement(String name, String markup, String... attributes) {
        if (watched()) {
            inWatcher = true;
            watcher.start(this, name, attributes, true);
            inWatcher = false;
        }
        tag(name, attributes);
        out.append('>').append(markup).append("</").append(name).append('>');
        return this;
    }

    /** An element holding only text. */
    public XmlWriter element(String name, String text, String... attributes) {
        return start(name, attributes).text(text).end();
    }

    public XmlWriter text(String text) {
        if (watched()) {
            inWatcher = true;
            watcher.text(this, text);
            inWatcher = false;
            return this;
        }
        escape(text, false);
        return this;
    }

    public XmlWriter newline() {
        out.append('\n');
        return this;
    }

    /** The document; fails if an element was left open, which would be a bug of ours. */
    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void tag(String name, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], true);
                out.append('"');
            }
        }
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\t' -> out.append(attribute ? " " : Character.toString(cp));
                default -> {
                    // the loader reports such characters as errors; this only keeps the XML well-formed
                    if (Texts.isXmlChar(cp) && cp != '\r') {
                        out.appendCodePoint(cp);
                    } else if (cp != '\r') {
                        out.append('\uFFFD');
                    }
                }
            }
            i += Character.charCount(cp);
        }
    }
}
