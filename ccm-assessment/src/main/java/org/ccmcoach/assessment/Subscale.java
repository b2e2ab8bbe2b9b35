package org.ccmcoach.assessment;

import jakarta.validation.constraints.NotBlank;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.ccmcoach.core.CcmElement;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A group of items scored together, such as the ACIC's "Self-Management Support" part, with the
 * CCM element it measures when it measures one.
 *
 * <p>A subscale lists its items, so an item may count in more than one subscale (as in
 * instruments with overlapping scoring schemes); every item of an instrument must be in at least
 * one.
 *
 * <pre>{@code
 * Subscale sms = Subscale.builder().id("self-management-support").title("Self-Management Support")
 *         .element(CcmElement.SELF_MANAGEMENT_SUPPORT)
 *         .addItems("3a.1", "3a.2", "3a.3", "3a.4")
 *         .build();
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableSubscale.class)
public abstract class Subscale implements WithSubscale {

    /** The format of subscale identifiers: a lower-case key such as {@code goal-setting}. */
    public static final String ID_FORMAT = "[a-z][a-z0-9]*(?:-[a-z0-9]+)*";

    Subscale() {
    }

    /**
     * {@return the subscale's identifier within its instrument, such as {@code decision-support}; never
     * {@code overall}}
     */
    @NotNull
    @Pattern(regexp = ID_FORMAT, message = "must be a lower-case key such as \"goal-setting\"")
    public abstract String id();

    /** {@return the subscale's title, at most 120 characters} */
    @NotBlank
    @PlainText
    @Size(max = 120)
    public abstract String title();

    /** {@return the CCM element the subscale measures, if it measures one} */
    public abstract Optional<CcmElement> element();

    /** {@return the identifiers of its items, in order, at least one, no repeats} */
    @NotEmpty
    public abstract List<@NotNull String> items();

    /**
     * Starts building a subscale.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Subscale}. */
    public static final class Builder extends ImmutableSubscale.Builder {
        Builder() {
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("id", s -> !s.id().equals("overall"), "must not be \"overall\", the name of the overall score",
                        Subscale::id)
                .require("items", s -> s.items().stream().distinct().count() == s.items().size(),
                        "must not repeat an item", Subscale::items)
                .check();
    }
}
