package org.ccmcoach.examples.docs;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every Java snippet of the user's documentation, {@code README.md} and every
 * {@code docs/**}{@code /*.md}, so that no example can go stale: one container per Markdown file,
 * one test per block, failing with the file and line, the snippet, and what was expected against
 * what happened.
 *
 * <p>The conventions ({@code docs/writing-docs.md} explains them to writers):
 * <ul>
 *   <li>Every {@code ```java} block runs, in document order, in one JShell per Markdown file, so a
 *       later block sees an earlier block's variables. {@code bin/ccm-startup.jsh} runs first (ccm's
 *       packages imported, {@code Path examples} defined). The JShell runs in a JVM of its own, with
 *       this test's class path (every ccm module, ccm-fhir and ccm-charts with JFreeSVG included),
 *       headless, in a fresh temporary directory holding a copy of {@code examples/}: relative paths
 *       such as {@code Path.of("examples/data/acic-baseline.csv")} read the example data, and files
 *       a snippet writes land there, not in the repository. {@code import} lines are fine.</li>
 *   <li>A statement whose last line ends in {@code // ==> TEXT} must have the value TEXT as JShell
 *       displays it (strings quoted).</li>
 *   <li>A statement whose last line ends in {@code // throws Name: message} (or
 *       {@code // throws Name}) must throw an exception of that simple class name with exactly that
 *       message (or any message); a comment that starts {@code // throws} in another form fails,
 *       rather than pass unchecked.</li>
 *   <li>A {@code ```output} block right after a Java block (blank lines between allowed) is what the
 *       Java block must print on standard output, trailing whitespace and trailing blank lines
 *       ignored.</li>
 *   <li>An HTML comment whose first line is {@code <!-- java} and that ends with {@code -->} is
 *       Java run at its place, not shown to the reader: fixtures a guide need not show.</li>
 *   <li>A {@code ```text} block whose first non-blank line starts with {@code jshell> } (or is the
 *       {@code $ bin/ccm-shell} that starts it) is a JShell transcript: each {@code jshell> } line
 *       (with its {@code ...> } continuations) runs; a following {@code $N ==> value} (or
 *       {@code name ==> value}) line asserts the value (N ignored), a {@code |  Exception CLASS:
 *       message} line the exception's full class name and message, and other lines before those
 *       what the command prints. JShell commands ({@code /vars}) are not run.</li>
 *   <li>A {@code ```java no-run} block is not run; each is reported as a skipped test, so they stay
 *       few and visible.</li>
 * </ul>
 * A block stops at its first statement that does not compile or throws unexpectedly; the next
 * block still runs (and may fail for want of what the broken one defined). A block that runs for
 * more than two minutes has its JVM ended and fails, and so do the file's later blocks.
 *
 * <p>Measured on the 2-core build machine: about 2 s to start a file's JVM and run the startup
 * script, then well under a second for most blocks; the README and {@code docs/writing-docs.md}
 * together take about 22 s.
 */
class DocSnippetsTest {

    private static final Path ROOT = Path.of(System.getProperty("ccm.repository.root", "..")).toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicNode> every_snippet_of_the_readme_and_the_guides_runs_as_shown() throws IOException {
        List<DynamicNode> files = new ArrayList<>();
        // -Dccm.docs.files=README.md,docs/fhir.md runs those only (the JDK 25 run does, for time)
        List<String> only = java.util.Arrays.stream(System.getProperty("ccm.docs.files", "").split(","))
                .map(String::strip).filter(f -> !f.isEmpty()).toList();
        for (Path markdown : markdownFiles(ROOT)) {
            if (only.isEmpty() || only.contains(ROOT.relativize(markdown).toString())) {
                files.add(container(ROOT, markdown));
            }
        }
        return files.stream();
    }

    /** {@return {@code README.md} and every Markdown file under {@code docs/}, in a stable order} */
    static List<Path> markdownFiles(Path root) throws IOException {
        List<Path> files = new ArrayList<>(List.of(root.resolve("README.md")));
        Path docs = root.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> paths = Files.walk(docs)) {
                paths.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** One test per block of a Markdown file, run in order in one JShell started at the first. */
    static DynamicContainer container(Path root, Path markdown) throws IOException {
        String name = root.relativize(markdown).toString();
        List<DocBlock> blocks = MarkdownSnippets.read(Files.readString(markdown));
        Session session = new Session(root, name);
        List<DynamicNode> tests = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            DocBlock block = blocks.get(i);
            boolean last = i == blocks.size() - 1;
            URI source = URI.create(markdown.toUri() + "?line=" + block.line());
            tests.add(dynamicTest(name + ":" + block.line() + " " + label(block), source, () -> {
                try {
                    session.check(block, blocks);
                } finally {
                    if (last) {
                        session.close();
                    }
                }
            }));
        }
        return dynamicContainer(name, markdown.toUri(), tests.stream());
    }

    private static String label(DocBlock block) {
        return switch (block.kind()) {
            case JAVA -> block.output().isPresent() ? "java, with output" : "java";
            case HIDDEN_JAVA -> "hidden java";
            case TRANSCRIPT -> "jshell transcript";
            case NO_RUN -> "java no-run";
        };
    }

    /** The JShell of one Markdown file, started by the first block that runs. */
    private static final class Session {
        private final Path root;
        private final String name;
        private Optional<SnippetRunner> runner = Optional.empty();

        Session(Path root, String name) {
            this.root = root;
            this.name = name;
        }

        void check(DocBlock block, List<DocBlock> all) throws IOException {
            if (block.kind() == DocBlock.Kind.NO_RUN) {
                List<Integer> notRun = all.stream().filter(b -> b.kind() == DocBlock.Kind.NO_RUN).map(DocBlock::line).toList();
                Assumptions.abort(name + ":" + block.line() + ": marked java no-run, so not run (" + notRun.size() + " of "
                        + all.size() + " blocks in " + name + " are not run, at lines " + notRun + ")");
            }
            if (runner.isEmpty()) {
                runner = Optional.of(new SnippetRunner(root, name));
            }
            List<String> failures = runner.orElseThrow().run(block);
            if (!failures.isEmpty()) {
                throw new AssertionError(String.join("\n\n", failures));
            }
        }

        void close() {
            runner.ifPresent(SnippetRunner::close);
            runner = Optional.empty();
        }
    }
}
