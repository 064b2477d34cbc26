package org.colophon.epub;

import java.util.ArrayList;
import java.util.List;
import org.colophon.book.Accessibility;
import org.colophon.book.Block;
import org.colophon.book.Book;
import org.colophon.book.Inline;
import org.colophon.book.Traversal;
import org.colophon.l10n.Labels;
import org.colophon.text.AltText;

/**
 * What Colophon knows for certain about a book's accessibility, counted from the book itself, and what book.yaml
 * claims. The package document's EPUB Accessibility 1.1 metadata and its summary are written from these facts alone.
 */
record AccessibilityFacts(int chapters, int notes, int images, int described, boolean gif, Accessibility claim,
        boolean pageBreaks, int formulas) {

    static AccessibilityFacts of(Book book) {
        return of(book, false);
    }

    /** {@code pageBreaks}: the book carries the print edition's page-break markers and a page list. */
    static AccessibilityFacts of(Book book, boolean pageBreaks) {
        int[] counts = new int[2];
        new Traversal() {
            @Override
            public void visit(Block.Figure figure) {
                count(figure.alt(), figure.image().name());
                super.visit(figure);
            }

            @Override
            public void visit(Inline.InlineImage image) {
                count(image.alt(), image.image().name());
                super.visit(image);
            }

            private void count(String alt, String name) {
                counts[0]++;
                counts[1] += AltText.describesNothing(alt, name) ? 0 : 1;
            }
        }.book(book);
        // an animated GIF may flash; Colophon does not look at its frames, so it does not say there is no hazard
        boolean gif = book.images().stream().anyMatch(i -> i.mediaType().equals("image/gif"));
        return new AccessibilityFacts(book.chapters().size(), book.notes().size(), counts[0], counts[1], gif,
                book.metadata().accessibility(), pageBreaks, org.colophon.book.BookText.formulas(book).size());
    }

    boolean everyImageDescribed() {
        return described == images;
    }

    /** The ways the content can be perceived: text, and sight where there are images. */
    List<String> accessModes() {
        return images == 0 ? List.of("textual") : List.of("textual", "visual");
    }

    /** The sets of modes that are enough to read the whole book: text alone only when every image is described. */
    List<String> accessModesSufficient() {
        if (images == 0) {
            return List.of("textual");
        }
        return everyImageDescribed() ? List.of("textual", "textual,visual") : List.of("textual,visual");
    }

    List<String> features() {
        List<String> features = new ArrayList<>(List.of("tableOfContents", "readingOrder", "structuralNavigation",
                "displayTransformability"));
        if (images > 0 && everyImageDescribed()) {
            features.add("alternativeText");
        }
        if (pageBreaks) {
            features.addAll(List.of("pageBreakMarkers", "pageNavigation"));
        }
        // every formula is MathML; "describedMath" would claim a description in words of each, which the TeX is not
        if (formulas > 0) {
            features.add("MathML");
        }
        return features;
    }

    List<String> hazards() {
        return gif ? List.of("noSoundHazard", "noMotionSimulationHazard", "unknownFlashingHazard") : List.of("none");
    }

    /**
     * The accessibility summary, in the book's language, sentence by sentence from the facts above: it says only what
     * Colophon counted, and claims conformance only when book.yaml does.
     */
    String summary(Labels labels) {
        List<String> s = new ArrayList<>();
        s.add(labels.get("a11y-summary"));
        if (notes > 0) {
            s.add(labels.get("a11y-notes"));
        }
        if (images > 0) {
            s.add(labels.get(everyImageDescribed() ? "a11y-images" : "a11y-images-undescribed"));
        }
        if (gif) {
            s.add(labels.get("a11y-gif"));
        }
        if (formulas > 0) {
            s.add(labels.get("a11y-math"));
        }
        s.add(claim.conformsTo().map(c -> labels.format("a11y-claim", c)).orElse(labels.get("a11y-no-claim")));
        claim.exemption().ifPresent(e -> s.add(labels.format("a11y-exemption", e)));
        return String.join(" ", s);
    }
}
