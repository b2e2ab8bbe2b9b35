package org.ccmcoach.core.coaching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.core.value.PropertyPath;

/**
 * A program's facilitation log: every coach's encounters with every practice, as read from the
 * file coaches fill in (JSON Lines with {@code JsonLines.read(path, Encounter.class)}, or CSV), and
 * joined to the engagements it belongs to.
 *
 * <pre>{@code
 * FacilitationLog log = FacilitationLog.of(JsonLines.read(Path.of("facilitation-log.jsonl"), Encounter.class));
 * List<Engagement> withLog = log.applyTo(engagements);   // each engagement with its practice's encounters
 * log.of(PracticeId.of("c1-team1"));                      // one practice's encounters, by date
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FacilitationLog {

    private final List<Encounter> encounters;

    private FacilitationLog(List<Encounter> encounters) {
        this.encounters = encounters;
    }

    /**
     * Obtains a log.
     *
     * @param encounters  the encounters, in any order, not null
     * @return the log, its encounters in the order given
     */
    public static FacilitationLog of(Collection<Encounter> encounters) {
        return new FacilitationLog(List.copyOf(encounters));
    }

    /** {@return the encounters, in the order given} */
    public List<Encounter> encounters() {
        return encounters;
    }

    /**
     * One practice's encounters.
     *
     * @param practice  the practice, not null
     * @return its encounters by date (the log's order on a tie)
     */
    public List<Encounter> of(PracticeId practice) {
        Objects.requireNonNull(practice, "practice");
        return encounters.stream().filter(e -> e.practice().equals(practice))
                .sorted(Comparator.comparing(Encounter::date)).toList();
    }

    /**
     * Gives each engagement its practice's encounters from this log, in place of any it held.
     *
     * @param engagements  the program's engagements, one per practice, not null
     * @return the engagements with their encounters, in the order given
     * @throws CcmValidationException if an encounter is with a practice that has no engagement, is
     *         dated before its engagement's start or after its end (unless re-engaged by then), or names
     *         a coach not on the engagement: each at
     *         its place in the log ({@code FacilitationLog.encounters[i]}, the i-th line of a JSON
     *         Lines file counting from 0); other problems are the engagement's own
     * @throws IllegalArgumentException if two engagements are with one practice
     */
    public List<Engagement> applyTo(Collection<Engagement> engagements) {
        Map<PracticeId, Engagement> byPractice = new LinkedHashMap<>();
        for (Engagement e : engagements) {
            if (byPractice.put(e.practice(), e) != null) {
                throw new IllegalArgumentException("FacilitationLog.applyTo: two engagements with " + e.practice()
                        + "; give one engagement per practice");
            }
        }
        Map<PracticeId, Set<CoachId>> coachesOf = new HashMap<>();   // once an engagement, not once an encounter
        Map<PracticeId, java.time.LocalDate> endOf = new HashMap<>();
        byPractice.forEach((practice, e) -> {
            coachesOf.put(practice, e.coaches().stream().map(CoachAssignment::coach).collect(Collectors.toSet()));
            endOf.put(practice, e.end());
        });
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < encounters.size(); i++) {
            Encounter c = encounters.get(i);
            PropertyPath at = PropertyPath.of("encounters").at(i);
            Engagement e = byPractice.get(c.practice());
            if (e == null) {
                problems.add(Problem.of("FacilitationLog", at.then("practice"), "must be a practice with an engagement "
                        + "(is the id spelled as in the engagements?)", c.practice()));
                continue;
            }
            if (c.date().isBefore(e.start())) {
                problems.add(Problem.of("FacilitationLog", at.then("date"), "must not be before the engagement's start "
                        + e.start(), c.date()));
            }
            if (!c.date().isBefore(endOf.get(c.practice())) && !e.reEngagedBy(c.date())) {
                problems.add(Problem.of("FacilitationLog", at.then("date"), "must be before the engagement's end "
                        + endOf.get(c.practice()) + " unless the practice was re-engaged by then", c.date()));
            }
            Set<CoachId> coaches = coachesOf.get(c.practice());
            for (int j = 0; j < c.coaches().size(); j++) {
                if (!coaches.contains(c.coaches().get(j))) {
                    problems.add(Problem.of("FacilitationLog", at.then("coaches").at(j), "must be one of the engagement's "
                            + "coaches " + coaches.stream().map(CoachId::value).sorted().toList(), c.coaches().get(j)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw CcmValidationException.of(problems);
        }
        // Grouped in one pass: a program's log holds every practice's encounters.
        Map<PracticeId, List<Encounter>> byDate = encounters.stream().sorted(Comparator.comparing(Encounter::date))
                .collect(Collectors.groupingBy(Encounter::practice));
        return byPractice.values().stream().map(e -> e.withEncounters(byDate.getOrDefault(e.practice(), List.of())))
                .toList();
    }

    @Override
    public String toString() {
        return "FacilitationLog[" + encounters.size() + " encounters, "
                + encounters.stream().map(Encounter::practice).distinct().count() + " practices]";
    }
}
