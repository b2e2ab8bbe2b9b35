package org.ccmcoach.core.coaching;

import jakarta.validation.constraints.NotNull;
import org.ccmcoach.core.value.SupportedDate;
import java.time.LocalDate;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An activity of the schedule that took place: its type and the date it happened.
 *
 * <pre>{@code
 * CompletedActivity.of(ActivityType.ASSESSMENT_DAY, LocalDate.of(2026, 2, 2));
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableCompletedActivity.class)
public abstract class CompletedActivity {

    CompletedActivity() {
    }

    /** {@return the kind of activity} */
    @Value.Parameter
    @NotNull
    public abstract ActivityType type();

    /** {@return when it took place} */
    @Value.Parameter
    @NotNull
    @SupportedDate
    public abstract LocalDate date();

    /**
     * Obtains a completed activity.
     *
     * @param type  the kind
     * @param date  when
     * @return the record, not null
     */
    public static CompletedActivity of(ActivityType type, LocalDate date) {
        return ImmutableCompletedActivity.of(type, date);
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }

    @Override
    public String toString() {
        return type() + " on " + date();
    }
}
