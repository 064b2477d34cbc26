package org.colophon.book;

import java.util.List;
import java.util.Set;

/**
 * Where each chapter stands among the book's matter, decided by the roles of its leading chapters, as books are set
 * (Chicago Manual of Style, 1.4): a dedication and an epigraph before the contents; a foreword, preface or
 * acknowledgements after it, still front matter (roman folios in print); the body from the first other chapter
 * (an introduction or prologue opens the body), with any back matter after it continuing the body's folios. Only
 * the chapters before the first body chapter are front matter: a preface in the middle of the book stays where it is.
 */
public record ReadingOrder(List<Chapter> beforeContents, List<Chapter> afterContents, List<Chapter> body) {
    /** Roles that stand before the contents when they open the book. */
    public static final Set<String> BEFORE_CONTENTS = Set.of("dedication", "epigraph");
    /** Roles that are front matter when they open the book. */
    public static final Set<String> FRONT = Set.of("dedication", "epigraph", "foreword", "preface", "acknowledgements");

    public static ReadingOrder of(Book book) {
        List<Chapter> all = book.chapters();
        int front = 0;
        while (front < all.size() && FRONT.contains(all.get(front).role())) {
            front++;
        }
        int before = 0;
        while (before < front && BEFORE_CONTENTS.contains(all.get(before).role())) {
            before++;
        }
        return new ReadingOrder(all.subList(0, before), all.subList(before, front), all.subList(front, all.size()));
    }

    /** The first chapter of the body, where the "bodymatter" landmark points; none when every chapter is front matter. */
    public java.util.Optional<Chapter> bodyStart() {
        return body.stream().findFirst();
    }
}
