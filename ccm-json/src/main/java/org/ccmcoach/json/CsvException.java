package org.ccmcoach.json;

import java.util.List;
import java.util.stream.Collectors;

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
public final class CsvException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<CsvProblem> problems;

    /**
     * Creates an exception for problems found.
     *
     * @param problems  the problems, at least one, not null
     */
    public CsvException(List<CsvProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, in file order.
     *
     * @return every problem found, in file order
     */
    public List<CsvProblem> problems() {
        return problems;
    }

    private static String message(List<CsvProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a CSV exception needs at least one problem");
        }
        return problems.size() == 1 ? problems.get(0).toString()
                : problems.size() + " problems:\n" + problems.stream().map(CsvProblem::toString)
                        .collect(Collectors.joining("\n"));
    }
}
