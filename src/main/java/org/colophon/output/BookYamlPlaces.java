package org.colophon.output;

import java.util.Map;
import org.colophon.diagnostic.SourcePosition;

/**
 * Where book.yaml's values stand, for a writer's warnings about them ("the cover image 'images/cover.png' prints at
 * 150 dpi"): the file as diagnostics name it, the position of each key's value, and each file value as the author
 * wrote it, from the manuscript folder.
 */
public record BookYamlPlaces(String file, Map<String, SourcePosition> values, Map<String, String> files) {
    public BookYamlPlaces {
        values = Map.copyOf(values);
        files = Map.copyOf(files);
    }

    /** Where {@code key}'s value stands, else the file itself. */
    public SourcePosition at(String key) {
        return values.getOrDefault(key, SourcePosition.file(file));
    }

    /** The file {@code key} names, as written, else {@code otherwise}. */
    public String written(String key, String otherwise) {
        return files.getOrDefault(key, otherwise);
    }
}
