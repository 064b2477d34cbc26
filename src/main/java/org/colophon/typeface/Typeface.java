package org.colophon.typeface;

import java.util.List;

/** The book's typeface: its family name, who designed it, its licence and its four faces. */
public record Typeface(String family, String designer, String license, List<FontFace> faces) {

    public FontFace face(boolean bold, boolean italic) {
        return faces.stream().filter(f -> f.bold() == bold && f.italic() == italic).findFirst()
                .orElseThrow(() -> new IllegalStateException(family + " has no " + (bold ? "bold " : "") + (italic ? "italic" : "regular") + " face"));
    }
}
