package org.ccmcoach.assessment.dose;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.fidelity.EngagementFidelity;
import org.ccmcoach.core.fidelity.FidelityCount;

/**
 * Fidelity and dose across a program's engagements: how evenly the planned coaching was delivered,
 * in Carroll et al.'s four parts ({@link FidelityPart}), and the practices' dose beside the coach
 * time it took.
 *
 * <p>A practice lacking a part (nothing of it planned yet: no activity due, no key change planned,
 * no role expected) is left out of that part's spread and listed in {@link #lacking()}, not counted
 * as 0 or 100 %. The dose is the practice's (each encounter once, a joint visit once); coach time
 * counts each coach present, so a program's joint visits show as coach hours above practice hours.
 *
 * <pre>{@code
 * ProgramFidelity p = ProgramFidelity.of(engagements.stream().map(e -> Fidelity.assess(e, asOf)).toList());
 * p.spread(FidelityPart.CONTENT).orElseThrow().median();   // the typical practice's share of planned key changes
 * p.lacking(FidelityPart.FREQUENCY);                       // practices with nothing due yet
 * p.coachTimePerDose();                                    // coach hours per practice hour: 1 without joint visits
 * }</pre>
 *
 * @param practices  the engagements assessed
 * @param frequency  the spread of delivered over due activities, over practices with something due
 * @param duration  the spread of delivered activities' minutes over their planned minutes
 * @param content  the spread of planned key changes worked on
 * @param coverage  the spread of expected practice roles reached
 * @param lacking  for each part, the practices without a share of it, in the order given; every part present
 * @param doseRatio  the spread of the practices' delivered over planned minutes, over practices with something planned
 * @param deliveredHours  the spread of the practices' hours with their coaches (each encounter once), over every practice
 * @param deliveredCoachHours  the spread of coach hours delivered (each coach present), over every practice
 * @param coachTimePerDose  the spread of coach hours per practice hour, over practices with hours delivered
 * @param lackingDoseRatio  the practices left out of {@code doseRatio}: nothing planned yet
 * @param lackingCoachTimePerDose  the practices left out of {@code coachTimePerDose}: no hours delivered
 * @param total  the scheduled activities of every practice added together
 */
public record ProgramFidelity(int practices, Optional<Distribution> frequency, Optional<Distribution> duration,
                              Optional<Distribution> content, Optional<Distribution> coverage,
                              Map<FidelityPart, List<PracticeId>> lacking, Optional<Distribution> doseRatio,
                              Optional<Distribution> deliveredHours, Optional<Distribution> deliveredCoachHours,
                              Optional<Distribution> coachTimePerDose, List<PracticeId> lackingDoseRatio,
                              List<PracticeId> lackingCoachTimePerDose, FidelityCount total) {

    /**
     * Checks for nulls and copies the lists.
     *
     * @param practices  the engagements assessed
     * @param frequency  the spread of frequency
     * @param duration  the spread of duration
     * @param content  the spread of content
     * @param coverage  the spread of coverage
     * @param lacking  the practices without a share of each part
     * @param doseRatio  the spread of delivered over planned minutes
     * @param deliveredHours  the spread of the practices' hours
     * @param deliveredCoachHours  the spread of coach hours
     * @param coachTimePerDose  the spread of coach hours per practice hour
     * @param lackingDoseRatio  the practices without a dose ratio
     * @param lackingCoachTimePerDose  the practices without coach hours per practice hour
     * @param total  the activities of every practice added together
     */
    public ProgramFidelity {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(coverage, "coverage");
        Map<FidelityPart, List<PracticeId>> copy = new EnumMap<>(FidelityPart.class);
        for (FidelityPart part : FidelityPart.values()) {
            copy.put(part, List.copyOf(lacking.getOrDefault(part, List.of())));
        }
        lacking = java.util.Collections.unmodifiableMap(copy);
        Objects.requireNonNull(doseRatio, "doseRatio");
        Objects.requireNonNull(deliveredHours, "deliveredHours");
        Objects.requireNonNull(deliveredCoachHours, "deliveredCoachHours");
        Objects.requireNonNull(coachTimePerDose, "coachTimePerDose");
        lackingDoseRatio = List.copyOf(lackingDoseRatio);
        lackingCoachTimePerDose = List.copyOf(lackingCoachTimePerDose);
        Objects.requireNonNull(total, "total");
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
        Map<FidelityPart, List<Double>> parts = new EnumMap<>(FidelityPart.class);
        Map<FidelityPart, List<PracticeId>> lacking = new EnumMap<>(FidelityPart.class);
        for (FidelityPart part : FidelityPart.values()) {
            parts.put(part, new ArrayList<>());
            lacking.put(part, new ArrayList<>());
        }
        List<Double> dose = new ArrayList<>();
        List<Double> hours = new ArrayList<>();
        List<Double> coachHours = new ArrayList<>();
        List<Double> perDose = new ArrayList<>();
        List<PracticeId> noDoseRatio = new ArrayList<>();
        List<PracticeId> noPerDose = new ArrayList<>();
        FidelityCount total = new FidelityCount("program", 0, 0, 0, 0, 0);
        for (EngagementFidelity e : engagements) {
            for (FidelityPart part : FidelityPart.values()) {
                OptionalDouble share = part.of(e);
                if (share.isPresent()) {
                    parts.get(part).add(share.getAsDouble());
                } else {
                    lacking.get(part).add(e.practice());
                }
            }
            e.doseRatio().ifPresentOrElse(dose::add, () -> noDoseRatio.add(e.practice()));
            hours.add(e.deliveredDose().hours());
            coachHours.add(e.deliveredCoachTime().hours());
            if (e.deliveredDose().minutes() > 0) {
                perDose.add(e.deliveredCoachTime().minutes() / (double) e.deliveredDose().minutes());
            } else {
                noPerDose.add(e.practice());
            }
            total = total.plus(e.frequency(), "program");
        }
        return new ProgramFidelity(engagements.size(), spread(parts.get(FidelityPart.FREQUENCY)),
                spread(parts.get(FidelityPart.DURATION)), spread(parts.get(FidelityPart.CONTENT)),
                spread(parts.get(FidelityPart.COVERAGE)), lacking, spread(dose), spread(hours), spread(coachHours),
                spread(perDose), noDoseRatio, noPerDose, total);
    }

    /**
     * The spread of one part.
     *
     * @param part  the part, not null
     * @return its spread over the practices that have it, empty when none has
     */
    public Optional<Distribution> spread(FidelityPart part) {
        return switch (Objects.requireNonNull(part, "part")) {
            case FREQUENCY -> frequency;
            case DURATION -> duration;
            case CONTENT -> content;
            case COVERAGE -> coverage;
        };
    }

    /**
     * The practices without a share of one part.
     *
     * @param part  the part, not null
     * @return the practices, in the order given
     */
    public List<PracticeId> lacking(FidelityPart part) {
        return lacking.get(Objects.requireNonNull(part, "part"));
    }

    private static Optional<Distribution> spread(List<Double> values) {
        return values.isEmpty() ? Optional.empty()
                : Optional.of(Distribution.of(values.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    @Override
    public String toString() {
        return practices + " practices; frequency " + frequency.map(Distribution::toString).orElse("none due") + "; "
                + total;
    }
}
