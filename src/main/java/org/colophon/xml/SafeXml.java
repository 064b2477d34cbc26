package org.colophon.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Parses XML without loading any DTD and without expanding external or recursive entities, so that no document
 * can make the build read a file, reach the network or exhaust memory.
 */
public final class SafeXml {
    private SafeXml() {
    }

    public static Document parse(byte[] xml) throws IOException {
        return parse(xml, false);
    }

    /** Parses XML that may not declare a DOCTYPE at all (an SVG drawing from an author): one is refused. */
    public static Document parseWithoutDoctype(byte[] xml) throws IOException {
        return parse(xml, true);
    }

    private static Document parse(byte[] xml, boolean noDoctype) throws IOException {
        try {
            // the JDK's own parser, whatever else (Xerces from EPUBCheck) is on the class path
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            if (noDoctype) {
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            }
            f.setExpandEntityReferences(false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
