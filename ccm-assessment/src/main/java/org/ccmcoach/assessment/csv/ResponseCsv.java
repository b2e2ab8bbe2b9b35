package org.ccmcoach.assessment.csv;

import org.ccmcoach.core.value.Decimals;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.stream.Stream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Item;
import org.ccmcoach.assessment.SubjectId;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Dates;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.json.csv.CsvException;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.json.csv.CsvReader;
import org.ccmcoach.json.csv.CsvRow;
import org.ccmcoach.json.csv.CsvTable;

/**
 * Responses in a wide CSV table, as researchers keep survey data: one row per response, one
 * column per item.
 *
 * <p>Columns: {@code subject} and {@code date} (ISO, {@code 2026-01-15}) are required;
 * {@code respondent}, {@code role} and {@code instrument} are optional; every other column is an
 * item id of the instrument, and every item must have one unless {@link ItemColumns#ABSENT_ALLOWED}
 * says a short form is intended. An empty cell is a missing answer. A role is kept as written and
 * matched without regard to case ({@code Consensus} is the consensus row).
 *
 * <p>The header is checked first, and its problems are reported once each, on line 1: a required
 * column missing, a column that is neither fixed nor an item (with a suggestion for a near miss:
 * {@code "Subject": did you mean "subject"?}), absent item columns. A header with a problem stops
 * the reading, since every row would repeat it. Then each bad cell is reported with its line,
 * column and reason; see {@link ErrorMode}.
 *
 * <pre>{@code
 * List<AssessmentResponse> responses = ResponseCsv.read(Path.of("acic.csv"), Instruments.acic35());
 * CsvRead<AssessmentResponse> all = ResponseCsv.read(CsvTable.read(file), acic, ErrorMode.COLLECT_ALL);
 * ResponseCsv.table(acic, responses).write(Path.of("copy.csv"));
 * }</pre>
 */
public final class ResponseCsv {

    /** The required and optional columns that are not items. */
    public static final List<String> FIXED_COLUMNS = List.of("subject", "respondent", "role", "date", "instrument");

    private ResponseCsv() {
    }

    /**
     * Reads every response of a UTF-8 CSV file, failing if any row is bad. The file is read a row at a
     * time: memory holds the responses and at most {@link CsvException#MAX_PROBLEMS} problems.
     *
     * @param file  the file, not null
     * @param instrument  the instrument the responses answer, not null
     * @return the responses in file order, not null
     * @throws CsvException listing the problems of the file (the first {@link CsvException#MAX_PROBLEMS},
     *     and how many more)
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static List<AssessmentResponse> read(Path file, Instrument instrument) {
        return read(file, instrument, ErrorMode.COLLECT_ALL, ItemColumns.ALL_REQUIRED).orThrow();
    }

    /**
     * Reads the responses of a UTF-8 CSV file a row at a time, in memory bounded by the good
     * responses and at most {@link CsvException#MAX_PROBLEMS} problems.
     *
     * @param file  the file, not null
     * @param instrument  the instrument the responses answer, not null
     * @param mode  whether to stop at the first bad row or collect every problem, not null
     * @param items  whether every item must have a column, not null
     * @return the good responses and the problems, not null
     * @throws CsvException if the file is not CSV or breaks a reader's limit, or with
     *     {@link ErrorMode#STOP_AT_FIRST} at the header's problems or the first bad row
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static CsvRead<AssessmentResponse> read(Path file, Instrument instrument, ErrorMode mode, ItemColumns items) {
        try (CsvReader reader = CsvReader.open(file); Stream<CsvRow> rows = reader.rows()) {
            return read(reader.header(), rows.iterator(), instrument, mode, items);
        }
    }

    /**
     * Reads the responses of a CSV table.
     *
     * @param table  the table, not null
     * @param instrument  the instrument the responses answer, not null
     * @param mode  whether to stop at the first bad row or collect every problem, not null
     * @return the good responses and the problems, not null
     * @throws CsvException with {@link ErrorMode#STOP_AT_FIRST}, at the first bad row or header
     */
    public static CsvRead<AssessmentResponse> read(CsvTable table, Instrument instrument, ErrorMode mode) {
        return read(table, instrument, mode, ItemColumns.ALL_REQUIRED);
    }

    /**
     * Reads the responses of a CSV table, saying whether absent item columns are intended.
     *
     * @param table  the table, not null
     * @param instrument  the instrument the responses answer, not null
     * @param mode  whether to stop at the first bad row or collect every problem, not null
     * @param items  whether every item must have a column, not null
     * @return the good responses and the problems (at most {@link CsvException#MAX_PROBLEMS}, the rest
     *     counted); with a header problem, no responses and the header's problems only
     * @throws CsvException with {@link ErrorMode#STOP_AT_FIRST}, at the header's problems or the first bad row
     */
    public static CsvRead<AssessmentResponse> read(CsvTable table, Instrument instrument, ErrorMode mode,
                                                   ItemColumns items) {
        return read(table.header(), table.rows().iterator(), instrument, mode, items);
    }

    private static CsvRead<AssessmentResponse> read(List<String> header, Iterator<CsvRow> rows, Instrument instrument,
                                                    ErrorMode mode, ItemColumns items) {
        java.util.Objects.requireNonNull(items, "items");
        java.util.Objects.requireNonNull(mode, "mode");
        List<Problem> problems = new ArrayList<>(headerProblems(header, instrument, items));
        int count = 0;
        if (!problems.isEmpty()) {
            if (mode == ErrorMode.STOP_AT_FIRST) {
                throw new CsvException(problems);
            }
            for (; rows.hasNext(); rows.next()) {
                count++;
            }
            return new CsvRead<>(List.of(), problems, 0, count); // CsvRead keeps the first MAX_PROBLEMS
        }
        List<String> itemColumns = header.stream().filter(column -> instrument.item(column).isPresent()).toList();
        List<AssessmentResponse> responses = new ArrayList<>();
        long more = 0;
        while (rows.hasNext()) {
            CsvRow row = rows.next();
            count++;
            List<Problem> rowProblems = new ArrayList<>();
            AssessmentResponse response = row(row, header.size(), itemColumns, instrument, rowProblems);
            if (rowProblems.isEmpty()) {
                responses.add(response);
            } else if (mode == ErrorMode.STOP_AT_FIRST) {
                throw new CsvException(rowProblems);
            } else {
                for (Problem p : rowProblems) {
                    if (problems.size() < CsvException.MAX_PROBLEMS) {
                        problems.add(p);
                    } else {
                        more++;
                    }
                }
            }
        }
        return new CsvRead<>(responses, problems, more, count);
    }

    /**
     * Writes responses as a wide table: the fixed columns, then one column per item of the instrument.
     *
     * @param instrument  the instrument, not null
     * @param responses  responses to it, not null
     * @return the table, not null
     */
    public static CsvTable table(Instrument instrument, List<AssessmentResponse> responses) {
        List<String> header = new ArrayList<>(List.of("subject", "respondent", "role", "date"));
        instrument.items().forEach(i -> header.add(i.id()));
        List<List<String>> rows = new ArrayList<>();
        for (AssessmentResponse r : responses) {
            instrument.check(r);
            List<String> cells = new ArrayList<>(List.of(r.subject().value(), r.respondent().orElse(""),
                    r.role().orElse(""), r.date().toString()));
            for (Item item : instrument.items()) {
                OptionalDouble v = r.answer(item.id());
                cells.add(v.isPresent() ? Decimals.show(v.getAsDouble()) : "");
            }
            rows.add(cells);
        }
        return CsvTable.of(header, rows);
    }

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** At most this many absent item columns are named in the one problem that reports them. */
    private static final int NAMED_ITEMS = 10;

    private static List<Problem> headerProblems(List<String> columns, Instrument instrument, ItemColumns items) {
        List<Problem> problems = new ArrayList<>();
        Set<String> header = new LinkedHashSet<>(columns);
        Set<String> absent = new LinkedHashSet<>(List.of("subject", "date"));
        for (Item item : instrument.items()) {
            absent.add(item.id());
        }
        absent.addAll(List.of("respondent", "role", "instrument"));
        absent.removeAll(header);
        Set<String> suggested = new LinkedHashSet<>();
        for (String column : columns) {
            if (!FIXED_COLUMNS.contains(column) && instrument.item(column).isEmpty()) {
                java.util.Optional<String> meant = ColumnNames.suggest(column, absent);
                meant.ifPresent(suggested::add);
                problems.add(Problem.ofCsv(1, column, "", "is neither a fixed column " + FIXED_COLUMNS.stream()
                        .map(c -> "\"" + c + "\"").collect(java.util.stream.Collectors.joining(", ", "(", ")"))
                        + " nor an item of " + instrument.id()
                        + meant.map(m -> "; did you mean \"" + m + "\"?").orElse("")));
            }
        }
        for (String required : List.of("subject", "date")) {
            if (absent.contains(required) && !suggested.contains(required)) {
                problems.add(Problem.ofCsv(1, required, "", "is a required column and is missing"));
            }
        }
        List<String> missingItems = instrument.items().stream().map(Item::id)
                .filter(id -> absent.contains(id) && !suggested.contains(id)).toList();
        if (!missingItems.isEmpty() && items == ItemColumns.ALL_REQUIRED) {
            String named = missingItems.stream().limit(NAMED_ITEMS).map(id -> "\"" + id + "\"")
                    .collect(java.util.stream.Collectors.joining(", "))
                    + (missingItems.size() > NAMED_ITEMS ? " and " + (missingItems.size() - NAMED_ITEMS) + " more" : "");
            problems.add(Problem.ofCsv(1, "", "", "the header lacks " + (missingItems.size() == 1 ? "the item column "
                    : missingItems.size() + " item columns: ") + named + " of " + instrument.id()
                    + "; every answer to " + (missingItems.size() == 1 ? "it" : "them") + " would read as missing. "
                    + "If the short form is intended, read with ItemColumns.ABSENT_ALLOWED"));
        }
        return problems;
    }

    private static AssessmentResponse row(CsvRow row, int width, List<String> itemColumns, Instrument instrument,
                                          List<Problem> problems) {
        if (row.ragged()) {
            problems.add(Problem.ofCsv(row.line(), "", "", "has " + row.cells().size() + " cells for "
                    + width + " columns"));
            return null;
        }
        AssessmentResponse.Builder b = AssessmentResponse.builder().instrument(instrument.id());
        String subject = row.get("subject").orElse("").strip();
        try {
            b.subject(SubjectId.of(subject));
        } catch (CcmValidationException e) {
            problems.add(Problem.ofCsv(row.line(), "subject", subject, e.problems().get(0).rule()));
        }
        String date = row.get("date").orElse("").strip();
        // Checked for its shape first: a file of a million bad dates must not cost a million exceptions.
        Optional<LocalDate> parsed = Optional.empty();
        if (ISO_DATE.matcher(date).matches()) {
            try {
                parsed = Optional.of(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                parsed = Optional.empty(); // 2026-02-30: the right shape, no such day
            }
        }
        // 2026-02-30 has the form: say which day does not exist, not the form it already has.
        parsed.ifPresentOrElse(b::date, () -> problems.add(Problem.ofCsv(row.line(), "date", date,
                Dates.notADay(date).map(why -> "is not a day (" + why + ")").orElse(Dates.FORM_RULE))));
        row.get("respondent").map(String::strip).filter(s -> !s.isEmpty()).ifPresent(b::respondent);
        row.get("role").map(String::strip).filter(s -> !s.isEmpty()).ifPresent(b::role);
        row.get("instrument").map(String::strip).filter(s -> !s.isEmpty() && !s.equals(instrument.id().value()))
                .ifPresent(s -> problems.add(Problem.ofCsv(row.line(), "instrument", s, "must be " + instrument.id())));
        for (String column : itemColumns) {
            String cell = row.get(column).orElse("").strip();
            if (cell.isEmpty()) {
                b.missing(column);
                continue;
            }
            try {
                b.answer(column, Double.parseDouble(cell));
            } catch (NumberFormatException e) {
                problems.add(Problem.ofCsv(row.line(), column, cell, "is not a number"));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return instrument.check(b.build());
        } catch (CcmValidationException e) {
            Set<Problem> found = new LinkedHashSet<>();
            for (Problem v : e.problems()) {
                String column = v.atProperty().property().startsWith("answers[")
                        ? v.atProperty().property().substring("answers[".length(), v.atProperty().property().length() - 1) : v.atProperty().property();
                String value = row.get(column).orElse(v.value().map(String::valueOf).orElse("")).strip();
                found.add(Problem.ofCsv(row.line(), column, value, v.rule()));
            }
            problems.addAll(found);
            return null;
        }
    }
}
