package org.ccmcoach.pdsa;

import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccmcoach.core.value.PropertyPath;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Problem;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Linked PDSA cycles testing one change idea, each leading into the next and usually growing in
 * scale, from a first small test to implementation.
 *
 * <p>A cycle follows only a decided cycle whose decision was ADAPT or ADOPT; ABANDON closes the
 * ramp. Cycles are numbered 1, 2, 3 … in order. {@link #then(PdsaCycle)} returns a new ramp with
 * one more cycle; {@link #summary()} says how far the ramp got.
 *
 * <pre>{@code
 * PdsaRamp ramp = PdsaRamp.of(reminders).then(cycle1).then(cycle2);
 * ramp.status();    // OPEN, ADOPTED or ABANDONED
 * ramp.summary();   // "2 cycles of ...: adapted once, adopted at 5 clinicians, 1 site"
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutablePdsaRamp.class)
public abstract class PdsaRamp implements WithPdsaRamp {

    /** Where a ramp stands. */
    public enum Status {
        /** Testing goes on: no cycle yet, the last one undecided, or adapted. */
        OPEN,
        /** The last cycle adopted the change. */
        ADOPTED,
        /** The change was abandoned; the ramp is closed. */
        ABANDONED
    }

    PdsaRamp() {
    }

    /** {@return the change idea the ramp tests} */
    @NotNull
    public abstract ChangeIdea changeIdea();

    /** {@return the cycles, in order} */
    public abstract List<@NotNull PdsaCycle> cycles();

    /**
     * Starts a ramp with no cycle yet.
     *
     * @param changeIdea  the change idea, not null
     * @return the ramp, not null
     */
    public static PdsaRamp of(ChangeIdea changeIdea) {
        return ImmutablePdsaRamp.builder().changeIdea(changeIdea).build();
    }

    /**
     * Adds the next cycle.
     *
     * @param next  the next cycle, numbered one more than the last, not null
     * @return the longer ramp
     * @throws IllegalStateException if the ramp is abandoned or its last cycle is not decided
     * @throws org.ccmcoach.core.value.CcmValidationException if the cycle's number is not the next one
     */
    public final PdsaRamp then(PdsaCycle next) {
        Optional<PdsaCycle> last = last();
        if (last.isPresent() && last.get().decision().isEmpty()) {
            throw new IllegalStateException("Cannot add a cycle after " + last.get().id() + ": it is at stage "
                    + last.get().stage() + "; decide it first (adapt or adopt)");
        }
        if (status() == Status.ABANDONED) {
            throw new IllegalStateException("Cannot add a cycle: the ramp was closed when " + last.get().id()
                    + " abandoned the change");
        }
        return ImmutablePdsaRamp.builder().from(this).addCycles(next).build();
    }

    /** {@return the last cycle, if any} */
    public final Optional<PdsaCycle> last() {
        return cycles().isEmpty() ? Optional.empty() : Optional.of(cycles().get(cycles().size() - 1));
    }

    /** {@return the cycles decided so far, the number a coaching {@code PracticeProgress} counts as completed} */
    public final int completedCycles() {
        return (int) cycles().stream().filter(c -> c.decision().isPresent()).count();
    }

    /** {@return where the ramp stands} */
    public final Status status() {
        Optional<ActDecision> decision = last().flatMap(PdsaCycle::decision);
        if (decision.isEmpty() || decision.get() == ActDecision.ADAPT) {
            return Status.OPEN;
        }
        return decision.get() == ActDecision.ADOPT ? Status.ADOPTED : Status.ABANDONED;
    }

    /** {@return how far the ramp got, in a sentence: cycles, decisions, the largest scale tested, the status} */
    public final String summary() {
        if (cycles().isEmpty()) {
            return "No cycle yet for: " + changeIdea().description();
        }
        long adapted = cycles().stream().filter(c -> c.decision().equals(Optional.of(ActDecision.ADAPT))).count();
        String largest = cycles().stream().flatMap(c -> c.scale().stream()).reduce((a, b) -> b)
                .map(s -> "; last tested at " + s).orElse("");
        String state = switch (status()) {
            case OPEN -> last().get().decision().isEmpty() ? "cycle " + last().get().number() + " at stage "
                    + last().get().stage() : "adapted, next cycle to plan";
            case ADOPTED -> "adopted";
            case ABANDONED -> "abandoned";
        };
        return cycles().size() + (cycles().size() == 1 ? " cycle" : " cycles") + " testing \""
                + changeIdea().description() + "\": " + state
                + (adapted > 0 ? " (adapted " + adapted + (adapted == 1 ? " time" : " times") + ")" : "") + largest;
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this).requireEach(PdsaRamp::orderViolations).check();
    }

    private List<Problem> orderViolations() {
        List<Problem> found = new ArrayList<>();
        for (int i = 0; i < cycles().size(); i++) {
            PdsaCycle c = cycles().get(i);
            if (c.number() != i + 1) {
                found.add(Problem.of("PdsaRamp", PropertyPath.of("cycles").at(i).then("number"), "must be " + (i + 1) + " in a ramp",
                        c.number()));
            }
            if (i > 0) {
                Optional<ActDecision> before = cycles().get(i - 1).decision();
                if (before.isEmpty() || !before.get().continuesRamp()) {
                    found.add(Problem.of("PdsaRamp", PropertyPath.of("cycles").at(i),
                            "must follow a cycle decided ADAPT or ADOPT; cycle " + i + " is "
                                    + before.map(Enum::name).orElse("undecided"), c.id()));
                }
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return summary();
    }
}
