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
 * <p><b>Thirds, and tied doses.</b> Practices with the same dose are never split between thirds, ccm's
 * choice: which of two practices with equal doses fell in the lower third would otherwise be decided by
 * their ids (six practices all at 10 hours with changes 1, 1, 0, 0, −1, −1 made a gradient of 1, 0, −1
 * out of alphabetical order). The two cuts between thirds start where even thirds would put them (sizes
 * as even as possible, the larger first: 8 practices 3, 3, 2) and move to the places where the dose
 * changes, the pair nearest the even cuts (the fewest practices moved across them, added up; on equal
 * distance the lower cuts), with at least two practices a third. Where no such pair exists, because so
 * many practices share a dose, there are no thirds, and {@link #caveat()} says why. The points are
 * listed by dose, equal doses by practice id, which then decides nothing.
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

    /** The fewest practices in a third: one is no group to compare (see {@link #MIN_FOR_GROUPS}). */
    private static final int MIN_PER_THIRD = 2;

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
        boolean tiesTooMany = false;
        if (n >= MIN_FOR_GROUPS) {
            int[] cuts = cuts(sorted);
            if (cuts.length == 0) {
                tiesTooMany = true;
            } else {
                String[] labels = {"lowest third", "middle third", "highest third"};
                int[] bounds = {0, cuts[0], cuts[1], n};
                for (int g = 0; g < 3; g++) {
                    List<DosePoint> part = sorted.subList(bounds[g], bounds[g + 1]);
                    groups.add(new DoseGroup(labels[g], part.stream().map(DosePoint::practice).toList(),
                            part.get(0).deliveredHours(), part.get(part.size() - 1).deliveredHours(),
                            Mean.of(part.stream().mapToDouble(DosePoint::change).toArray()).getAsDouble()));
                }
            }
        }
        String caveat = "Observational: dose was not assigned at random, so these " + n + " practices' changes by dose "
                + "do not show the effect of coaching; practices that took more may have differed from the others."
                + " Dose is the practice's hours with its coaches, each encounter once, not coach hours."
                + (n < MIN_FOR_GROUPS ? " Fewer than " + MIN_FOR_GROUPS + " practices: no thirds." : "")
                + (tiesTooMany ? " No thirds: so many practices share a dose that thirds of at least " + MIN_PER_THIRD
                        + " practices would split practices with equal doses between thirds, a gradient made by their"
                        + " order, not their dose." : "")
                + (missingChange.isEmpty() ? "" : " Left out for want of a change: " + missingChange.size() + ".");
        return new DoseResponse(sorted, groups, missingChange, caveat);
    }

    /**
     * Where to cut points sorted by dose into thirds without splitting a tie (see the class
     * description): the places where the dose changes, the pair nearest the even cuts with at least
     * {@link #MIN_PER_THIRD} practices a third. O(n log n).
     *
     * @param sorted  the points by dose, at least {@link #MIN_FOR_GROUPS}
     * @return the two cuts (the first index of the middle and of the highest third), or none
     */
    private static int[] cuts(List<DosePoint> sorted) {
        int n = sorted.size();
        int even1 = n / 3 + (n % 3 > 0 ? 1 : 0);
        int even2 = even1 + n / 3 + (n % 3 > 1 ? 1 : 0);
        int[] places = new int[n];   // the indices where the dose changes, ascending
        int count = 0;
        for (int k = MIN_PER_THIRD; k <= n - MIN_PER_THIRD; k++) {
            if (sorted.get(k - 1).deliveredHours() != sorted.get(k).deliveredHours()) {
                places[count++] = k;
            }
        }
        int best1 = -1;
        int best2 = -1;
        long bestCost = Long.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            int c1 = places[i];
            // The second cut: the place nearest even2 at or after c1 + MIN_PER_THIRD, the lower on a tie.
            int from = java.util.Arrays.binarySearch(places, 0, count, c1 + MIN_PER_THIRD);
            from = from >= 0 ? from : -from - 1;
            if (from >= count) {
                break;   // later first cuts leave even less room
            }
            int at = java.util.Arrays.binarySearch(places, from, count, even2);
            at = at >= 0 ? at : -at - 1;   // the first place at or after even2
            int c2 = at < count ? places[at] : -1;
            if (at > from && (c2 < 0 || even2 - places[at - 1] <= c2 - even2)) {
                c2 = places[at - 1];
            }
            long cost = (long) Math.abs(c1 - even1) + Math.abs(c2 - even2);
            if (cost < bestCost) {
                bestCost = cost;
                best1 = c1;
                best2 = c2;
            }
        }
        return best1 < 0 ? new int[0] : new int[] {best1, best2};
    }
}
