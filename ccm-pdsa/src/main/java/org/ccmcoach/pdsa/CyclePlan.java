package org.ccmcoach.pdsa;

import jakarta.validation.constraints.NotBlank;
import org.ccmcoach.core.value.SupportedDate;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The plan of a PDSA cycle: the objective of the test, its questions each with a prediction, the
 * tasks, how data will be collected, and the measures that will tell.
 *
 * <pre>{@code
 * CyclePlan plan = CyclePlan.builder()
 *         .objective("Will phone reminders reduce no-shows for Dr Lee's diabetes patients?")
 *         .addQuestions(CyclePlan.Question.of("How many of 5 reminded patients attend?", "4 of 5"))
 *         .addTasks(CyclePlan.Task.of("call 5 patients", "MA Ruiz", LocalDate.of(2026, 3, 2), "front desk"))
 *         .dataCollection("MA tallies attendance on the reminder log")
 *         .addMeasures(MeasureId.of("no-show-rate"))
 *         .build();
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableCyclePlan.class)
public abstract class CyclePlan implements WithCyclePlan {

    CyclePlan() {
    }

    /** {@return what the test is meant to learn} */
    @NotBlank
    @PlainText(multiLine = true)
    @Size(max = 1000)
    public abstract String objective();

    /** {@return the questions, each with the team's prediction; at least one} */
    @NotEmpty
    public abstract List<@NotNull Question> questions();

    /** {@return the tasks: what, who, when, where} */
    public abstract List<@NotNull Task> tasks();

    /** {@return how the data will be collected} */
    @NotBlank
    @PlainText(multiLine = true)
    @Size(max = 1000)
    public abstract String dataCollection();

    /** {@return the measures that tell whether the change is an improvement} */
    public abstract List<@NotNull MeasureId> measures();

    /**
     * Starts building a plan.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CyclePlan}. */
    public static final class Builder extends ImmutableCyclePlan.Builder {
        Builder() {
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }

    /**
     * A question the test answers, with the team's prediction.
     *
     * <pre>{@code
     * CyclePlan.Question q = CyclePlan.Question.of("How many of 5 reminded patients attend?", "4 of 5");
     * }</pre>
     */
    @CcmStyle
    @Value.Immutable
    @JsonDeserialize(as = ImmutableQuestion.class)
    public abstract static class Question {

        Question() {
        }

        /** {@return the question} */
        @Value.Parameter
        @NotBlank
        @PlainText(multiLine = true)
        @Size(max = 500)
        public abstract String question();

        /** {@return the prediction} */
        @Value.Parameter
        @NotBlank
        @PlainText(multiLine = true)
        @Size(max = 500)
        public abstract String prediction();

        /**
         * Obtains a question with its prediction.
         *
         * @param question  the question, not blank
         * @param prediction  the prediction, not blank
         * @return the question, not null
         */
        public static Question of(String question, String prediction) {
            return ImmutableQuestion.of(question, prediction);
        }

        @Value.Check
        final void validate() {
            CcmValidator.check(this);
        }

        @Override
        public String toString() {
            return question() + " (predicted: " + prediction() + ")";
        }
    }

    /**
     * One task of the plan: what, who, when, where.
     *
     * <pre>{@code
     * CyclePlan.Task t = CyclePlan.Task.of("call 5 patients", "MA Ruiz", LocalDate.of(2026, 3, 2), "front desk");
     * }</pre>
     */
    @CcmStyle
    @Value.Immutable
    @JsonDeserialize(as = ImmutableTask.class)
    public abstract static class Task {

        Task() {
        }

        /** {@return what is done} */
        @NotBlank
        @PlainText(multiLine = true)
        @Size(max = 500)
        public abstract String what();

        /** {@return who does it} */
        @NotBlank
        @PlainText(multiLine = true)
        @Size(max = 200)
        public abstract String who();

        /** {@return when} */
        @NotNull
        @SupportedDate
        public abstract LocalDate when();

        /** {@return where, if it matters} */
        public abstract Optional<@PlainText String> where();

        /**
         * Obtains a task.
         *
         * @param what  what is done
         * @param who  who does it
         * @param when  when
         * @param where  where
         * @return the task, not null
         */
        public static Task of(String what, String who, LocalDate when, String where) {
            return ImmutableTask.builder().what(what).who(who).when(when).where(where).build();
        }

        @Value.Check
        final void validate() {
            CcmValidator.check(this);
        }

        @Override
        public String toString() {
            return what() + " — " + who() + ", " + when() + where().map(w -> ", " + w).orElse("");
        }
    }
}
