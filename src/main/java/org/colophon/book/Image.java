package org.colophon.book;

import java.nio.file.Path;

/**
 * An image file of the book: where it is on disk, the name it gets inside the outputs
 * ({@code images/photo.jpg}), its media type and its size in pixels.
 */
public record Image(Path file, String name, String mediaType, int width, int height) {
}
