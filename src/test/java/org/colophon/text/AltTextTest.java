package org.colophon.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AltTextTest {
    @Test
    void fileNamesAndPlaceholdersDescribeNothing() {
        for (String alt : new String[] {"devatero_pohadek_001", "image", "IMG_2041.jpg", "photo", "picture", "Image 3",
                "DSC0042", "scan-2019-04", "", "  ", "cover.png", "Photo:", "1", "harbour"}) {
            assertTrue(AltText.describesNothing(alt, "images/harbour.jpg"), alt);
        }
    }

    @Test
    void realDescriptionsPass() {
        for (String alt : new String[] {"A photograph of the harbour at dawn.", "Hải Phòng", "Lê Duẩn in 1975",
                "Stand-in image: the original photograph is not available", "Chart of rice exports, 1954–1975", "Hanoi"}) {
            assertFalse(AltText.describesNothing(alt, "images/harbour.jpg"), alt);
        }
    }
}
