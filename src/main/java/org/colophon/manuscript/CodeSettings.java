package org.colophon.manuscript;

import java.util.Optional;
import java.util.Set;

/**
 * book.yaml's {@code code:} section: whether every code block's lines are numbered ({@code line-numbers}; a block
 * may say otherwise: {@code .numberLines}, {@code linenums="0"}) and whether code is highlighted ({@code highlight}).
 */
public record CodeSettings(boolean lineNumbers, boolean highlight) {
    public static final CodeSettings DEFAULTS = new CodeSettings(false, true);
    static final Set<String> KEYS = Set.of("line-numbers", "highlight");

    static CodeSettings read(BookYaml yaml) {
        Optional<BookYaml> section = yaml.section("code", KEYS);
        if (section.isEmpty()) {
            return DEFAULTS;
        }
        return new CodeSettings(section.get().flag("line-numbers").orElse(false), section.get().flag("highlight").orElse(true));
    }
}
