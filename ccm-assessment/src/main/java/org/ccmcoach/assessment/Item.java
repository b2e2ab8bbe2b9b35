package org.ccmcoach.assessment;

import org.ccmcoach.core.value.NotBlankIfPresent;

import jakarta.validation.constraints.NotNull;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One question of an instrument: its identifier, an optional short title, and whether it is
 * reverse-coded.
 *
 * <p>Item wording is the instrument authors' copyright; ccm ships identifiers and short titles
 * only. A reverse-coded item's answer {@code v} counts as {@code min + max - v} in every score.
 *
 * <pre>{@code
 * Item registry = Item.of("3d.1", "registry");
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableItem.class)
public abstract class Item implements WithItem {

    /**
     * The longest item identifier, in characters: ccm's choice, far above the numbering of any
     * published instrument ({@code 3a.2}) and the longest linkId of the published FHIR forms its
     * tests read ({@code /44249-1/44250-9}-style paths, under 20), so that a form's question names
     * an item as it is. FHIR R4 sets no limit on a {@code linkId}; a longer one is refused.
     */
    public static final int MAX_ID_LENGTH = 255;

    /**
     * The format of item identifiers: 1 to {@value #MAX_ID_LENGTH} characters, no control character,
     * and no space at either end, such as {@code 1.1}, {@code 3a.2}, {@code 17}, or a FHIR
     * {@code linkId} as LHC-Forms ({@code /44250-9}) and SDC ({@code H1/T1/Q1}) write them. The
     * format takes any R4 {@code linkId} (a FHIR string) but those with a tab, a line break or
     * another control character, which would break a CSV header and a message: ccm's choice.
     */
    public static final String ID_FORMAT = "(?s)(?=.{1," + MAX_ID_LENGTH + "}$)[^\\s\\p{Cc}](?:[^\\p{Cc}]*[^\\s\\p{Cc}])?";

    /** The rule of {@link #ID_FORMAT} in words. */
    public static final String ID_RULE = "must be 1 to " + MAX_ID_LENGTH
            + " characters without a control character or a space at either end";

    Item() {
    }

    /** {@return the item's identifier within its instrument, such as {@code 1.1}} */
    @NotNull
    @Pattern(regexp = ID_FORMAT, message = ID_RULE)
    public abstract String id();

    /** {@return a short title, at most 120 characters; absent where none is published} */
    public abstract Optional<@NotBlankIfPresent @PlainText @Size(max = 120) String> title();

    /**
     * {@return the item's code in a standard terminology, such as LOINC's {@code 44250-9} for the
     * PHQ-9's first item; absent where none is published}
     */
    public abstract Optional<StandardCode> code();

    /** {@return whether a high answer means less of what the instrument measures} */
    @Value.Default
    public boolean reverseCoded() {
        return false;
    }

    /**
     * Obtains an item with a short title, not reverse-coded.
     *
     * @param id  the identifier, in {@link #ID_FORMAT}
     * @param title  the short title, not blank
     * @return the item, not null
     */
    public static Item of(String id, String title) {
        return builder().id(id).title(title).build();
    }

    /**
     * Starts building an item.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Item}. */
    public static final class Builder extends ImmutableItem.Builder {
        Builder() {
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }
}
