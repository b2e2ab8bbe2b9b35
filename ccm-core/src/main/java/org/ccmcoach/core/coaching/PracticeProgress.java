package org.ccmcoach.core.coaching;

import jakarta.validation.constraints.Max;
import org.ccmcoach.core.value.Finite;
import org.ccmcoach.core.value.SupportedDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A snapshot of a practice's progress, as plain numbers, for exit decisions and monthly reviews.
 *
 * <p>The numbers come from the other modules (ccm-core depends on none of them): the ACIC change
 * from {@code AssessmentChange} in ccm-assessment, the cycle count from {@code PdsaCycle}s in
 * ccm-pdsa, the readiness follow-up from the {@code readiness-3-month} checklist's count of yes.
 *
 * <pre>{@code
 * PracticeProgress p = PracticeProgress.builder().practice(PracticeId.of("p-17")).asOf(LocalDate.of(2026, 11, 1))
 *         .pdsaCyclesCompleted(4).acicChange(1.3).qiLeadNamed(true).regularTeamMeetings(true)
 *         .readinessFollowUp(4).putIndicators("no-show-rate", -0.08).build();
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutablePracticeProgress.class)
public abstract class PracticeProgress implements WithPracticeProgress {

    PracticeProgress() {
    }

    /** {@return the practice} */
    @NotNull
    public abstract PracticeId practice();

    /** {@return the date of the snapshot} */
    @NotNull
    @SupportedDate
    public abstract LocalDate asOf();

    /** {@return PDSA cycles completed (decided)} */
    @PositiveOrZero
    public abstract int pdsaCyclesCompleted();

    /** {@return the change of the ACIC overall score since baseline, if assessed twice} */
    @Finite
    public abstract OptionalDouble acicChange();

    /** {@return whether an internal QI lead is named} */
    public abstract boolean qiLeadNamed();

    /** {@return whether the team meets regularly} */
    public abstract boolean regularTeamMeetings();

    /** {@return the three-month readiness follow-up: how many of its 4 items were "yes", if taken} */
    @PositiveOrZero
    @Max(4)
    public abstract OptionalInt readinessFollowUp();

    /** {@return indicator changes since baseline, by measure, such as {@code no-show-rate = -0.08}} */
    public abstract Map<@NotNull String, @NotNull @Finite Double> indicators();

    /**
     * Starts building a snapshot.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PracticeProgress}. */
    public static final class Builder extends ImmutablePracticeProgress.Builder {
        Builder() {
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("acicChange", p -> p.acicChange().stream().allMatch(Double::isFinite), "must be finite",
                        PracticeProgress::acicChange)
                .require("indicators", p -> p.indicators().values().stream().allMatch(Double::isFinite),
                        "must be finite numbers", PracticeProgress::indicators)
                .check();
    }
}
