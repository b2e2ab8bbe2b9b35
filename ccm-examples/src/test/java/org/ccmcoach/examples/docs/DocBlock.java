package org.ccmcoach.examples.docs;

import java.util.List;
import java.util.Optional;

/**
 * A block of a Markdown file that the doc runner reads: Java to run, a JShell transcript to replay,
 * or Java marked not to run.
 *
 * @param kind what the block is
 * @param line the Markdown line of the opening fence (or of {@code <!-- java}); content line
 *             {@code i} (0-based) is Markdown line {@code line + 1 + i}
 * @param lines the block's content, without the fence's indentation
 * @param output the {@code output} block that follows a Java block: what it must print
 */
record DocBlock(Kind kind, int line, List<String> lines, Optional<ExpectedOutput> output) {

    DocBlock {
        lines = List.copyOf(lines);
    }

    /** The kinds of block the runner acts on. */
    enum Kind {
        /** A {@code ```java} block, run and shown. */
        JAVA,
        /** An HTML comment opening with {@code <!-- java}: run, not shown to the reader. */
        HIDDEN_JAVA,
        /** A {@code ```text} block of {@code jshell> } lines, replayed and compared. */
        TRANSCRIPT,
        /** A {@code ```java no-run} block: counted and reported, not run. */
        NO_RUN
    }

    /**
     * What a Java block must print on standard output.
     *
     * @param line the Markdown line of the {@code ```output} fence
     * @param text the expected text
     */
    record ExpectedOutput(int line, String text) {
    }

    /** {@return the Markdown line number of content line {@code index}} */
    int lineOf(int index) {
        return line + 1 + index;
    }

    /** {@return the content as one text, lines joined with newlines} */
    String text() {
        return String.join("\n", lines);
    }
}
