package org.ccmcoach.json.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ccmcoach.core.CcmElement;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.ActionItem;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.ContactMode;
import org.ccmcoach.core.coaching.Encounter;
import org.ccmcoach.core.coaching.FacilitationStrategy;
import org.ccmcoach.core.coaching.KeyChange;

class EncounterCsvProperties {

    /** Writing a log and reading it back gives the same encounters, whatever text and separators they hold. */
    @Property(tries = 300)
    void write_then_read_is_identity(@ForAll("logs") List<Encounter> log) {
        assertEquals(log, EncounterCsv.parse(EncounterCsv.table(log).toCsv()));
    }

    /** Any row under the header, of pieces of good cells and separators, is read or refused, and nothing else. */
    @Property(tries = 500)
    void any_log_reads_or_is_refused_only_with_a_csv_exception(@ForAll("rows") List<String> rows) {
        String csv = String.join(",", EncounterCsv.HEADER) + "\n" + String.join("\n", rows) + "\n";
        try {
            List<Encounter> log = EncounterCsv.parse(csv);
            assertEquals(log, EncounterCsv.parse(EncounterCsv.table(log).toCsv()));
        } catch (CsvException e) {
            assertEquals(false, e.problems().isEmpty());
        }
    }

    /** Rows of 14 cells, each a good value for its column six times in seven, else pieces of good cells, separators and controls. */
    @Provide
    Arbitrary<List<String>> rows() {
        List<String> good = List.of("2026-03-02", "p-1", "PHONE", "90", "coach-ana;coach-raj", "SITE_VISIT",
                "physician:1;nurse:2", "1.1;3.4", "DECISION_SUPPORT", "TAILORING_QI_WORK", "task|owner|2026-03-16", "4", "3",
                "a note");
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of("2026-02-30", "0001-01-01", "on_site", "0", "1441",
                        "coach-ana;coach-ana", "a:b:1", "9.9", "||", "6", "\u0007", "\u202e", "=1+1", "\"", "\\", ";",
                        ":", "|", ",", "\n", " "), Arbitraries.of(good), Arbitraries.strings().ofMaxLength(4));
        Arbitrary<String> bad = piece.list().ofMaxSize(4).map(p -> String.join("", p));
        List<Arbitrary<String>> cells = new java.util.ArrayList<>();
        for (String cell : good) {
            cells.add(Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.just(cell)),
                    net.jqwik.api.Tuple.of(1, bad)));
        }
        Arbitrary<String> row = Combinators.combine(cells).as(c -> String.join(",", c));
        return row.list().ofMaxSize(4);
    }

    /** One-line text with every separator, a backslash, quotes and formula starts; no space at either end. */
    private static Arbitrary<String> text() {
        return Arbitraries.strings().withChars("ab Z9;:|\\=+-@'\",.").ofMinLength(1).ofMaxLength(12)
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    @Provide
    Arbitrary<List<Encounter>> logs() {
        return encounters().list().ofMaxSize(6);
    }

    private static Arbitrary<Encounter> encounters() {
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 40_000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
        Arbitrary<List<CoachId>> coaches = Arbitraries.of("coach-ana", "coach-raj", "c.3", "NPI:12").set().ofMinSize(1)
                .ofMaxSize(3).map(s -> s.stream().map(CoachId::of).toList());
        Arbitrary<Map<String, Integer>> staff = Arbitraries.maps(text(), Arbitraries.integers().between(1, 12)).ofMaxSize(3)
                .filter(m -> m.keySet().stream().map(r -> r.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()).size()
                        == m.size());
        // An action item falls due on or after the encounter that sets it: days after it, from 0.
        Arbitrary<java.util.function.Function<java.time.LocalDate, ActionItem>> item = Combinators.combine(text(), text(),
                Arbitraries.integers().between(0, 800)).as((task, owner, days) -> d -> ActionItem.of(task, owner, d.plusDays(days)));
        Arbitrary<String> notes = Arbitraries.strings().withChars("ab =;|\\\n\"',").ofMinLength(1).ofMaxLength(20)
                .filter(s -> !s.isBlank());
        Arbitrary<Encounter.Builder> first = Combinators.combine(Arbitraries.of("p-1", "c1-team1", "x"), date,
                Arbitraries.of(ContactMode.class), Arbitraries.integers().between(1, Encounter.MAX_MINUTES), coaches,
                Arbitraries.of(ActivityType.class).optional(), staff)
                .as((p, d, m, min, c, a, s) -> {
                    Encounter.Builder b = Encounter.builder().practice(PracticeId.of(p)).date(d).mode(m).minutes(min)
                            .addAllCoaches(c).putAllStaff(s);
                    a.ifPresent(b::activity);
                    return b;
                });
        return Combinators.combine(first, subset(KeyChange.class), subset(CcmElement.class),
                subset(FacilitationStrategy.class), item.list().ofMaxSize(3),
                Arbitraries.integers().between(1, 5).optional(), Arbitraries.integers().between(1, 5).optional(),
                notes.optional())
                .as((b, k, e, s, items, q, r, n) -> {
                    b.addAllKeyChanges(k).addAllElements(e).addAllStrategies(s);
                    q.ifPresent(b::quality);
                    r.ifPresent(b::responsiveness);
                    n.ifPresent(b::notes);
                    Encounter built = b.build();
                    return built.withActionItems(items.stream().map(f -> f.apply(built.date())).toList());
                });
    }

    private static <E extends Enum<E>> Arbitrary<Set<E>> subset(Class<E> type) {
        return Arbitraries.of(type).set().ofMaxSize(3).map(s -> s.isEmpty() ? Set.<E>of() : EnumSet.copyOf(s));
    }
}
