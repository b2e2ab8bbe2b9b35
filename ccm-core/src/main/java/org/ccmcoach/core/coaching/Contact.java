package org.ccmcoach.core.coaching;

import org.ccmcoach.core.value.NotBlankIfPresent;

import jakarta.validation.constraints.NotNull;
import org.ccmcoach.core.value.PlainText;
import org.ccmcoach.core.value.SupportedDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A coach's contact with a practice, as the coach's time log records it.
 *
 * <pre>{@code
 * Contact.of(LocalDate.of(2026, 3, 9), ContactMode.PHONE, 25, CoachId.of("coach-ana"), "reviewed PDSA 2");
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableContact.class)
public abstract class Contact implements WithContact {

    Contact() {
    }

    /** {@return when} */
    @NotNull
    @SupportedDate
    public abstract LocalDate date();

    /** {@return how} */
    @NotNull
    public abstract ContactMode mode();

    /**
     * How long, in minutes: at most a day (1,440), the library's bound for one contact.
     *
     * @return how long, in minutes
     */
    @Positive
    @Max(value = MAX_MINUTES, message = "must be at most 1440, one day")
    public abstract int minutes();

    /**
     * The longest contact, in minutes: one day, the library's choice. The contacts the domain notes
     * cite last 17 minutes (remote) to 87 (on site) on average; a longer entry is almost certainly a
     * mistake, such as hours typed as minutes.
     */
    public static final int MAX_MINUTES = 1440;

    /** {@return which coach} */
    @NotNull
    public abstract CoachId coach();

    /** {@return the coach's progress note, if any} */
    public abstract Optional<@NotBlankIfPresent @PlainText(multiLine = true) @Size(max = 4000) String> notes();

    /**
     * Obtains a contact with a note.
     *
     * @param date  when
     * @param mode  how
     * @param minutes  how long, positive
     * @param coach  which coach
     * @param notes  the note
     * @return the contact, not null
     */
    public static Contact of(LocalDate date, ContactMode mode, int minutes, CoachId coach, String notes) {
        return ImmutableContact.builder().date(date).mode(mode).minutes(minutes).coach(coach).notes(notes).build();
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }

    @Override
    public String toString() {
        return date() + " " + mode() + " " + minutes() + " min " + coach();
    }
}
