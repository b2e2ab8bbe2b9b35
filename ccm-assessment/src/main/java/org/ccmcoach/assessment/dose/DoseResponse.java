package org.ccmcoach.assessment.dose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.statistics.descriptive.Mean;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.fidelity.EngagementFidelity;
import org.ccmcoach.core.value.Invariants;

/**
 * Delivered dose beside the change observed: each practice's hours with its coaches and change, and
 * the mean change of the practices in the lowest, middle and highest third of dose.
 *
 * <p><b>The practice's dose, not coach time.</b> A practice's hours count each encounter once, however
 * many coaches were present ({@code EngagementFidelity.deliveredDose()}): a two-coach site visit of
 * two hours is two hours of exposure for the practice, though four coach hours for the budget
 * ({@code deliveredCoachTime()}). Dose–response asks what the practice received, so coach hours
 * would overstate the dose of practices visited jointly.
 *
 * <p><b>Observational.</b> Practices were not given their dose at random: the practices that took
 * more coaching may have been readier, or struggling, so a gradient here is not the effect of
 * coaching, and its absence is not proof of none. {@link #caveat()} says so in the result, with
 * the number of practices. With fewer than six practices there are no thirds (two a group is too
 * few to compare); the points are still listed.
 *
 * <p>Thirds are formed by dose, ties broken by practice id, sizes as even as possible with the
 * larger groups first (8 practices: 3, 3, 2): our choice.
 *
 * <pre>{@code
 * DoseResponse table = DoseResponse.of(fidelities, acicChangeByPractice);
 * table.groups();    // lowest, middle and highest third of dose with their mean ACIC change
 * table.caveat();    // "Observational: ..."
 * }</pre>
 *
 * @param points  each practice's dose and change, by dose
 * @param groups  thirds of dose, empty with fewer than six practices
 * @param missingChange  practices assessed for dose with no change given, left out (not as zero)
 * @param caveat  what the table can and cannot support
 */
public record DoseResponse(List<DosePoint> points, List<DoseGroup> groups, List<PracticeId> missingChange, String caveat) {

    /** The fewest practices split into thirds. */
    public static final int MIN_FOR_GROUPS = 6;

    /**
     * Checks and copies the lists.
     *
     * @param points  each practice's dose and change, by dose, each practice once
     * @param groups  thirds of dose
     * @param missingChange  practices with no change given
     * @param caveat  what the table can and cannot support
     * @throws org.ccmcoach.core.value.CcmValidationException if a practice appears twice
     */
    public DoseResponse {
        points = List.copyOf(points);
        if (points.stream().map(DosePoint::practice).distinct().count() != points.size()) {
            Invariants.require(false, DoseResponse.class, "points", "must hold each practice once",
                    points.stream().map(DosePoint::practice).toList());
        }
        groups = List.copyOf(groups);
        missingChange = List.copyOf(missingChange);
        Objects.requireNonNull(caveat, "caveat");
    }

    /**
     * Relates delivered dose to change: each practice's delivered hours from its fidelity (its dose,
     * each encounter once, not coach time), its change
     * from the map (ACIC change from {@code AssessmentChange}, or a measure's, as plain numbers, as
     * {@code PracticeProgress} takes them).
     *
     * @param fidelities  the practices' assessments
     * @param change  each practice's change; practices without one are listed, not dropped silently
     * @return the table
     */
    public static DoseResponse of(List<EngagementFidelity> fidelities, Map<PracticeId, Double> change) {
        List<DosePoint> points = new ArrayList<>();
        List<PracticeId> missing = new ArrayList<>();
        for (EngagementFidelity f : fidelities) {
            Double c = change.get(f.practice());
            if (c == null) {
                missing.add(f.practice());
            } else {
                points.add(new DosePoint(f.practice(), f.deliveredDose().hours(), c));
            }
        }
        return of(points, missing);
    }

    /**
     * Relates dose to change for points given directly.
     *
     * @param points  the points, practices not repeated
     * @param missingChange  practices left out for want of a change, to be reported
     * @return the table
     * @throws org.ccmcoach.core.value.CcmValidationException if a practice appears twice
     */
    public static DoseResponse of(List<DosePoint> points, List<PracticeId> missingChange) {
        List<DosePoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(DosePoint::deliveredHours)
                .thenComparing(p -> p.practice().value()));
        List<DoseGroup> groups = new ArrayList<>();
        int n = sorted.size();
        if (n >= MIN_FOR_GROUPS) {
            String[] labels = {"lowest third", "middle third", "highest third"};
            int from = 0;
            for (int g = 0; g < 3; g++) {
                int size = n / 3 + (g < n % 3 ? 1 : 0);
                List<DosePoint> part = sorted.subList(from, from + size);
                groups.add(new DoseGroup(labels[g], part.stream().map(DosePoint::practice).toList(),
                        part.get(0).deliveredHours(), part.get(part.size() - 1).deliveredHours(),
                        Mean.of(part.stream().mapToDouble(DosePoint::change).toArray()).getAsDouble()));
                from += size;
            }
        }
        String caveat = "Observational: dose was not assigned at random, so these " + n + " practices' changes by dose "
                + "do not show the effect of coaching; practices that took more may have differed from the others."
                + " Dose is the practice's hours with its coaches, each encounter once, not coach hours."
                + (n < MIN_FOR_GROUPS ? " Fewer than " + MIN_FOR_GROUPS + " practices: no thirds." : "")
                + (missingChange.isEmpty() ? "" : " Left out for want of a change: " + missingChange.size() + ".");
        return new DoseResponse(sorted, groups, missingChange, caveat);
    }
}
