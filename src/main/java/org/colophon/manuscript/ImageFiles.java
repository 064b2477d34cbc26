package org.colophon.manuscript;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Recognises an image file by its first bytes (not its name) and reads its size from the header without
 * decoding the pixels, so that a huge or broken image costs nothing before it is refused.
 */
public final class ImageFiles {
    /** More pixels than this is refused: a 20000 × 20000 image would need 1.6 GB to decode. */
    public static final long MAX_PIXELS = 60_000_000L;

    private ImageFiles() {
    }

    /** What a file is, as far as a book cares. */
    public record Info(String mediaType, int width, int height) {
    }

    /** The image's type and size, or a message saying why it cannot be used. */
    public static Result inspect(Path file) {
        if (SvgFiles.isSvg(file)) {
            return SvgFiles.inspect(file);
        }
        String type;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            type = mediaType(head).orElse(null);
        } catch (IOException e) {
            return Result.refused("cannot be read: " + e.getMessage());
        }
        if (type == null) {
            return Result.refused("is not a JPEG, PNG or GIF image, nor an SVG drawing (.svg)");
        }
        try {
            if (!complete(file, type)) {
                return Result.refused("is truncated: it ends before the end of its " + type + " data; export it again");
            }
        } catch (IOException e) {
            return Result.refused("cannot be read: " + e.getMessage());
        }
        // a stream, not a File: the manuscript may be on any file system (tests keep theirs in memory)
        try (InputStream raw = Files.newInputStream(file); ImageInputStream in = new MemoryCacheImageInputStream(raw)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Result.refused("is not a readable " + type + " image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0) {
                    return Result.refused("has no pixels");
                }
                if ((long) w * h > MAX_PIXELS) {
                    return Result.refused("is " + w + " × " + h + " pixels, more than Colophon decodes ("
                            + MAX_PIXELS / 1_000_000 + " megapixels); scale it down");
                }
                return new Result(Optional.of(new Info(type, w, h)), null);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Result.refused("is a damaged " + type + " image (" + e.getMessage() + ")");
        }
    }

    /**
     * Whether the file ends as its format says an image ends (JPEG's EOI marker, PNG's IEND chunk, GIF's trailer):
     * a header alone, which gives the size, does not make a whole image. A few trailing bytes are tolerated.
     */
    static boolean complete(Path file, String type) throws IOException {
        long size = Files.size(file);
        int n = (int) Math.min(size, 4096);
        byte[] tail = new byte[n];
        try (var channel = java.nio.channels.FileChannel.open(file)) {
            channel.position(size - n);
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(tail);
            while (buf.hasRemaining() && channel.read(buf) >= 0) {
                // read the tail
            }
        }
        return switch (type) {
            case "image/jpeg" -> lastIndexOf(tail, new byte[] {(byte) 0xFF, (byte) 0xD9}) >= 0;
            case "image/png" -> lastIndexOf(tail, new byte[] {'I', 'E', 'N', 'D'}) >= 0;
            default -> lastIndexOf(tail, new byte[] {0x3B}) >= 0;
        };
    }

    private static int lastIndexOf(byte[] data, byte[] pattern) {
        for (int i = data.length - pattern.length; i >= 0; i--) {
            boolean match = true;
            for (int k = 0; k < pattern.length && match; k++) {
                match = data[i + k] == pattern[k];
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }

    static Optional<String> mediaType(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return Optional.of("image/png");
        }
        if (head.length >= 4 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
            return Optional.of("image/gif");
        }
        return Optional.empty();
    }

    /** Either an {@link Info} or the reason the file was refused (a phrase that follows the file's name). */
    public record Result(Optional<Info> info, String refusal) {
        static Result refused(String why) {
            return new Result(Optional.empty(), why);
        }
    }
}
