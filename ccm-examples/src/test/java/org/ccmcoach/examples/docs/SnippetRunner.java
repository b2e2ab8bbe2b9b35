package org.ccmcoach.examples.docs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs the blocks of one Markdown file, in order, in one JShell, and says how each differs from
 * what the file shows: {@link #run(DocBlock)} returns the failures as {@code file:line: what},
 * each with the snippet, what was expected and what happened.
 *
 * <p>The JShell runs in a JVM of its own ({@link WorkingDirectoryExecution}) on the test's class
 * path, started in a fresh temporary directory that holds a copy of the repository's
 * {@code examples/} folder; {@code bin/ccm-startup.jsh} runs first. {@link #close()} ends the JVM
 * and deletes the directory.
 */
final class SnippetRunner implements AutoCloseable {

    private static final Pattern THROWS = Pattern.compile("throws\\s+([A-Za-z_$][\\w$]*)(?::\\s?(.*))?");
    private static final Pattern VALUE_LINE = Pattern.compile("(\\$\\d+|[A-Za-z_$][\\w$]*) ==> ?(.*)");
    private static final String PROMPT = "jshell> ";
    private static final int SHOWN_LINES = 6;
    /** Far above any snippet's need (the slowest block of the guides takes seconds): a hang, not a slow block. */
    private static final Duration BLOCK_TIMEOUT = Duration.ofMinutes(2);

    private final String file;
    private final Path directory;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Path log;
    private final WorkingDirectoryExecution execution;
    private final JShell shell;
    private final SourceCodeAnalysis analysis;

    /**
     * Starts a JShell for one Markdown file.
     *
     * @param root the repository's root: its {@code examples/} is copied, its
     *             {@code bin/ccm-startup.jsh} run
     * @param file the Markdown file's name as failures show it ({@code docs/assessments.md})
     */
    SnippetRunner(Path root, String file) throws IOException {
        this.file = file;
        this.directory = Files.createTempDirectory("ccm-docs-");
        this.log = Files.createTempFile("ccm-docs-vm-", ".log");
        copy(root.resolve("examples"), directory.resolve("examples"));
        String classPath = System.getProperty("java.class.path");
        // C1 only: snippets are short, and the JVM starts and warms up faster (a file's run 37 -> 22 s).
        List<String> vmOptions = List.of("-cp", classPath, "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-Djava.util.logging.config.file=" + root.resolve("bin/logging.properties"),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        this.execution = new WorkingDirectoryExecution(directory, log, vmOptions);
        this.shell = JShell.builder()
                .in(new ByteArrayInputStream(new byte[0]))
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                .executionEngine(execution, Map.of())
                .build();
        this.analysis = shell.sourceCodeAnalysis();
        shell.addToClasspath(classPath);
        DocBlock startup = new DocBlock(DocBlock.Kind.HIDDEN_JAVA, 0,
                Files.readAllLines(root.resolve("bin/ccm-startup.jsh")), Optional.empty());
        List<String> failures = run(startup);
        if (!failures.isEmpty()) {
            close();
            throw new IllegalStateException("bin/ccm-startup.jsh fails in the doc runner (the line numbers are the "
                    + "startup script's):\n" + String.join("\n", failures));
        }
    }

    /** {@return the working directory the snippets run in} */
    Path directory() {
        return directory;
    }

    /**
     * {@return how a block differs from what it shows; empty when it runs as shown} A block that
     * runs longer than {@link #BLOCK_TIMEOUT} has its JVM ended, and later blocks of the file fail.
     */
    List<String> run(DocBlock block) {
        List<String> failures = new ArrayList<>();
        Timer watchdog = new Timer("doc runner watchdog", true);
        AtomicBoolean timedOut = new AtomicBoolean();
        watchdog.schedule(new TimerTask() {
            @Override
            public void run() {
                timedOut.set(true);
                execution.kill();
            }
        }, BLOCK_TIMEOUT.toMillis());
        try {
            switch (block.kind()) {
                case JAVA, HIDDEN_JAVA -> runJava(block, failures);
                case TRANSCRIPT -> runTranscript(block, failures);
                case NO_RUN -> {
                    // Counted and reported by the caller, never run.
                }
            }
        } catch (IllegalStateException e) {
            // JShell's own refusal once its JVM is gone.
            if (!timedOut.get()) {
                failures.add(file + ":" + block.line() + ": the snippets' JVM is gone: " + e.getMessage());
            }
        } finally {
            watchdog.cancel();
        }
        if (timedOut.get()) {
            failures.add(file + ":" + block.line() + ": the block ran longer than " + BLOCK_TIMEOUT.toSeconds()
                    + " s, so its JVM was ended (later blocks of " + file + " cannot run)");
        }
        return failures;
    }

    // ---- Java blocks

    private void runJava(DocBlock block, List<String> failures) {
        String text = block.text();
        JavaText layout = new JavaText(text);
        String printed = "";
        boolean broken = false;
        int pos = 0;
        while (pos < text.length() && !broken) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(text.substring(pos));
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            int end = text.length() - info.remaining().length();
            int first = layout.firstCode(pos, end);
            int last = layout.lastCode(pos, end);
            if (end <= pos || first < 0) {
                break;
            }
            Statement statement = new Statement(block, block.lineOf(layout.line(first)), text.substring(first, last + 1));
            pos = end;
            if (!info.completeness().isComplete()) {
                failures.add(statement.failure("this snippet is incomplete (a missing bracket or semicolon?)"));
                break;
            }
            Expectation expected = expectation(layout, last);
            if (expected.kind() == Expectation.Kind.MALFORMED) {
                failures.add(statement.failure("its comment is neither \"// throws Name\" nor \"// throws Name: message\": "
                        + expected.text()));
                break;
            }
            out.reset();
            broken = evaluate(statement, info.source(), expected, failures);
            printed += out.toString(StandardCharsets.UTF_8);
        }
        if (!broken && block.output().isPresent()) {
            compareOutput(block, block.output().orElseThrow(), printed, failures);
        }
    }

    /** The {@code // ==>} or {@code // throws} comment that ends the line a statement ends on, if any. */
    private static Expectation expectation(JavaText layout, int last) {
        int next = layout.firstCode(last + 1, layout.length());
        if (next >= 0 && layout.line(next) == layout.line(last)) {
            return Expectation.NONE;   // another statement follows on the same line: the comment is its
        }
        Optional<String> comment = layout.lineComment(layout.line(last));
        if (comment.isEmpty()) {
            return Expectation.NONE;
        }
        String body = comment.orElseThrow().substring(2).strip();
        if (body.startsWith("==>")) {
            String value = comment.orElseThrow().substring(comment.orElseThrow().indexOf("==>") + 3);
            return Expectation.value(value.startsWith(" ") ? value.substring(1).stripTrailing() : value.stripTrailing());
        }
        Matcher thrown = THROWS.matcher(body);
        if (thrown.matches()) {
            return Expectation.exception(thrown.group(1), Optional.ofNullable(thrown.group(2)).map(String::strip));
        }
        if (body.startsWith("throws ")) {
            return Expectation.malformed(comment.orElseThrow());   // would otherwise be taken for prose, unchecked
        }
        return Expectation.NONE;
    }

    private void compareOutput(DocBlock block, DocBlock.ExpectedOutput expected, String printed, List<String> failures) {
        List<String> want = lines(expected.text());
        List<String> got = lines(printed);
        if (want.equals(got)) {
            return;
        }
        int differing = 0;
        while (differing < want.size() && differing < got.size() && want.get(differing).equals(got.get(differing))) {
            differing++;
        }
        failures.add(file + ":" + (expected.line() + 1 + differing) + " (output of the block at line " + block.line()
                + "): the printed text differs from the output block at line " + (differing + 1) + "\n"
                + "  expected: " + (differing < want.size() ? want.get(differing) : "(no more lines)") + "\n"
                + "  actual:   " + (differing < got.size() ? got.get(differing) : "(no more lines)") + "\n"
                + "  whole output printed:\n" + indent(String.join("\n", got), "    "));
    }

    /** Lines without trailing whitespace, and without the blank lines at the end. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(Arrays.stream(text.split("\r?\n", -1)).map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    // ---- Transcripts

    private void runTranscript(DocBlock block, List<String> failures) {
        List<String> lines = block.lines();
        int k = 0;
        while (k < lines.size()) {
            if (!lines.get(k).startsWith(PROMPT)) {
                k++;   // the shell command that starts JShell, or prose
                continue;
            }
            int commandLine = k;
            StringBuilder command = new StringBuilder(lines.get(k).substring(PROMPT.length()));
            k++;
            while (k < lines.size() && lines.get(k).stripLeading().startsWith("...> ")) {
                command.append('\n').append(lines.get(k).stripLeading().substring(5));
                k++;
            }
            List<String> printed = new ArrayList<>();
            Optional<String> value = Optional.empty();
            Optional<String> exception = Optional.empty();
            while (k < lines.size() && !lines.get(k).startsWith(PROMPT)) {
                String line = lines.get(k);
                Matcher valueLine = VALUE_LINE.matcher(line);
                k++;
                if (value.isEmpty() && exception.isEmpty() && valueLine.matches()) {
                    StringBuilder shown = new StringBuilder(valueLine.group(2));
                    k = continuation(lines, k, shown);
                    value = Optional.of(shown.toString());
                } else if (value.isEmpty() && exception.isEmpty() && line.startsWith("|  Exception ")) {
                    StringBuilder shown = new StringBuilder(line.substring("|  Exception ".length()));
                    k = continuation(lines, k, shown);
                    exception = Optional.of(shown.toString());
                } else if (value.isEmpty() && exception.isEmpty() && !line.startsWith("|")) {
                    printed.add(line);   // what the command prints, before its value
                }
            }
            Statement statement = new Statement(block, block.lineOf(commandLine), command.toString());
            if (command.toString().strip().startsWith("/")) {
                continue;   // a JShell command such as /vars: not Java, not run
            }
            Expectation expected = exception.isPresent() ? Expectation.fullException(exception.orElseThrow())
                    : value.map(Expectation::value).orElse(Expectation.NONE);
            if (runCommand(statement, expected, printed, failures)) {
                return;
            }
        }
    }

    /** Appends the lines that continue a value or a message (non-blank, not a prompt, not a {@code |} line). */
    private static int continuation(List<String> lines, int k, StringBuilder shown) {
        while (k < lines.size() && !lines.get(k).isBlank() && !lines.get(k).startsWith(PROMPT)
                && !lines.get(k).startsWith("|")) {
            shown.append('\n').append(lines.get(k));
            k++;
        }
        return k;
    }

    /** Runs one {@code jshell>} command; {@return whether it broke, so the transcript stops} */
    private boolean runCommand(Statement statement, Expectation expected, List<String> printed, List<String> failures) {
        String remaining = statement.source();
        out.reset();
        List<String> sources = new ArrayList<>();
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            if (!info.completeness().isComplete()) {
                failures.add(statement.failure("this command is incomplete"));
                return true;
            }
            sources.add(info.source());
            remaining = info.remaining();
        }
        for (int i = 0; i < sources.size(); i++) {
            boolean lastOne = i == sources.size() - 1;
            if (evaluate(statement, sources.get(i), lastOne ? expected : Expectation.NONE, failures)) {
                return true;
            }
        }
        List<String> want = lines(String.join("\n", printed));
        List<String> got = lines(out.toString(StandardCharsets.UTF_8));
        if (!want.isEmpty() && !want.equals(got)) {
            failures.add(statement.failure("the printed text differs",
                    "\n" + indent(String.join("\n", want), "    "), "\n" + indent(String.join("\n", got), "    ")));
        }
        return false;
    }

    // ---- Evaluation

    /** Evaluates one snippet against what it should give; {@return whether it broke (later snippets would fail after it)} */
    private boolean evaluate(Statement statement, String source, Expectation expected, List<String> failures) {
        err.reset();
        List<SnippetEvent> events = shell.eval(source).stream().filter(e -> e.causeSnippet() == null).toList();
        Optional<Exception> thrown = Optional.empty();
        for (SnippetEvent event : events) {
            Snippet snippet = event.snippet();
            if (event.status() == Snippet.Status.REJECTED) {
                // JShell's wrapper class has no name: javac's "location: class " line says nothing.
                String diagnostics = shell.diagnostics(snippet)
                        .map(d -> indent(d.getMessage(Locale.ENGLISH).replaceAll("(?m)^\\s*location: class\\s*$\\R?", ""), "    "))
                        .collect(Collectors.joining("\n"));
                failures.add(statement.failure("does not compile:\n" + diagnostics));
                return true;
            }
            if (event.status() == Snippet.Status.RECOVERABLE_DEFINED || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                String missing = snippet instanceof DeclarationSnippet d
                        ? shell.unresolvedDependencies(d).collect(Collectors.joining(", ")) : "?";
                failures.add(statement.failure("refers to what no earlier snippet defines: " + missing));
                return true;
            }
            if (event.exception() != null) {
                thrown = Optional.of(event.exception());
            }
        }
        String value = events.isEmpty() || events.get(events.size() - 1).value() == null
                ? "" : events.get(events.size() - 1).value();
        if (thrown.isPresent()) {
            Exception e = thrown.orElseThrow();
            String type = e instanceof EvalException ee ? ee.getExceptionClassName() : e.getClass().getName();
            Optional<String> message = e instanceof UnresolvedReferenceException u
                    ? Optional.of("unresolved reference in " + u.getSnippet().source()) : Optional.ofNullable(e.getMessage());
            String actual = type + message.map(m -> ": " + m).orElse("");
            if (expected.kind() == Expectation.Kind.FULL_EXCEPTION) {
                if (!expected.text().equals(actual)) {
                    failures.add(statement.failure("the exception differs", expected.text(), actual));
                }
                return false;
            }
            if (expected.kind() == Expectation.Kind.EXCEPTION) {
                String simple = type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
                String want = expected.text() + expected.message().map(m -> ": " + m).orElse("");
                String got = simple + expected.message().map(m -> ": " + message.orElse("(no message)")).orElse("");
                if (!want.equals(got)) {
                    failures.add(statement.failure("the exception differs", "throws " + want, "throws " + got));
                }
                return false;
            }
            failures.add(statement.failure("threw " + actual + stack(e)));
            return true;
        }
        switch (expected.kind()) {
            case VALUE -> {
                if (!expected.text().equals(value)) {
                    failures.add(statement.failure("the value differs", expected.text(), value.isEmpty() ? "(no value)" : value));
                }
            }
            case EXCEPTION -> failures.add(statement.failure("nothing was thrown",
                    "throws " + expected.text() + expected.message().map(m -> ": " + m).orElse(""),
                    value.isEmpty() ? "(no value, no exception)" : value));
            case FULL_EXCEPTION -> failures.add(statement.failure("nothing was thrown", "Exception " + expected.text(),
                    value.isEmpty() ? "(no value, no exception)" : value));
            case NONE, MALFORMED -> {
                // Nothing asserted beyond running (a malformed comment stops the block before this).
            }
        }
        return false;
    }

    private String stack(Exception e) {
        String frames = Arrays.stream(e.getStackTrace()).limit(8).map(f -> "    at " + f).collect(Collectors.joining("\n"));
        String errors = err.toString(StandardCharsets.UTF_8).strip();
        return (frames.isEmpty() ? "" : "\n" + frames) + (errors.isEmpty() ? "" : "\n  standard error:\n" + indent(errors, "    "));
    }

    private static String indent(String text, String prefix) {
        return text.lines().map(l -> prefix + l).collect(Collectors.joining("\n"));
    }

    /** A statement of a block, where it is in the Markdown file, and how its failures read. */
    private final class Statement {
        private final DocBlock block;
        private final int line;
        private final String source;

        Statement(DocBlock block, int line, String source) {
            this.block = block;
            this.line = line;
            this.source = source;
        }

        String source() {
            return source;
        }

        String failure(String what) {
            return file + ":" + line + where() + ": " + what + "\n  snippet:  " + shown();
        }

        String failure(String what, String expected, String actual) {
            return failure(what) + "\n  expected: " + expected + "\n  actual:   " + actual;
        }

        private String where() {
            return block.line() == line || block.line() == 0 ? "" : " (block at line " + block.line() + ")";
        }

        private String shown() {
            List<String> lines = source.lines().toList();
            String head = String.join("\n            ", lines.subList(0, Math.min(SHOWN_LINES, lines.size())));
            return lines.size() > SHOWN_LINES ? head + "\n            …" : head;
        }
    }

    /** What a statement's comment, or a transcript's next line, says it gives. */
    private record Expectation(Kind kind, String text, Optional<String> message) {

        static final Expectation NONE = new Expectation(Kind.NONE, "", Optional.empty());

        static Expectation value(String shown) {
            return new Expectation(Kind.VALUE, shown, Optional.empty());
        }

        static Expectation exception(String simpleName, Optional<String> message) {
            return new Expectation(Kind.EXCEPTION, simpleName, message);
        }

        static Expectation fullException(String classAndMessage) {
            return new Expectation(Kind.FULL_EXCEPTION, classAndMessage, Optional.empty());
        }

        static Expectation malformed(String comment) {
            return new Expectation(Kind.MALFORMED, comment, Optional.empty());
        }

        enum Kind { NONE, VALUE, EXCEPTION, FULL_EXCEPTION, MALFORMED }
    }

    @Override
    public void close() {
        try {
            shell.close();
        } finally {
            delete(directory);
            delete(log);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            // Build output of the example applications is not example data.
            for (Path source : paths.filter(p -> !List.of(from.relativize(p).toString().split("/")).contains("target")).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the doc runner's directory " + root, e);
        }
    }
}
