package org.ccmcoach.pdsa;

import jakarta.validation.constraints.NotBlank;
import org.ccmcoach.core.value.SupportedDate;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One Plan-Do-Study-Act cycle: a small test of change, recorded stage by stage.
 *
 * <p>A cycle starts planned; {@link #recordDo}, {@link #recordStudy} and {@link #decide} each
 * return a new cycle one stage on. Stages happen in order: a cycle cannot be studied before it is
 * done, nor decided before it is studied; an out-of-order transition throws
 * {@link IllegalStateException} naming the current stage. A cycle built or read from JSON with a
 * later stage and an earlier one missing is refused, and so is a study whose outcomes do not match
 * the plan's predictions one to one.
 *
 * <pre>{@code
 * PdsaCycle cycle = PdsaCycle.plan(CycleId.of("reminders-1"), "Phone reminders, Dr Lee", 1,
 *         LocalDate.of(2026, 3, 1), plan);
 * cycle = cycle.recordDo(done).recordStudy(study).decide(act);
 * cycle.stage();      // ACT
 * cycle.decision();   // Optional[ADAPT]
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutablePdsaCycle.class)
public abstract class PdsaCycle implements WithPdsaCycle {

    PdsaCycle() {
    }

    /** {@return the cycle's identifier} */
    @NotNull
    public abstract CycleId id();

    /** {@return a short title} */
    @NotBlank
    @PlainText
    @Size(max = 200)
    public abstract String title();

    /** {@return its number in its ramp or series, from 1} */
    @Positive
    public abstract int number();

    /** {@return when planning started} */
    @NotNull
    @SupportedDate
    public abstract LocalDate start();

    /** {@return how large the test is, if recorded} */
    public abstract Optional<TestScale> scale();

    /** {@return the plan} */
    @NotNull
    public abstract CyclePlan plan();

    /** {@return what happened, once done} */
    public abstract Optional<DoRecord> doRecord();

    /** {@return what was learned, once studied} */
    public abstract Optional<StudyRecord> study();

    /** {@return what was decided, once acted on} */
    public abstract Optional<ActRecord> act();

    /**
     * Obtains a planned cycle.
     *
     * @param id  the identifier
     * @param title  a short title
     * @param number  its number in the ramp, from 1
     * @param start  when planning started
     * @param plan  the plan
     * @return the cycle at stage {@link PdsaStage#PLAN}, not null
     */
    public static PdsaCycle plan(CycleId id, String title, int number, LocalDate start, CyclePlan plan) {
        return builder().id(id).title(title).number(number).start(start).plan(plan).build();
    }

    /**
     * Starts building a cycle, for instance to read one back from storage.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PdsaCycle}. */
    public static final class Builder extends ImmutablePdsaCycle.Builder {
        Builder() {
        }
    }

    /** {@return the last stage recorded} */
    public final PdsaStage stage() {
        if (act().isPresent()) {
            return PdsaStage.ACT;
        }
        if (study().isPresent()) {
            return PdsaStage.STUDY;
        }
        return doRecord().isPresent() ? PdsaStage.DO : PdsaStage.PLAN;
    }

    /** {@return the decision, once acted on} */
    public final Optional<ActDecision> decision() {
        return act().map(ActRecord::decision);
    }

    /**
     * Records that the test was carried out.
     *
     * @param record  what happened, not null
     * @return the cycle at stage {@link PdsaStage#DO}
     * @throws IllegalStateException if the cycle is not at stage {@link PdsaStage#PLAN}
     */
    public final PdsaCycle recordDo(DoRecord record) {
        require(PdsaStage.PLAN, "record its Do");
        return withDoRecord(record);
    }

    /**
     * Records the study of the results.
     *
     * @param record  outcomes and learning, one outcome per prediction, not null
     * @return the cycle at stage {@link PdsaStage#STUDY}
     * @throws IllegalStateException if the cycle is not at stage {@link PdsaStage#DO}
     */
    public final PdsaCycle recordStudy(StudyRecord record) {
        require(PdsaStage.DO, "record its Study");
        return withStudy(record);
    }

    /**
     * Records the decision.
     *
     * @param record  adopt, adapt or abandon, with next steps, not null
     * @return the cycle at stage {@link PdsaStage#ACT}
     * @throws IllegalStateException if the cycle is not at stage {@link PdsaStage#STUDY}
     */
    public final PdsaCycle decide(ActRecord record) {
        require(PdsaStage.STUDY, "decide its Act");
        return withAct(record);
    }

    private void require(PdsaStage expected, String action) {
        if (stage() != expected) {
            throw new IllegalStateException("Cycle " + id() + " cannot " + action + ": it is at stage " + stage()
                    + ", and this needs stage " + expected);
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("study", c -> c.study().isEmpty() || c.doRecord().isPresent(),
                        "needs the Do recorded first", c -> "study without Do")
                .require("act", c -> c.act().isEmpty() || c.study().isPresent(),
                        "needs the Study recorded first", c -> "act without Study")
                .require("study.outcomes", c -> c.study().map(s -> s.outcomes().size() == c.plan().questions().size())
                                .orElse(true),
                        "must give one outcome per prediction (" + plan().questions().size() + ")",
                        c -> c.study().map(StudyRecord::outcomes).orElseThrow())
                .require("doRecord.started", c -> c.doRecord().map(d -> !d.started().isBefore(c.start())).orElse(true),
                        "must not be before the cycle's start " + start(),
                        c -> c.doRecord().map(DoRecord::started).orElseThrow())
                .require("act.decided", c -> c.act().flatMap(a -> c.doRecord().map(d -> !a.decided().isBefore(d.ended())))
                                .orElse(true), "must not be before the test ended",
                        c -> c.act().map(ActRecord::decided).orElseThrow())
                .check();
    }

    /** {@return {@code reminders-1 #1 Phone reminders, Dr Lee (ACT: ADAPT)}} */
    @Override
    public String toString() {
        return id() + " #" + number() + " " + title() + " (" + stage()
                + decision().map(d -> ": " + d).orElse("") + scale().map(s -> "; " + s).orElse("") + ")";
    }
}
