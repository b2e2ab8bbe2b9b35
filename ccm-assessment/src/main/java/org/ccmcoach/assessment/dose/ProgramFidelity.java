package org.ccmcoach.assessment.dose;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.fidelity.EngagementFidelity;
import org.ccmcoach.core.fidelity.FidelityCount;

/**
 * Fidelity and dose across a program's engagements: how evenly the planned coaching was delivered.
 *
 * <pre>{@code
 * ProgramFidelity p = ProgramFidelity.of(engagements.stream().map(e -> Fidelity.assess(e, asOf)).toList());
 * p.fidelity().orElseThrow().median();   // the typical practice's share of due activities delivered
 * p.notAssessed();                       // practices with nothing due yet, left out of the fidelity figures
 * }</pre>
 *
 * @param practices  the engagements assessed
 * @param fidelity  the spread of delivered over due activities, over practices with something due
 * @param doseRatio  the spread of delivered over planned minutes, over practices with something planned
 * @param deliveredHours  the spread of coaching hours delivered, over every practice
 * @param overall  the activities of every practice added together
 * @param notAssessed  practices with nothing due, which have no fidelity (not 100 %)
 */
public record ProgramFidelity(int practices, Optional<Distribution> fidelity, Optional<Distribution> doseRatio,
                              Optional<Distribution> deliveredHours, FidelityCount overall, List<PracticeId> notAssessed) {

    /**
     * Copies the list.
     *
     * @param practices  the engagements assessed
     * @param fidelity  the spread of fidelity
     * @param doseRatio  the spread of delivered over planned minutes
     * @param deliveredHours  the spread of coaching hours delivered
     * @param overall  the activities of every practice added together
     * @param notAssessed  practices with nothing due
     */
    public ProgramFidelity {
        Objects.requireNonNull(fidelity, "fidelity");
        Objects.requireNonNull(doseRatio, "doseRatio");
        Objects.requireNonNull(deliveredHours, "deliveredHours");
        Objects.requireNonNull(overall, "overall");
        notAssessed = List.copyOf(notAssessed);
    }

    /**
     * Summarises engagements' fidelity.
     *
     * @param engagements  the assessments, practices not repeated
     * @return the summary
     * @throws IllegalArgumentException if a practice appears twice
     */
    public static ProgramFidelity of(List<EngagementFidelity> engagements) {
        if (engagements.stream().map(EngagementFidelity::practice).distinct().count() != engagements.size()) {
            throw new IllegalArgumentException("ProgramFidelity: each practice once");
        }
        List<Double> fidelity = new ArrayList<>();
        List<Double> dose = new ArrayList<>();
        List<Double> hours = new ArrayList<>();
        List<PracticeId> notAssessed = new ArrayList<>();
        int onTime = 0;
        int late = 0;
        int missed = 0;
        int due = 0;
        int added = 0;
        for (EngagementFidelity e : engagements) {
            e.frequency().fidelity().ifPresentOrElse(fidelity::add, () -> notAssessed.add(e.practice()));
            e.doseRatio().ifPresent(dose::add);
            hours.add(e.deliveredDose().hours());
            onTime += e.frequency().onTime();
            late += e.frequency().late();
            missed += e.frequency().missed();
            due += e.frequency().due();
            added += e.frequency().added();
        }
        return new ProgramFidelity(engagements.size(), spread(fidelity), spread(dose), spread(hours),
                new FidelityCount("program", onTime, late, missed, due, added), notAssessed);
    }

    private static Optional<Distribution> spread(List<Double> values) {
        return values.isEmpty() ? Optional.empty()
                : Optional.of(Distribution.of(values.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    @Override
    public String toString() {
        return practices + " practices; fidelity " + fidelity.map(Distribution::toString).orElse("none due") + "; "
                + overall;
    }
}
