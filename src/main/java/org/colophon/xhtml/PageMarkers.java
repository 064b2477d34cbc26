package org.colophon.xhtml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.colophon.output.PageStart;
import org.colophon.xml.XmlWriter;

/**
 * Puts the print edition's page breaks into the ebook: watching the XHTML as it is written, it counts the elements
 * of each chapter, part and note as the PDF side counted them (the anchor being 0), and writes a page-break marker
 * before the non-blank character of the element where the printed page begins (before an image that begins a page).
 * It remembers the markers it wrote, for the page list.
 */
public final class PageMarkers implements XmlWriter.Watcher {
    /** A marker that was written: its id and its label, in reading order of the documents rendered. */
    public record Marker(String id, String label) {
    }

    private final Map<String, List<PageStart>> byAnchor = new HashMap<>();
    private final List<Marker> written = new ArrayList<>();
    /** The printed page of each element with an id, as its first character (or its end) falls. */
    private final Map<String, String> pages = new HashMap<>();
    private final List<String> pending = new ArrayList<>();
    /** The label of the last marker written: the page the text being written is on. */
    private String current;
    /** One frame per open element: the anchor it is counted in, the starts that fall in it, its characters so far. */
    private final Deque<Frame> open = new ArrayDeque<>();

    private static final class Frame {
        final Anchor anchor;
        final List<PageStart> starts;
        int characters;
        /** A page reference's words, counted on neither side ({@link PageStart#uncounted}). */
        boolean uncounted;

        Frame(Anchor anchor, List<PageStart> starts) {
            this.anchor = anchor;
            this.starts = starts;
        }
    }

    private static final class Anchor {
        final List<PageStart> starts;
        int elements;

        Anchor(List<PageStart> starts) {
            this.starts = starts;
        }
    }

    public PageMarkers(List<PageStart> starts) {
        for (PageStart s : starts) {
            byAnchor.computeIfAbsent(s.anchorId(), k -> new ArrayList<>()).add(s);
        }
    }

    /** The printed page that element {@code id} begins on, once it is written; for the index and page references. */
    public java.util.Optional<String> pageOf(String id) {
        return java.util.Optional.ofNullable(pages.get(id));
    }

    private void settle() {
        if (current != null) {
            pending.forEach(id -> pages.putIfAbsent(id, current));
        }
        pending.clear();
    }

    /** The markers written so far, and forgets them: called after each document. */
    public List<Marker> take() {
        List<Marker> taken = List.copyOf(written);
        written.clear();
        return taken;
    }

    @Override
    public void start(XmlWriter w, String name, String[] attributes, boolean empty) {
        String id = null;
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i].equals("id")) {
                id = attributes[i + 1];
            }
        }
        if (id != null) {
            pending.add(id);   // its page is the one its first character is on
        }
        Anchor anchor;
        int number;
        if (id != null && byAnchor.containsKey(id)) {
            anchor = new Anchor(byAnchor.get(id));
            number = 0;
        } else {
            anchor = open.isEmpty() ? null : open.peek().anchor;
            number = anchor == null ? -1 : ++anchor.elements;
        }
        List<PageStart> here = new ArrayList<>();
        if (anchor != null) {
            for (PageStart s : anchor.starts) {
                if (s.element() == number) {
                    here.add(s);
                }
            }
        }
        if (empty) {   // an image that begins a page: the marker goes before it
            here.stream().filter(s -> s.offset() == 0).forEach(s -> marker(w, s));
        } else {
            Frame f = new Frame(anchor, here);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                f.uncounted |= attributes[i].equals("class") && PageStart.uncounted(attributes[i + 1]);
            }
            f.uncounted |= !open.isEmpty() && open.peek().uncounted;
            open.push(f);
        }
    }

    @Override
    public void end(XmlWriter w) {
        settle();   // an element with no text of its own (an index mark alone) is on the page it ends on
        if (!open.isEmpty()) {   // watching begins inside <body>: its end and the document's are not counted
            open.pop();
        }
    }

    @Override
    public void text(XmlWriter w, String text) {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!PageStart.counted(c) || !open.isEmpty() && open.peek().uncounted) {
                continue;
            }
            for (Frame f : open) {
                for (PageStart s : f.starts) {
                    if (s.offset() == f.characters) {
                        w.text(text.substring(from, i));
                        from = i;
                        marker(w, s);
                    }
                }
                f.characters++;
            }
            if (!pending.isEmpty()) {
                settle();
            }
        }
        w.text(text.substring(from));
    }

    private void marker(XmlWriter w, PageStart s) {
        String id = "page-" + s.label();
        w.empty("span", "epub:type", "pagebreak", "role", "doc-pagebreak", "id", id, "aria-label", s.label());
        written.add(new Marker(id, s.label()));
        current = s.label();
    }
}
