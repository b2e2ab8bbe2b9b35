package org.ccmcoach.assessment.csv;

import java.util.List;
import org.ccmcoach.json.csv.CsvException;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.core.value.Invariants;

/**
 * What reading a CSV file gave: the values of the good rows and the problems of the bad ones.
 * Every row is accounted for: it is a value or it has at least one problem, unless the header had a
 * problem, which stops the reading (no values, the header's problems only, each once).
 *
 * <pre>{@code
 * CsvRead<AssessmentResponse> read = ResponseCsv.read(table, acic, ErrorMode.COLLECT_ALL);
 * read.problems().forEach(System.out::println);   // line 4, column "1.1": ... (was "12")
 * List<AssessmentResponse> good = read.values();
 * }</pre>
 *
 * @param <T> the type of the values
 * @param values  the values of the good rows, in file order
 * @param problems  the problems of the bad rows, in file order, at most {@link CsvException#MAX_PROBLEMS}
 * @param moreProblems  how many further problems were found and counted, not kept
 * @param rows  how many data rows the file has
 */
public record CsvRead<T>(List<T> values, List<Problem> problems, long moreProblems, int rows) {

    /**
     * Copies the lists.
     *
     * @param values  the values read, in file order
     * @param problems  the problems found, by line and column; beyond {@link CsvException#MAX_PROBLEMS} counted only
     * @param moreProblems  how many further problems were found, zero or more
     * @param rows  how many data rows the file has
     * @throws org.ccmcoach.core.value.CcmValidationException if more problems are counted than none kept
     */
    public CsvRead {
        values = List.copyOf(values);
        Invariants.require(moreProblems == 0 || moreProblems > 0 && !problems.isEmpty(), CsvRead.class,
                "moreProblems", "must be zero, or more with problems kept", moreProblems);
        // As CsvException does: the first MAX_PROBLEMS are kept, the rest counted.
        moreProblems += Math.max(0, problems.size() - CsvException.MAX_PROBLEMS);
        problems = List.copyOf(problems.subList(0, Math.min(problems.size(), CsvException.MAX_PROBLEMS)));
    }

    /** {@return whether every row was read without a problem} */
    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * How many problems were found, those kept and those only counted.
     *
     * @return the count
     */
    public long problemCount() {
        return problems.size() + moreProblems;
    }

    /**
     * The values, if every row was good.
     *
     * @return the values, not null
     * @throws CsvException listing every problem otherwise
     */
    public List<T> orThrow() {
        if (!problems.isEmpty()) {
            throw new CsvException(problems, moreProblems);
        }
        return values;
    }
}
