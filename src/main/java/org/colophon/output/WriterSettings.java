package org.colophon.output;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What book.yaml sets for the writers, each setting a record of its own type (the {@code print:} section is a
 * {@code org.colophon.print.PrintLayout}): a writer takes the types it knows and passes over the rest, as
 * commonmark-java's renderers take from one list of extensions the ones they know. The book itself, which every
 * writer sees, holds no setting of a format.
 */
public final class WriterSettings {
    private final Map<Class<?>, Object> byType;

    private WriterSettings(Map<Class<?>, Object> byType) {
        this.byType = byType;
    }

    /** The settings given, one of each type (none: every writer uses its defaults); a second of a type is a bug. */
    public static WriterSettings of(Object... settings) {
        Map<Class<?>, Object> byType = new LinkedHashMap<>();
        for (Object s : settings) {
            if (byType.putIfAbsent(s.getClass(), s) != null) {
                throw new IllegalArgumentException("two settings of type " + s.getClass().getName());
            }
        }
        return new WriterSettings(Map.copyOf(byType));
    }

    /** The setting of {@code type}, if book.yaml gave the writers one. */
    public <T> Optional<T> get(Class<T> type) {
        return Optional.ofNullable(byType.get(type)).map(type::cast);
    }
}
