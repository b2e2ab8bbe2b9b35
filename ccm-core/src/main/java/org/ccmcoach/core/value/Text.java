package org.ccmcoach.core.value;

/**
 * Constraint patterns for optional text. {@code @NotBlank} rejects {@code null}, and an empty
 * {@code Optional<@NotBlank String>} is validated as {@code null}; these patterns accept a missing
 * value and reject a present blank one.
 *
 * <pre>{@code
 * public abstract Optional<@Pattern(regexp = Text.NOT_BLANK, message = Text.NOT_BLANK_RULE) String> note();
 * }</pre>
 */
public final class Text {

    /** Matches text with at least one character that is not white space. */
    public static final String NOT_BLANK = "(?s).*\\S.*";

    /** The message of {@link #NOT_BLANK}, the same as {@code @NotBlank}'s. */
    public static final String NOT_BLANK_RULE = "must not be blank";

    private Text() {
    }
}
