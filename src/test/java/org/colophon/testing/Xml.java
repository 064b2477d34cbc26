package org.colophon.testing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Strict, namespace-aware XML parsing for tests: an ill-formed document fails the test. No DTD is loaded. */
public final class Xml {
    public static final String XHTML = "http://www.w3.org/1999/xhtml";
    public static final String EPUB = "http://www.idpf.org/2007/ops";

    private Xml() {
    }

    public static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Every XHTML element of that name, in document order. */
    public static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS(XHTML, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** The element with that id, or null. */
    public static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    /** The text of a document's body, with block boundaries as spaces. */
    public static String bodyText(Document doc) {
        StringBuilder sb = new StringBuilder();
        append(elements(doc, "body").get(0), sb);
        return sb.toString();
    }

    private static void append(Node n, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE) {
                sb.append(c.getNodeValue());
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                Element e = (Element) c;
                if (e.hasAttribute("hidden")) {
                    continue;
                }
                boolean block = !List.of("a", "em", "strong", "code", "sup", "sub", "span", "br").contains(e.getLocalName());
                if (block) {
                    sb.append(' ');
                }
                append(c, sb);
                if (block) {
                    sb.append(' ');
                }
            }
        }
    }
}
