package org.colophon.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/** Where Colophon parses XML, no DTD is loaded and no external or recursive entity is expanded. */
class SafeXmlTest {
    @TempDir
    Path tmp;

    @Test
    void externalEntityIsNeverRead() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP SECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]><x>&e;</x>";
        try {
            Document doc = SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8));
            assertFalse(doc.getDocumentElement().getTextContent().contains("TOP SECRET"));
        } catch (IOException refused) {
            assertFalse(refused.getMessage().contains("TOP SECRET"));
        }
    }

    @Test
    void externalDtdIsNotLoaded() throws IOException {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"http://192.0.2.1/never.dtd\"><x>fine</x>";
        assertEquals("fine", SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement().getTextContent());
    }

    /** A billion laughs: 10^12 "lol"s if expanded. It must be refused or left unexpanded, quickly. */
    @Test
    @Timeout(10)
    void entityExpansionBombIsNotExpanded() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a0 \"lol\">");
        for (int i = 1; i <= 12; i++) {
            xml.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        xml.append("]><x>&a12;</x>");
        try {
            Document doc = SafeXml.parse(xml.toString().getBytes(StandardCharsets.UTF_8));
            Node first = doc.getDocumentElement().getFirstChild();
            assertTrue(first == null || first.getNodeType() == Node.ENTITY_REFERENCE_NODE,
                    "the entity stays a reference, never expanded into text");
        } catch (IOException refused) {
            assertTrue(refused.getMessage().contains("entit"), refused.getMessage());
        }
    }
}
