package org.colophon.manuscript;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.colophon.book.Accessibility;
import org.colophon.diagnostic.Diagnostics;

/** Reads book.yaml's {@code accessibility:} section: a conformance claim and its certifier, or an exemption. */
final class AccessibilitySection {
    static final Set<String> KEYS = Set.of("conforms-to", "certified-by", "certifier-credential", "exemption");
    /** The exemptions of the W3C note on the EPUB Accessibility exemption property (European Accessibility Act). */
    static final Set<String> EXEMPTIONS = Set.of("eaa-disproportionate-burden", "eaa-fundamental-alteration", "eaa-microenterprise");
    /** The form EPUB Accessibility 1.1 gives a claim: "EPUB Accessibility 1.1 - WCAG 2.1 Level AA". */
    private static final Pattern CLAIM = Pattern.compile("EPUB Accessibility 1\\.[01] - WCAG 2\\.[012] Level A{1,3}");

    private AccessibilitySection() {
    }

    static Accessibility read(BookYaml yaml, Diagnostics diagnostics) {
        Optional<BookYaml> section = yaml.section("accessibility", KEYS);
        if (section.isEmpty()) {
            return Accessibility.none();
        }
        BookYaml a = section.get();
        Optional<BookYaml.Value<String>> claim = a.string("conforms-to").filter(v -> !v.value().isEmpty());
        claim.filter(v -> !CLAIM.matcher(v.value()).matches()).ifPresent(v -> diagnostics.warning(v.position(),
                "'" + v.value() + "' is not a claim reading systems recognise; write it as "
                        + "'EPUB Accessibility 1.1 - WCAG 2.1 Level AA' (with the WCAG version and level that were checked)"));
        Optional<BookYaml.Value<String>> certifier = a.string("certified-by").filter(v -> !v.value().isEmpty());
        Optional<BookYaml.Value<String>> credential = a.string("certifier-credential").filter(v -> !v.value().isEmpty());
        if (claim.isPresent() && certifier.isEmpty()) {
            diagnostics.warning(claim.get().position(), "a conformance claim should say who checked the book: add "
                    + "'certified-by' (the person or organisation that evaluated it)");
        }
        credential.filter(v -> certifier.isEmpty()).ifPresent(v -> diagnostics.error(v.position(),
                "'certifier-credential' needs 'certified-by': whose credential is it?"));
        Optional<BookYaml.Value<String>> exemption = a.string("exemption").filter(v -> !v.value().isEmpty());
        exemption.filter(v -> !EXEMPTIONS.contains(v.value())).ifPresent(v -> diagnostics.error(v.position(),
                "'" + v.value() + "' is not an exemption of the W3C note; write one of " + String.join(", ",
                        EXEMPTIONS.stream().sorted().toList()) + BookYaml.suggestion(v.value(), EXEMPTIONS)));
        exemption.filter(v -> claim.isPresent()).ifPresent(v -> diagnostics.warning(v.position(),
                "the book both claims conformance and an exemption; an exempt book usually claims no conformance"));
        return new Accessibility(claim.map(BookYaml.Value::value), certifier.map(BookYaml.Value::value),
                credential.map(BookYaml.Value::value), exemption.map(BookYaml.Value::value));
    }
}
