package org.colophon.markdown;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A web address as a book may carry it. Authors write addresses as browsers accept them (spaces escaped or not,
 * {@code |}, {@code \}, letters of any script); EPUB wants a valid URL. Characters a URL may not hold are
 * percent-encoded, as CommonMark's own HTML renderer does, and what still is no URL is refused where it stands.
 */
final class WebAddress {
    private static final String ALLOWED = "-._~:/?#@!$&'()*+,;=";   // brackets only for IPv6 hosts: encoded

    private WebAddress() {
    }

    /** The address, percent-encoded where it must be; empty when it is no usable URL (no host, say). */
    static Optional<String> of(String written) {
        String encoded = encode(written);
        try {
            URI uri = new URI(encoded);
            boolean web = uri.getScheme().regionMatches(true, 0, "http", 0, 4);
            if (web && (uri.getHost() == null || uri.getHost().isEmpty())) {
                return Optional.empty();
            }
            if (!web && (uri.getSchemeSpecificPart() == null || uri.getSchemeSpecificPart().isBlank())) {
                return Optional.empty();
            }
            return Optional.of(encoded);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean escape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (b < 0x80 && (Character.isLetterOrDigit(b) || ALLOWED.indexOf(b) >= 0 || escape)) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
