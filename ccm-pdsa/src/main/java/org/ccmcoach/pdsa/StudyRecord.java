package org.ccmcoach.pdsa;

import org.ccmcoach.core.value.NotBlankIfPresent;

import jakarta.validation.constraints.NotBlank;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The Study of a PDSA cycle: how each prediction fared, in the order of the plan's questions,
 * the comparison with earlier performance, and what was learned.
 *
 * <pre>{@code
 * StudyRecord study = StudyRecord.builder()
 *         .addOutcomes(PredictionOutcome.PARTLY)
 *         .comparison("3 of 5 attended; last month 2 of 5")
 *         .learning("Reminders help; correct phone numbers first")
 *         .build();
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableStudyRecord.class)
public abstract class StudyRecord implements WithStudyRecord {

    StudyRecord() {
    }

    /** {@return one outcome per prediction, in the order of the plan's questions} */
    @NotEmpty
    public abstract List<@NotNull PredictionOutcome> outcomes();

    /** {@return how the results compare with earlier performance} */
    public abstract Optional<@NotBlankIfPresent @PlainText(multiLine = true) @Size(max = 2000) String> comparison();

    /** {@return what was learned} */
    @NotBlank
    @PlainText(multiLine = true)
    @Size(max = 2000)
    public abstract String learning();

    /**
     * Starts building a record.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link StudyRecord}. */
    public static final class Builder extends ImmutableStudyRecord.Builder {
        Builder() {
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }
}
