package org.colophon.epub;

import java.util.ArrayList;
import java.util.List;
import org.colophon.book.Accessibility;
import org.colophon.book.Block;
import org.colophon.book.Book;
import org.colophon.book.Inline;
import org.colophon.book.Traversal;
import org.colophon.text.AltText;

/**
 * What Colophon knows for certain about a book's accessibility, counted from the book itself, and what book.yaml
 * claims. The package document's EPUB Accessibility 1.1 metadata and its summary are written from these facts alone.
 */
record AccessibilityFacts(int chapters, int notes, int images, int described, boolean gif, Accessibility claim) {

    static AccessibilityFacts of(Book book) {
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
                book.metadata().accessibility());
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
        return features;
    }

    List<String> hazards() {
        return gif ? List.of("noSoundHazard", "noMotionSimulationHazard", "unknownFlashingHazard") : List.of("none");
    }

    /**
     * The accessibility summary, in English, sentence by sentence from the facts above (each sentence one fact, so
     * that the summary can be put into another language from the same facts).
     */
    String summary() {
        List<String> s = new ArrayList<>();
        s.add("This publication has a table of contents, a heading for " + (chapters == 1 ? "its chapter" : "each of its "
                + chapters + " chapters") + ", a reading order that follows the text, and text that can be resized and restyled.");
        if (notes > 0) {
            s.add(notes == 1 ? "Its note is linked from the text and back." : "Its " + notes + " notes are linked from the text and back.");
        }
        if (images > 0) {
            String has = images == 1 ? "It has 1 image" : "It has " + images + " images";
            if (everyImageDescribed()) {
                s.add(has + (images == 1 ? ", described in text." : ", each described in text."));
            } else {
                s.add(has + "; " + (images - described) + " of them " + (images - described == 1 ? "has" : "have")
                        + " no real text description.");
            }
        }
        if (gif) {
            s.add("It has GIF images, which may be animated; they have not been checked for flashing.");
        }
        if (claim.conformsTo().isPresent()) {
            s.add("It claims conformance to " + claim.conformsTo().get()
                    + claim.certifiedBy().map(c -> ", as evaluated by " + c).orElse("") + ".");
        } else {
            s.add("No conformance to an accessibility standard is claimed.");
        }
        claim.exemption().ifPresent(e -> s.add(switch (e) {
            case "eaa-microenterprise" -> "It is exempt from the European Accessibility Act's requirements as the work of a microenterprise.";
            case "eaa-disproportionate-burden" -> "It is exempt from the European Accessibility Act's requirements, which would be a disproportionate burden.";
            default -> "It is exempt from the European Accessibility Act's requirements, which would fundamentally alter it.";
        }));
        return String.join(" ", s);
    }
}
