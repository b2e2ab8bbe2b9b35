package org.ccmcoach.json.csv;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ccmcoach.core.CcmElement;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.ActionItem;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.ContactMode;
import org.ccmcoach.core.coaching.Encounter;
import org.ccmcoach.core.coaching.FacilitationStrategy;
import org.ccmcoach.core.coaching.KeyChange;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Dates;
import org.ccmcoach.core.value.Problem;

/**
 * A facilitation log as a CSV table, to read and to write: one row per {@link Encounter}, as a
 * coach keeps the log in a spreadsheet. The JSON Lines form ({@code JsonLines.read(path, Encounter.class)})
 * carries the same encounters; this one is for people and statistics packages.
 *
 * <p>Columns ({@link #HEADER}), of which {@link #REQUIRED} must be in the header and the others may
 * be left out; an empty cell of an optional column is "not recorded":
 * <ul>
 * <li>{@code date} as {@code YYYY-MM-DD}; {@code practice}, the practice's id;
 * <li>{@code mode}: a {@link ContactMode} name ({@code ON_SITE}, {@code OFF_SITE}, {@code PHONE},
 *     {@code VIDEO} or {@code EMAIL});
 *     {@code minutes}: whole minutes with the practice, 1 to {@value Encounter#MAX_MINUTES}, once
 *     however many coaches were present;
 * <li>{@code coaches}: the coaches' ids separated by {@code ;} ({@code coach-ana;coach-raj}, a joint
 *     visit); the column must be there, its cell may be empty for an event the practice attended
 *     without its coach (a faculty-led learning session);
 * <li>{@code activity}: the {@link ActivityType} name the encounter delivers ({@code SITE_VISIT});
 * <li>{@code staff}: {@code role:count} entries separated by {@code ;} ({@code QI team:4;physician:1}; coverage matches the template's practice roles, such as {@code QI team});
 * <li>{@code key_changes}: toolkit numbers separated by {@code ;} ({@code 1.1;3.4}), the numbers
 *     coaches use in the toolkit, rather than the enum names;
 * <li>{@code elements}: {@link CcmElement} names ({@code DELIVERY_SYSTEM_DESIGN;DECISION_SUPPORT});
 *     {@code strategies}: {@link FacilitationStrategy} names ({@code TAILORING_QI_WORK});
 * <li>{@code action_items}: {@code task|owner|YYYY-MM-DD} entries separated by {@code ;}
 *     ({@code Draft a huddle script|nurse|2026-03-16});
 * <li>{@code quality} and {@code responsiveness}: whole numbers 1 (poor) to 5 (excellent), empty if not rated;
 * <li>{@code notes}: free text, line breaks allowed.
 * </ul>
 * Names of modes, activities, elements and strategies are read ignoring case; spaces around
 * separators are ignored, as are empty entries ({@code a;;b}, a trailing {@code ;}).
 *
 * <p>Action items are a cell of their encounter's row, not a second table keyed by row number: a
 * spreadsheet sorted or filtered keeps each item with its encounter, and one file is the whole log.
 * Within the cells of lists, a backslash makes the next separator ({@code ;}, {@code :}, {@code |})
 * or backslash plain text ({@code Call 9\;30|nurse|2026-03-16}); {@link #table} writes those escapes
 * wherever text holds a separator, so what it writes reads back the same. A backslash before any
 * other character is itself.
 *
 * <p>Reading checks the header first: a column not in {@link #HEADER}, or a required one missing,
 * is reported once on line 1 and stops the reading. Then every bad cell is reported once, at its
 * line and column (at its first bad entry), with the rule it breaks and what to write instead; the
 * rules of {@link Encounter} itself (a coach named twice, a role twice) are checked once a row's cells
 * read, and reported at the cell that breaks them. The file's encounters are returned only if there is
 * none. The file is read a row at a time within {@link CsvReader}'s limits; memory holds the
 * encounters and at most {@link CsvException#MAX_PROBLEMS} problems (the rest are counted). Text a
 * spreadsheet would run as a formula is escaped on writing ({@link CsvWriter}) and read back as written.
 *
 * <pre>{@code
 * EncounterCsv.table(engagement.encounters()).write(Path.of("log.csv"));
 * List<Encounter> log = EncounterCsv.read(Path.of("log.csv"));
 * }</pre>
 */
public final class EncounterCsv {

    /** The columns, in the order {@link #table} writes them. */
    public static final List<String> HEADER = List.of("date", "practice", "mode", "minutes", "coaches", "activity",
            "staff", "key_changes", "elements", "strategies", "action_items", "quality", "responsiveness", "notes");

    /** The columns a log must have; the others may be left out of the header. */
    public static final List<String> REQUIRED = List.of("date", "practice", "mode", "minutes", "coaches");

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    /** Encounter properties to the columns that hold them. */
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("date", "date"),
            Map.entry("practice", "practice"), Map.entry("mode", "mode"), Map.entry("minutes", "minutes"),
            Map.entry("coaches", "coaches"), Map.entry("activity", "activity"), Map.entry("staff", "staff"),
            Map.entry("keyChanges", "key_changes"), Map.entry("elements", "elements"),
            Map.entry("strategies", "strategies"), Map.entry("actionItems", "action_items"),
            Map.entry("quality", "quality"), Map.entry("responsiveness", "responsiveness"), Map.entry("notes", "notes"));

    private EncounterCsv() {
    }

    /**
     * Writes encounters as a table with the columns {@link #HEADER}, in the order given.
     *
     * @param encounters  the encounters, not null
     * @return the table, not null
     */
    public static CsvTable table(List<Encounter> encounters) {
        return CsvTable.of(HEADER, encounters.stream().map(EncounterCsv::cells).toList());
    }

    /**
     * Reads the encounters of a UTF-8 CSV file, a row at a time.
     *
     * @param file  the file, not null
     * @return the encounters in file order, not null
     * @throws CsvException naming each bad header column or cell (the first
     *     {@value CsvException#MAX_PROBLEMS}, and how many more), or if the file is not CSV or breaks
     *     a reader's limit
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static List<Encounter> read(Path file) {
        try (CsvReader reader = CsvReader.open(file); Stream<CsvRow> rows = reader.rows()) {
            return read(reader.header(), rows.iterator());
        }
    }

    /**
     * Reads the encounters of a table.
     *
     * @param table  the table, not null
     * @return the encounters in table order, not null
     * @throws CsvException naming each bad header column or cell
     */
    public static List<Encounter> read(CsvTable table) {
        return read(table.header(), table.rows().iterator());
    }

    /**
     * Reads the encounters of CSV text.
     *
     * @param csv  the text, with a header line, not null
     * @return the encounters in text order, not null
     * @throws CsvException naming each bad header column or cell, or if the text is not CSV
     */
    public static List<Encounter> parse(String csv) {
        return read(CsvTable.parse(csv));
    }

    private static List<Encounter> read(List<String> header, Iterator<CsvRow> rows) {
        List<Problem> problems = new ArrayList<>();
        for (String column : header) {
            if (!HEADER.contains(column)) {
                problems.add(Problem.ofCsv(1, column, "", "is not a column of a facilitation log; the columns are "
                        + String.join(", ", HEADER)));
            }
        }
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                problems.add(Problem.ofCsv(1, column, "", "is a required column and is missing"));
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvException(problems);
        }
        List<Encounter> encounters = new ArrayList<>();
        long more = 0;
        while (rows.hasNext()) {
            CsvRow row = rows.next();
            List<Problem> found = new ArrayList<>();
            Encounter e = row(row, header.size(), found);
            if (found.isEmpty()) {
                encounters.add(e);
            }
            for (Problem p : found) {
                if (problems.size() < CsvException.MAX_PROBLEMS) {
                    problems.add(p);
                } else {
                    more++;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvException(problems, more);
        }
        return encounters;
    }

    private static List<String> cells(Encounter e) {
        return List.of(e.date().toString(), e.practice().value(), e.mode().name(), String.valueOf(e.minutes()),
                e.coaches().stream().map(CoachId::value).collect(Collectors.joining(";")),
                e.activity().map(Enum::name).orElse(""),
                e.staff().entrySet().stream().map(s -> escape(s.getKey(), ":;") + ":" + s.getValue())
                        .collect(Collectors.joining(";")),
                e.keyChanges().stream().map(KeyChange::number).collect(Collectors.joining(";")),
                e.elements().stream().map(Enum::name).collect(Collectors.joining(";")),
                e.strategies().stream().map(Enum::name).collect(Collectors.joining(";")),
                e.actionItems().stream().map(a -> escape(a.task(), "|;") + "|" + escape(a.owner(), "|;") + "|" + a.due())
                        .collect(Collectors.joining(";")),
                e.quality().map(String::valueOf).orElse(""), e.responsiveness().map(String::valueOf).orElse(""),
                e.notes().orElse(""));
    }

    /** Reads one row into an encounter, or adds its problems and returns null. */
    private static Encounter row(CsvRow row, int width, List<Problem> problems) {
        if (row.ragged()) {
            problems.add(Problem.ofCsv(row.line(), "", "", "has " + row.cells().size() + " cells for " + width
                    + " columns"));
            return null;
        }
        Cells cells = new Cells(row, problems);
        Encounter.Builder b = Encounter.builder();
        cells.required("date", "the date of the encounter").flatMap(cells::date).ifPresent(b::date);
        cells.required("practice", "the practice's id").flatMap(t -> cells.id("practice", t, PracticeId::of))
                .ifPresent(b::practice);
        cells.required("mode", "how the practice was met").flatMap(t -> cells.name("mode", t, ContactMode.class))
                .ifPresent(b::mode);
        cells.required("minutes", "how long the practice was met").flatMap(t -> cells.whole("minutes", t, 1,
                Encounter.MAX_MINUTES, "must be a whole number of minutes from 1 to " + Encounter.MAX_MINUTES))
                .ifPresent(b::minutes);
        // Empty for an event the practice attended without its coach (a faculty-led learning session).
        cells.optional("coaches").ifPresent(t -> {
            for (String id : entries(t, ';')) {
                cells.id("coaches", unescape(id), CoachId::of).ifPresent(b::addCoaches);
            }
        });
        cells.optional("activity").flatMap(t -> cells.name("activity", t, ActivityType.class)).ifPresent(b::activity);
        cells.optional("staff").ifPresent(t -> staff(cells, t, b));
        cells.optional("key_changes").ifPresent(t -> {
            for (String number : entries(t, ';')) {
                Optional<KeyChange> k = Arrays.stream(KeyChange.values()).filter(c -> c.number().equals(number)).findFirst();
                k.ifPresentOrElse(b::addKeyChanges, () -> cells.refuse("key_changes", "names " + Problem.show(number)
                        + ", not a toolkit key change; give numbers from " + Arrays.stream(KeyChange.values())
                        .map(KeyChange::number).collect(Collectors.joining(", ")) + ", separated by ';'"));
            }
        });
        cells.optional("elements").ifPresent(t -> entries(t, ';').forEach(n -> cells.name("elements", n, CcmElement.class)
                .ifPresent(b::addElements)));
        cells.optional("strategies").ifPresent(t -> entries(t, ';').forEach(n -> cells.name("strategies", n,
                FacilitationStrategy.class).ifPresent(b::addStrategies)));
        cells.optional("action_items").ifPresent(t -> actionItems(cells, t, b));
        for (String rating : List.of("quality", "responsiveness")) {
            cells.optional(rating).flatMap(t -> cells.whole(rating, t, Encounter.MIN_RATING, Encounter.MAX_RATING,
                    "must be a whole number from 1 (poor) to 5 (excellent), or empty if not rated"))
                    .ifPresent(r -> {
                        if (rating.equals("quality")) {
                            b.quality(r);
                        } else {
                            b.responsiveness(r);
                        }
                    });
        }
        row.get("notes").filter(t -> !t.isBlank()).ifPresent(b::notes);
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return b.build();
        } catch (CcmValidationException e) {
            Set<Problem> found = new LinkedHashSet<>();
            for (Problem p : e.problems()) {
                String property = p.atProperty().property();
                String column = COLUMN_OF.getOrDefault(property.split("[\\[.]", 2)[0], "");
                found.add(Problem.ofCsv(row.line(), column, column.isEmpty() ? "" : row.get(column).orElse(""),
                        p.rule()));
            }
            problems.addAll(found);
            return null;
        }
    }

    private static void staff(Cells cells, String text, Encounter.Builder b) {
        Map<String, Integer> staff = new LinkedHashMap<>();
        for (String entry : entries(text, ';')) {
            List<String> parts = split(entry, ':');
            String role = parts.size() == 2 ? unescape(parts.get(0)).strip() : "";
            String count = parts.size() == 2 ? parts.get(1).strip() : "";
            if (role.isEmpty() || !WHOLE.matcher(count).matches() || Integer.parseInt(count) < 1) {
                cells.refuse("staff", "has the entry " + Problem.show(unescape(entry)) + "; write each role present with"
                        + " how many came, as role:count separated by ';' (physician:1;medical assistant:2)");
            } else if (staff.putIfAbsent(role, Integer.parseInt(count)) != null) {
                cells.refuse("staff", "names the role " + Problem.show(role) + " twice; give it once with the count");
            }
        }
        b.putAllStaff(staff);
    }

    private static void actionItems(Cells cells, String text, Encounter.Builder b) {
        int n = 0;
        for (String entry : entries(text, ';')) {
            n++;
            List<String> parts = split(entry, '|');
            String due = parts.size() == 3 ? parts.get(2).strip() : "";
            Optional<LocalDate> date = ISO_DATE.matcher(due).matches() ? day(due) : Optional.empty();
            if (date.isEmpty()) {
                cells.refuse("action_items", "has the item " + Problem.show(unescape(entry)) + "; write each item as"
                        + " task|owner|YYYY-MM-DD, separated by ';' (Draft a huddle script|nurse|2026-03-16)");
                continue;
            }
            try {
                b.addActionItems(ActionItem.of(unescape(parts.get(0)).strip(), unescape(parts.get(1)).strip(), date.get()));
            } catch (CcmValidationException e) {
                Problem p = e.problems().get(0);
                cells.refuse("action_items", "item " + n + "'s " + p.atProperty().property() + " " + p.rule());
            }
        }
    }

    private static Optional<LocalDate> day(String date) {
        try {
            return Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The cells of one row, collecting their problems. */
    private static final class Cells {
        private final CsvRow row;
        private final List<Problem> problems;
        private final Set<String> refused = new java.util.HashSet<>();

        Cells(CsvRow row, List<Problem> problems) {
            this.row = row;
            this.problems = problems;
        }

        /** Refuses a cell, once: a cell with several bad entries is refused at the first. */
        void refuse(String column, String rule) {
            if (!refused.add(column)) {
                return;
            }
            problems.add(Problem.ofCsv(row.line(), column, row.get(column).orElse(""), rule));
        }

        Optional<String> required(String column, String what) {
            String text = row.get(column).orElse("").strip();
            if (text.isEmpty()) {
                refuse(column, "is empty; give " + what);
                return Optional.empty();
            }
            return Optional.of(text);
        }

        Optional<String> optional(String column) {
            return row.get(column).map(String::strip).filter(t -> !t.isEmpty());
        }

        Optional<LocalDate> date(String text) {
            Optional<LocalDate> day = ISO_DATE.matcher(text).matches() ? day(text) : Optional.empty();
            if (day.isEmpty()) {
                refuse("date", Dates.notADay(text).map(why -> "is not a day (" + why + ")").orElse(Dates.FORM_RULE));
            }
            return day;
        }

        <T> Optional<T> id(String column, String text, Function<String, T> of) {
            try {
                return Optional.of(of.apply(text));
            } catch (CcmValidationException e) {
                refuse(column, (column.equals("coaches") ? "names " + Problem.show(text) + ", which " : "")
                        + e.problems().get(0).rule());
                return Optional.empty();
            }
        }

        <E extends Enum<E>> Optional<E> name(String column, String text, Class<E> type) {
            String wanted = text.strip().toUpperCase(Locale.ROOT);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(wanted)) {
                    return Optional.of(e);
                }
            }
            String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            boolean list = column.equals("elements") || column.equals("strategies");
            refuse(column, (list ? "names " + Problem.show(text) + ", which is not one of " : "must be one of ") + names
                    + (list ? "; separate them with ';'" : ""));
            return Optional.empty();
        }

        Optional<Integer> whole(String column, String text, int min, int max, String rule) {
            if (WHOLE.matcher(text).matches()) {
                int n = Integer.parseInt(text);
                if (n >= min && n <= max) {
                    return Optional.of(n);
                }
            }
            refuse(column, rule);
            return Optional.empty();
        }
    }

    /** The non-blank entries of a list cell, split at unescaped separators, escapes kept, stripped. */
    static List<String> entries(String cell, char separator) {
        return split(cell, separator).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Splits at separators not escaped by a backslash, keeping the escapes for a later split. */
    static List<String> split(String text, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
            } else if (c == separator) {
                out.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        out.add(part.toString());
        return out;
    }

    /** Takes the escapes away: a backslash before a separator or a backslash; any other backslash is kept. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "\\;:|".indexOf(text.charAt(i + 1)) >= 0) {
                out.append(text.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes backslashes and the separators given, so that {@link #split} and {@link #unescape} give the text back. */
    static String escape(String text, String separators) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || separators.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
