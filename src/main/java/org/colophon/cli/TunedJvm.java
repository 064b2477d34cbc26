package org.colophon.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The command line of a JVM set up for a short build. Our tuning comes first, then every option the user gave the
 * JVM they started (on its command line or in JDK_JAVA_OPTIONS, JAVA_TOOL_OPTIONS, _JAVA_OPTIONS), so that theirs
 * win; where two options cannot live together (two collectors, two compilation modes, two class-data set-ups), the
 * user's choice is kept and ours left out. A pure function of its arguments.
 */
final class TunedJvm {
    /** System property that makes Main build in the JVM it runs in: set for the child, and by users who want it. */
    static final String INLINE = "colophon.inline";
    /** System property naming the file a tuned JVM deletes once Main runs: the proof that it started. */
    static final String STARTED = "colophon.launcher.started";

    private static final Pattern CHOOSES_COLLECTOR = Pattern.compile("-XX:\\+Use\\w*GC");
    private static final Pattern CHOOSES_COMPILATION = Pattern.compile(
            "-Xint|-Xcomp|-XX:TieredStopAtLevel=.*|-XX:[+-]TieredCompilation|-XX:CompilationMode=.*|-XX:[+-]UseJVMCICompiler");
    private static final Pattern SETS_UP_CLASS_DATA = Pattern.compile(
            "-Xshare:.*|-XX:(SharedArchiveFile|ArchiveClassesAtExit|SharedClassListFile|DumpLoadedClassList)=.*"
                    + "|-XX:[+-](AutoCreateSharedArchive|RecordDynamicDumpInfo)");
    private static final Pattern ATTACHES_AGENT = Pattern.compile("-javaagent:.*|-agentlib:.*|-agentpath:.*|-Xrun.*|-Xdebug");

    private TunedJvm() {
    }

    /**
     * The command: {@code java}, our options, the class-data options (empty when there is no archive to use or
     * write), the user's JVM options, then Colophon's main class from the jar with the command-line arguments.
     */
    static List<String> command(Path java, Path jar, List<String> userOptions, List<String> archiveOptions,
            Path startedMarker, List<String> args) {
        List<String> chosen = chosen(userOptions);
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        if (!anyMatches(CHOOSES_COMPILATION, chosen)) {
            command.add("-XX:TieredStopAtLevel=1");   // C1 only: a build is over before C2 pays off
        }
        if (!anyMatches(CHOOSES_COLLECTOR, chosen)) {
            command.add("-XX:+UseSerialGC");          // a smaller heap, and no GC threads taking the second core
        }
        command.add("-Xss4m");                        // deep Markdown nesting; a user's -Xss comes later and wins
        if (!anyMatches(SETS_UP_CLASS_DATA, chosen)) {
            command.addAll(archiveOptions);
        }
        command.addAll(forwardable(userOptions));
        command.add("-D" + INLINE + "=true");
        command.add("-D" + STARTED + "=" + startedMarker);
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        command.addAll(args);
        return command;
    }

    /** True when the user attached an agent or a debugger to this JVM: they mean this one, so it builds. */
    static boolean attachesAgent(List<String> userOptions) {
        return anyMatches(ATTACHES_AGENT, chosen(userOptions));
    }

    /**
     * The user's options as they can be given again. The JVM lists the lines of a {@code -XX:Flags=} file among
     * its arguments without their {@code -XX:} ({@code +UseG1GC}); they are read as options for the clashes and
     * left out, since the child reads the same file again. Our own two properties are never passed twice.
     */
    private static List<String> forwardable(List<String> userOptions) {
        List<String> options = new ArrayList<>();
        for (String option : userOptions) {
            boolean ours = option.startsWith("-D" + INLINE + "=") || option.startsWith("-D" + STARTED + "=");
            if (option.startsWith("-") && !ours) {
                options.add(option);
            }
        }
        return options;
    }

    /** Every option the user chose, the lines of a flags file written as the {@code -XX:} options they are. */
    private static List<String> chosen(List<String> userOptions) {
        List<String> chosen = new ArrayList<>();
        for (String option : userOptions) {
            chosen.add(option.startsWith("-") ? option : "-XX:" + option);
        }
        return chosen;
    }

    // loops rather than streams and lambdas here: each costs the launching JVM, which does nothing else, startup time
    private static boolean anyMatches(Pattern pattern, List<String> options) {
        for (String option : options) {
            if (pattern.matcher(option).matches()) {
                return true;
            }
        }
        return false;
    }
}
