package org.ccmcoach.assessment;

import org.ccmcoach.core.value.NotBlankIfPresent;

import jakarta.validation.constraints.NotNull;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.Pattern;
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
 * How many missing items a score tolerates before it is not computed.
 *
 * <p>A subscale is scored when at least one of its items is answered and no more are missing than
 * the policy allows for it ({@link #maxMissingBySubscale()}, else {@link #maxMissing()}, else any
 * number); an overall score from items is scored when no more than {@link #maxMissingOverall()}
 * items are missing. Three shapes cover the published practice:
 *
 * <pre>{@code
 * MissingDataPolicy.completeOnly();     // no item may be missing (the ACIC's arithmetic)
 * MissingDataPolicy.availableItems();   // score whatever was answered (ICIC's PACIC rule)
 * MissingDataPolicy.builder().name("study").putMaxMissingBySubscale("goal-setting", 1)
 *         .maxMissing(0).maxMissingOverall(3).build();
 * MissingDataPolicy.builder().name("prorated").maxMissingOverall(2).prorated(true).build();   // a sum from 7 of 9
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableMissingDataPolicy.class)
public abstract class MissingDataPolicy implements WithMissingDataPolicy {

    /** The name of {@link #completeOnly()}. */
    public static final String COMPLETE_ONLY = "complete-only";

    /** The name of {@link #availableItems()}. */
    public static final String AVAILABLE_ITEMS = "available-items";

    MissingDataPolicy() {
    }

    /** {@return the policy's name, a lower-case key such as {@code complete-only}} */
    @NotNull
    @Pattern(regexp = Subscale.ID_FORMAT, message = "must be a lower-case key such as \"complete-only\"")
    public abstract String name();

    /** {@return what the policy is and where it comes from} */
    public abstract Optional<@NotBlankIfPresent @PlainText @Size(max = 300) String> description();

    /**
     * {@return the most missing items in any subscale not named in {@link #maxMissingBySubscale()}; empty for any
     * number}
     */
    @PositiveOrZero
    public abstract OptionalInt maxMissing();

    /** {@return the most missing items in the named subscales} */
    public abstract Map<@NotNull String, @NotNull @PositiveOrZero Integer> maxMissingBySubscale();

    /** {@return the most missing items for an overall score computed from items; empty for any number} */
    @PositiveOrZero
    public abstract OptionalInt maxMissingOverall();

    /**
     * {@return whether a sum with items missing is prorated: the mean of the answered items times
     * the number of items, so that it stays on the complete form's range (the PHQ-9's 0..27); false
     * unless given. A prorating policy must bound the items missing ({@link #maxMissingOverall()}).
     * Means are not affected: they are means of the answered items either way}
     */
    @Value.Default
    public boolean prorated() {
        return false;
    }

    /**
     * No item may be missing: every subscale and the overall score need complete answers.
     *
     * @return the policy named {@value #COMPLETE_ONLY}, not null
     */
    public static MissingDataPolicy completeOnly() {
        return builder().name(COMPLETE_ONLY).description("every item answered")
                .maxMissing(0).maxMissingOverall(0).build();
    }

    /**
     * Scores are means (or sums) of whatever items were answered; a subscale needs one answer.
     *
     * @return the policy named {@value #AVAILABLE_ITEMS}, not null
     */
    public static MissingDataPolicy availableItems() {
        return builder().name(AVAILABLE_ITEMS).description("scores from the answered items, at least one per score")
                .build();
    }

    /**
     * Starts building a policy.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MissingDataPolicy}. */
    public static final class Builder extends ImmutableMissingDataPolicy.Builder {
        Builder() {
        }
    }

    /**
     * The most missing items a subscale may have.
     *
     * @param subscaleId  the subscale's identifier, not null
     * @return the limit, empty when any number is allowed
     */
    public final OptionalInt allowedMissing(String subscaleId) {
        Integer specific = maxMissingBySubscale().get(subscaleId);
        return specific != null ? OptionalInt.of(specific) : maxMissing();
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this).requireEach(p -> p.prorated() && p.maxMissingOverall().isEmpty()
                ? java.util.List.of(org.ccmcoach.core.value.Problem.of("MissingDataPolicy", "maxMissingOverall",
                        "must be given when the policy prorates: a total prorated from a few answers is mostly"
                        + " invented; say how many items may be missing, such as 2", null))
                : java.util.List.of()).check();
    }

    @Override
    public String toString() {
        return name();
    }
}
