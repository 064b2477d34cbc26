package org.colophon.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.manuscript.ManuscriptLoader;
import org.colophon.markdown.BookAssembler;
import org.colophon.typeface.Typefaces;
import org.junit.jupiter.api.Test;

/**
 * Every node type of the model has its method in {@link Visitor}, and {@link Traversal} reaches every one: a node
 * type that a walker would silently drop fails here. The fixture book that {@code EveryElementTest} renders to EPUB
 * and PDF holds every node type, so each is rendered and its fonts checked there.
 */
class VisitorTest {

    private static Set<Class<?>> nodeTypes() {
        return Stream.concat(Arrays.stream(Block.class.getPermittedSubclasses()), Arrays.stream(Inline.class.getPermittedSubclasses()))
                .collect(Collectors.toSet());
    }

    @Test
    void everyNodeTypeHasItsVisitMethod() {
        Set<Class<?>> visited = Arrays.stream(Visitor.class.getMethods()).filter(m -> m.getName().equals("visit"))
                .map(m -> m.getParameterTypes()[0]).collect(Collectors.toSet());
        assertEquals(names(nodeTypes()), names(visited));
    }

    @Test
    void theEveryElementBookHoldsEveryNodeTypeAndTraversalReachesThemAll() throws Exception {
        Diagnostics d = new Diagnostics();
        var manuscript = new ManuscriptLoader(d).load(Path.of("src/test/resources/books/every-element")).orElseThrow();
        Book book = new BookAssembler(d).assemble(manuscript, Typefaces.literata(), Instant.EPOCH);
        assertEquals(0, d.errorCount(), d.sorted().toString());
        Set<Class<?>> seen = new HashSet<>();
        recordingTraversal(seen).book(book);
        assertEquals(names(nodeTypes()), names(seen), "node types in the every-element book");
    }

    /** A Traversal that records the type of every node it passes, by overriding every visit method. */
    private static Traversal recordingTraversal(Set<Class<?>> seen) {
        return new Traversal() {
            // blocks
            @Override public void visit(Block.Heading n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Block.Paragraph n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Block.Figure n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Block.BlockQuote n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Block.ListBlock n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Block.CodeBlock n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Block.ThematicBreak n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Block.Html n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Block.Container n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Block.Alert n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Block.Table n) { seen.add(n.getClass()); super.visit(n); }
            // inlines
            @Override public void visit(Inline.Text n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Inline.Emphasis n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Inline.Strong n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Inline.Strikethrough n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Inline.TaskMarker n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Inline.Code n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Inline.Link n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Inline.NoteRef n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Inline.LineBreak n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Inline.Span n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Inline.InlineImage n) { seen.add(n.getClass()); super.visit(n); }
            // math (issue 19)
            @Override public void visit(Block.Math n) { seen.add(n.getClass()); super.visit(n); }
            @Override public void visit(Inline.Math n) { seen.add(n.getClass()); super.visit(n); }
        };
    }

    private static Set<String> names(Set<Class<?>> types) {
        return types.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    }
}
