package org.ccmcoach.core;

import jakarta.validation.constraints.DecimalMax;
import org.ccmcoach.core.value.Finite;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A practice coach (practice facilitator): the scarce resource a coaching program allocates.
 *
 * <p>A coach works some fraction of full time ({@link #fte()}) for the program, plays some of the
 * roles of the AHRQ coaching manual, brings expertise areas that practices may need (registries,
 * self-management support, EHR reporting) and may have a home base from which travel is measured.
 *
 * <pre>{@code
 * Coach ana = Coach.builder()
 *         .id(CoachId.of("coach-ana"))
 *         .name("Ana Ruiz")
 *         .fte(0.8)
 *         .addRoles(CoachRole.FACILITATOR, CoachRole.KNOWLEDGE_BROKER)
 *         .addExpertise("registry", "self-management-support")
 *         .homeLocation(GeoPoint.of(45.52, -122.68))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; validated at construction.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableCoach.class)
public abstract class Coach implements WithCoach {

    /** The rule expertise areas follow: a lower-case key such as {@code registry} or {@code ehr-reporting}. */
    public static final String EXPERTISE_FORMAT = "[a-z][a-z0-9]*(?:-[a-z0-9]+)*";

    Coach() {
    }

    /** {@return the coach's identifier} */
    @NotNull
    public abstract CoachId id();

    /** {@return the coach's name, at most 200 characters} */
    @NotBlank
    @PlainText
    @Size(max = 200)
    public abstract String name();

    /**
     * The fraction of a full-time position the coach gives the program: more than 0, at most 1;
     * 1 when not given. Capacity in hours follows from it and the program's hours per FTE.
     *
     * @return the fraction of a full-time position, in (0, 1]
     */
    @Value.Default
    @DecimalMin(value = "0.0", inclusive = false, message = "must be more than 0")
    @DecimalMax(value = "1.0", message = "must be at most 1.0")
    @Finite
    public double fte() {
        return 1.0;
    }

    /** {@return the roles the coach plays, from the manual's list; empty when not recorded} */
    public abstract Set<@NotNull CoachRole> roles();

    /**
     * The coach's expertise areas as lower-case keys ({@link #EXPERTISE_FORMAT}), such as
     * {@code registry}, {@code self-management-support} or {@code ehr-reporting}; a practice that
     * requires an area is matched only to coaches who list it.
     *
     * @return the expertise areas, possibly empty
     */
    public abstract Set<@Pattern(regexp = EXPERTISE_FORMAT, message = "must be a lower-case key such as \"registry\" or \"ehr-reporting\"") String> expertise();

    /** {@return where the coach's travel starts, if known} */
    public abstract Optional<GeoPoint> homeLocation();

    /**
     * Starts building a coach.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Coach}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableCoach.Builder {
        Builder() {
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }
}
