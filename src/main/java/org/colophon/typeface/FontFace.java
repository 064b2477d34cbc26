package org.colophon.typeface;

/**
 * One face of the book's typeface, as a TrueType file: regular, italic, bold or bold italic.
 * The bytes are read once and shared by both writers.
 */
public record FontFace(String fileName, int weight, boolean italic, byte[] data) {

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
