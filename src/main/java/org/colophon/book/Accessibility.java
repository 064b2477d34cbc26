package org.colophon.book;

import java.util.Optional;

/**
 * What book.yaml's {@code accessibility:} says that Colophon cannot know itself: a conformance claim and who certified
 * it, or the exemption the publisher relies on (W3C, "EPUB Accessibility exemption property"). All empty by default:
 * a book claims no conformance unless someone has checked it.
 */
public record Accessibility(Optional<String> conformsTo, Optional<String> certifiedBy, Optional<String> certifierCredential,
        Optional<String> exemption) {

    public static Accessibility none() {
        return new Accessibility(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
