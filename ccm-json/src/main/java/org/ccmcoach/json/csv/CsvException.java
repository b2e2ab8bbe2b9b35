package org.ccmcoach.json.csv;

import org.ccmcoach.core.value.CcmInputException;
import org.ccmcoach.core.value.Location;
import org.ccmcoach.core.value.Problem;

import java.util.List;
import java.util.stream.Collectors;
import org.ccmcoach.core.value.Decimals;

/**
 * Thrown when a CSV file cannot be read as asked; names every problem found, each with its line
 * and column.
 *
 * <pre>{@code
 * try {
 *     CsvTable.parse("a,a\n1,2\n");
 * } catch (CsvException e) {
 *     e.problems();   // [line 1, column "a": appears twice in the header (was "a")]
 * }
 * }</pre>
 */
public final class CsvException extends CcmInputException {

    private static final long serialVersionUID = 1L;

    /**
     * The most problems an exception (and a reader collecting problems) keeps; the rest are counted.
     * A file of a million bad rows gives a message of this many lines, not a million.
     */
    public static final int MAX_PROBLEMS = 100;

    private final transient List<Problem> problems;
    /** How many problems were found beyond those kept. */
    private final long more;

    /**
     * Creates an exception for problems found; beyond {@value #MAX_PROBLEMS}, they are counted only.
     *
     * @param problems  the problems, at least one, not null
     */
    public CsvException(List<Problem> problems) {
        this(problems, 0);
    }

    /**
     * Creates an exception for problems found and a count of problems found but not kept.
     *
     * @param problems  the problems kept, at least one, not null; beyond {@value #MAX_PROBLEMS} they are counted only
     * @param more  how many further problems were found and not kept, zero or more
     */
    public CsvException(List<Problem> problems, long more) {
        super(message(problems, more), null);
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        this.more = more + problems.size() - this.problems.size();
    }

    /** {@return the problems found, in file order, at most {@value #MAX_PROBLEMS}, each at a {@link Location.CsvCell}} */
    @Override
    public List<Problem> problems() {
        return problems;
    }

    /**
     * How many problems were found beyond those in {@link #problems()}.
     *
     * @return the count, zero when every problem is listed
     */
    public long more() {
        return more;
    }

    private static String message(List<Problem> problems, long more) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a CSV exception needs at least one problem");
        }
        if (more < 0) {
            throw new IllegalArgumentException("more: must be at least 0 (was " + more + ")");
        }
        long left = more + Math.max(0, problems.size() - MAX_PROBLEMS);
        long total = problems.size() + more;
        if (total == 1) {
            return problems.get(0).toString();
        }
        return Decimals.grouped(total) + " problems" + (left > 0 ? " (the first " + Decimals.grouped(total - left) + " shown)"
                : "") + ":\n" + problems.stream().limit(MAX_PROBLEMS).map(Problem::toString)
                        .collect(Collectors.joining("\n"))
                + (left > 0 ? System.lineSeparator() + "and " + Decimals.grouped(left) + " more" : "");
    }
}
