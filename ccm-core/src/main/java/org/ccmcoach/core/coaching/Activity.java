package org.ccmcoach.core.coaching;

import jakarta.validation.constraints.NotBlank;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One activity of an intervention phase: what, how, when, how long, who takes part, and which
 * tools and toolkit key changes it uses.
 *
 * <pre>{@code
 * Activity call = Activity.builder().type(ActivityType.COACHING_CALL).name("Coaching call")
 *         .mode(ContactMode.PHONE).timing(Timing.every(Period.ofMonths(1), Period.ZERO))
 *         .expectedMinutes(30).addCoachRoles(EngagementRole.POINT_OF_CONTACT)
 *         .addPracticeRoles("QI team").addTools("PDSA worksheet").addKeyChanges(KeyChange.PLAN_CARE)
 *         .build();
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableActivity.class)
public abstract class Activity implements WithActivity {

    Activity() {
    }

    /** {@return the kind of activity} */
    @NotNull
    public abstract ActivityType type();

    /** {@return its name in the program, such as "Assessment Day"} */
    @NotBlank
    @PlainText
    @Size(max = 200)
    public abstract String name();

    /** {@return how it is held} */
    @NotNull
    public abstract ContactMode mode();

    /** {@return when, within its phase} */
    @NotNull
    public abstract Timing timing();

    /** {@return how long it is expected to take, in minutes} */
    @Positive
    public abstract int expectedMinutes();

    /** {@return the coaches taking part, by engagement role} */
    public abstract Set<@NotNull EngagementRole> coachRoles();

    /** {@return the practice staff taking part, such as "physician" or "practice manager"} */
    public abstract List<@NotBlank @PlainText @Size(max = 100) String> practiceRoles();

    /** {@return the tools used, such as "ACIC", "Clinic Observation Assessment" or "PDSA worksheet"} */
    public abstract List<@NotBlank @PlainText @Size(max = 100) String> tools();

    /** {@return the toolkit key changes worked on} */
    public abstract List<@NotNull KeyChange> keyChanges();

    /**
     * Starts building an activity.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Activity}. */
    public static final class Builder extends ImmutableActivity.Builder {
        Builder() {
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }

    @Override
    public String toString() {
        return name() + " (" + mode() + ", " + expectedMinutes() + " min, " + timing() + ")";
    }
}
