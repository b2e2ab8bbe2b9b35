package org.ccmcoach.core;

import jakarta.validation.constraints.NotBlank;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A primary care practice, or one practice team within a clinic, taking part in a coaching program.
 *
 * <p>The practice is the unit that is assessed, coached and allocated a coach. Beyond its id, name
 * and organization it carries what allocation and evaluation need when known: where it is, its
 * panel size and number of clinicians; {@link #attributes()} holds a program's own covariates
 * (rurality, ownership, FQHC status) unchanged through JSON and CSV.
 *
 * <pre>{@code
 * Practice p = Practice.builder()
 *         .id(PracticeId.of("p-17"))
 *         .name("Riverside Family Medicine, Team Blue")
 *         .organization("Riverside Community Health")
 *         .location(GeoPoint.of(45.52, -122.68))
 *         .panelSize(2400)
 *         .build();
 * Practice renamed = p.withName("Riverside Team Blue");
 * }</pre>
 *
 * <p>Immutable and thread-safe; validated at construction.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutablePractice.class)
public abstract class Practice implements WithPractice {

    /** The rule attribute keys follow: a lower-case key such as {@code fqhc} or {@code rural-urban-code}. */
    public static final String ATTRIBUTE_KEY_FORMAT = "[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*";

    Practice() {
    }

    /** {@return the practice's identifier} */
    @NotNull
    public abstract PracticeId id();

    /** {@return the practice's name as the program uses it, at most 200 characters} */
    @NotBlank
    @PlainText
    @Size(max = 200)
    public abstract String name();

    /** {@return the health system, network or owner the practice belongs to; its own name if independent} */
    @NotBlank
    @PlainText
    @Size(max = 200)
    public abstract String organization();

    /** {@return where the practice is, if known} */
    public abstract Optional<GeoPoint> location();

    /** {@return the number of patients empanelled to the practice, if known; at least 1} */
    @Positive
    public abstract OptionalInt panelSize();

    /** {@return the number of clinicians (physicians, nurse practitioners, physician assistants), if known} */
    @PositiveOrZero
    public abstract OptionalInt clinicianCount();

    /**
     * The program's own descriptive values, such as {@code fqhc=yes} or {@code rural-urban-code=4};
     * keys match {@link #ATTRIBUTE_KEY_FORMAT}, values are at most 200 characters.
     *
     * @return the attributes by key, possibly empty
     */
    public abstract Map<@Pattern(regexp = ATTRIBUTE_KEY_FORMAT, message = "must be a lower-case key such as \"fqhc\" or \"rural-urban-code\"") String,
            @NotNull @PlainText @Size(max = 200) String> attributes();

    /**
     * Starts building a practice.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Practice}; {@link #build()} validates it. */
    public static final class Builder extends ImmutablePractice.Builder {
        Builder() {
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }
}
