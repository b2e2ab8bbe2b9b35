package org.ccmcoach.assessment;

import org.ccmcoach.core.value.NotBlankIfPresent;

import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A named level of an instrument's scale, such as the ACIC's "B" for points 6 to 8.
 *
 * <p>Bands are published for whole points; a mean between two bands (5.5 on the ACIC) belongs to
 * the lower one (floor semantics: D &lt; 3 &le; C &lt; 6 &le; B &lt; 9 &le; A), see
 * {@link Instrument#level(double)}.
 *
 * <pre>{@code
 * LevelBand b = LevelBand.builder().label("B").min(6).max(8).description("reasonably good support").build();
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableLevelBand.class)
public abstract class LevelBand implements WithLevelBand {

    LevelBand() {
    }

    /** {@return the level's label, such as {@code B}, at most 40 characters} */
    @NotBlank
    @PlainText
    @Size(max = 40)
    public abstract String label();

    /** {@return the lowest point of the band, as published} */
    public abstract double min();

    /** {@return the highest point of the band, as published; at least {@link #min()}} */
    public abstract double max();

    /** {@return what the level means, such as "reasonably good support"} */
    public abstract Optional<@NotBlankIfPresent @PlainText @Size(max = 200) String> description();

    /**
     * Starts building a band.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LevelBand}. */
    public static final class Builder extends ImmutableLevelBand.Builder {
        Builder() {
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("max", b -> Double.isFinite(b.min()) && Double.isFinite(b.max()) && b.max() >= b.min(),
                        "must be a finite number at least min " + Decimals.show(min()), b -> (b.max()))
                .check();
    }

    /** {@return {@code B 6..8 (reasonably good support)}} */
    @Override
    public String toString() {
        return label() + " " + Decimals.show(min()) + ".." + Decimals.show(max())
                + description().map(d -> " (" + d + ")").orElse("");
    }
}
