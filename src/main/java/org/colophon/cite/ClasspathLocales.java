package org.colophon.cite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import de.undercouch.citeproc.LocaleProvider;

/**
 * The CSL locales of the {@code org.citationstyles:locales} jar, read once each. A language with no CSL locale of its
 * own falls back to American English, as citeproc-java would fail on it.
 */
final class ClasspathLocales implements LocaleProvider {
    private static final java.util.Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String retrieveLocale(String lang) {
        return CACHE.computeIfAbsent(lang, l -> {
            String xml = read("/locales-" + l + ".xml");
            if (xml == null) {
                throw new IllegalArgumentException("no CSL locale " + l);
            }
            return xml;
        });
    }

    /** Whether there is a CSL locale for {@code lang} or its language's primary dialect. */
    static boolean has(String lang) {
        return CitationProcessor.class.getResource("/locales-" + lang + ".xml") != null;
    }

    private static String read(String resource) {
        try (InputStream in = ClasspathLocales.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
