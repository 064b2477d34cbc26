package org.colophon.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes the benchmark's large book from the essay: the essay repeated as N chapters, each with its own 14 notes and
 * 3 figures (60 chapters: about 108,000 words, 840 notes, 400 pages at 6 × 9 in).
 * {@code java -cp target/test-classes:target/classes org.colophon.bench.LargeBook manuscript OUT_DIR CHAPTERS}
 */
public final class LargeBook {
    private LargeBook() {
    }

    public static void main(String[] args) throws IOException {
        Path essay = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int chapters = Integer.parseInt(args[2]);
        write(essay, out, chapters);
    }

    public static void write(Path essay, Path out, int chapters) throws IOException {
        Files.createDirectories(out.resolve("images"));
        try (Stream<Path> images = Files.list(essay.resolve("images"))) {
            for (Path image : images.toList()) {
                Files.copy(image, out.resolve("images").resolve(image.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(essay.resolve("../covers/front.jpg"), out.resolve("cover.jpg"), StandardCopyOption.REPLACE_EXISTING);
        List<String> parts = List.of("01-opening.md", "02-sino-soviet-rupture.md", "03-neutral.md", "04-rapprochement.md", "05-treaty.md");
        StringBuilder body = new StringBuilder();
        for (String part : parts) {
            // the essay's sections become second-level headings of each chapter
            body.append(Files.readString(essay.resolve(part), StandardCharsets.UTF_8).replaceAll("(?m)^# ", "## ")).append("\n\n");
        }
        StringBuilder yaml = new StringBuilder("""
                title: An Alliance Between Vietnam and the Soviet Union, %d Times Over
                authors:
                  - Phi-Vân Nguyen
                language: en
                date: 2019-12
                publisher: Colophon benchmark
                rights: © 2019 Phi-Vân Nguyen. All rights reserved.
                identifier: urn:uuid:7b0e5d1a-3c2f-4e8b-9a6d-1f2e3d4c5b6a
                cover: cover.jpg
                chapters:
                """.formatted(chapters));
        for (int n = 1; n <= chapters; n++) {
            String name = String.format("chapter-%03d.md", n);
            yaml.append("  - ").append(name).append('\n');
            Files.writeString(out.resolve(name), "# Chapter " + n + "\n\n" + body, StandardCharsets.UTF_8);
        }
        Files.writeString(out.resolve("book.yaml"), yaml, StandardCharsets.UTF_8);
    }
}
