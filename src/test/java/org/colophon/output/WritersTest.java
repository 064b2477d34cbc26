package org.colophon.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The plan of a build's writing, with the installed writers: each writer after those it takes from, and the
 * writers that need nothing of each other side by side.
 */
class WritersTest {
    private static final Format COVER = new Format("cover");

    @Test
    void everyFormatIsWrittenAfterThoseItNeedsOrUses() {
        Writers.Plan plan = Writers.plan(Set.of(Format.ALL));
        assertEquals(List.of(Format.PDF, Format.EPUB, COVER), plan.writers().stream().map(BookWriter::format).toList());
        assertEquals(List.of(Set.of(), Set.of(Format.PDF), Set.of(Format.PDF)),
                plan.steps().stream().map(Writers.Plan.Step::after).toList());
    }

    @Test
    void aFormatUsedIsNotAddedAndOneNeededIs() {
        Writers.Plan epub = Writers.plan(Set.of(Format.EPUB));
        assertEquals(List.of(Format.EPUB), epub.writers().stream().map(BookWriter::format).toList());
        assertEquals(Set.of(), epub.steps().get(0).after(), "an EPUB alone has no print edition's pages");
        Writers.Plan cover = Writers.plan(Set.of(COVER));
        assertEquals(List.of(Format.PDF, COVER), cover.writers().stream().map(BookWriter::format).toList());
    }

    /** The EPUB and the cover both wait for the PDF, get what it wrote, then run at once (each waits for the other). */
    @Test
    void eachStepGetsWhatTheStepsBeforeItWroteAndTheRestRunSideBySide() throws Exception {
        Writers.Plan plan = Writers.plan(Set.of(Format.ALL));
        Written interior = Written.of(List.of(), Map.of("pdf-layout", 1L)).withPages(new Written.Pages(17, List.of()));
        CountDownLatch bothAfterThePdf = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(plan.steps().size());
        try {
            Map<Format, Future<Written>> started = plan.start(threads, (writer, before) -> {
                if (writer.format().equals(Format.PDF)) {
                    assertEquals(Map.of(), before);
                    return interior;
                }
                assertSame(interior, before.get(Format.PDF), writer.format() + " gets what the PDF wrote");
                bothAfterThePdf.countDown();
                assertTrue(bothAfterThePdf.await(20, TimeUnit.SECONDS), "the EPUB and the cover run side by side");
                return Written.of(List.of(), Map.of());
            });
            assertEquals(List.of(Format.PDF, Format.EPUB, COVER), List.copyOf(started.keySet()));
            for (Future<Written> f : started.values()) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aStepThatFailsFailsThoseAfterItWithTheSameCause() throws Exception {
        Writers.Plan plan = Writers.plan(Set.of(COVER));
        IOException broken = new IOException("the interior could not be written");
        ExecutorService threads = Executors.newFixedThreadPool(plan.steps().size());
        try {
            Map<Format, Future<Written>> started = plan.start(threads, (writer, before) -> {
                if (writer.format().equals(Format.PDF)) {
                    throw broken;
                }
                throw new AssertionError("the cover is not written without its interior");
            });
            ExecutionException cover = assertThrows(ExecutionException.class, () -> started.get(COVER).get(30, TimeUnit.SECONDS));
            assertSame(broken, cover.getCause());
        } finally {
            threads.shutdownNow();
        }
    }
}
