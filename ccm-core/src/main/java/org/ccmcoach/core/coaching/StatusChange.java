package org.ccmcoach.core.coaching;

import jakarta.validation.constraints.NotBlank;
import org.ccmcoach.core.value.SupportedDate;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A change of an engagement's status: the new status, from when, and why.
 *
 * <pre>{@code
 * StatusChange.of(EngagementStatus.PAUSED, LocalDate.of(2026, 6, 1), "clinic relocation");
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableStatusChange.class)
public abstract class StatusChange {

    StatusChange() {
    }

    /** {@return the status from this date on} */
    @Value.Parameter
    @NotNull
    public abstract EngagementStatus status();

    /** {@return from when} */
    @Value.Parameter
    @NotNull
    @SupportedDate
    public abstract LocalDate date();

    /** {@return why} */
    @Value.Parameter
    @NotBlank
    @PlainText(multiLine = true)
    @Size(max = 1000)
    public abstract String reason();

    /**
     * Obtains a status change.
     *
     * @param status  the new status
     * @param date  from when
     * @param reason  why, not blank
     * @return the change, not null
     */
    public static StatusChange of(EngagementStatus status, LocalDate date, String reason) {
        return ImmutableStatusChange.of(status, date, reason);
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }

    @Override
    public String toString() {
        return date() + " " + status() + ": " + reason();
    }
}
