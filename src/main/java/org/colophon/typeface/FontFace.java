package org.colophon.typeface;

/**
 * One face of the book's typeface, as a TrueType file: regular, italic, bold or bold italic.
 * The bytes are read once and shared by both writers; {@code location} names the same file for libraries that
 * insist on opening it themselves (a file path, or a class-path resource name).
 */
public record FontFace(String fileName, String location, int weight, boolean italic, byte[] data, CharacterMap characters) {

    public FontFace(String fileName, String location, int weight, boolean italic, byte[] data) {
        this(fileName, location, weight, italic, data, CharacterMap.of(data));
    }

    /** Whether this face has a glyph for the code point. */
    public boolean covers(int codePoint) {
        return characters.covers(codePoint);
    }

    public boolean bold() {
        return weight >= 600;
    }

    /** "Regular", "Italic", "Bold" or "Bold Italic", as a typographer names the face. */
    public String styleName() {
        if (bold()) {
            return italic ? "Bold Italic" : "Bold";
        }
        return italic ? "Italic" : "Regular";
    }
}
