package org.colophon.bench;

import java.io.File;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Prints the number of pages of a PDF, for the benchmark's table. */
public final class PageCount {
    private PageCount() {
    }

    public static void main(String[] args) throws IOException {
        try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
            System.out.println(doc.getNumberOfPages());
        }
    }
}
