package org.ccmcoach.core.value;

/**
 * Rules for text: what {@link PlainText} refuses, and constraint patterns for optional text. {@code @NotBlank} rejects {@code null}, and an empty
 * {@code Optional<@NotBlank String>} is validated as {@code null}; these patterns accept a missing
 * value and reject a present blank one.
 *
 * <pre>{@code
 * public abstract Optional<@NotBlankIfPresent String> note();
 * }</pre>
 */
public final class Text {

    /** Matches text with at least one character that is not white space. */
    public static final String NOT_BLANK = "(?s).*\\S.*";

    /** The message of {@link #NOT_BLANK}, the same as {@code @NotBlank}'s. */
    public static final String NOT_BLANK_RULE = "must not be blank";

    /**
     * The rule of a required value that is absent, the same as {@code @NotNull}'s: a reader that finds
     * a required property missing from a document says {@code required property "date" is missing} instead.
     */
    public static final String NOT_NULL_RULE = "must not be null";

    private Text() {
    }

    /**
     * The index of the first character that {@link PlainText} refuses: a control character (C0,
     * DEL, C1), or a bidirectional embedding, override or isolate.
     *
     * @param text  the text, not null
     * @param multiLine  whether line breaks and tabs are allowed
     * @return the index, or -1 when every character is allowed
     */
    public static int firstUnprintable(CharSequence text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnprintable(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a character is a control character (C0, DEL, C1) or a bidirectional control: what
     * {@link PlainText} refuses, and what messages escape when they show text from outside.
     *
     * @param c  the character
     * @return true if it is unprintable
     */
    public static boolean isUnprintable(char c) {
        return c < 0x20 || c >= 0x7F && c < 0xA0 || isBidiControl(c);
    }

    /** The rule a text breaks at an unprintable character: {@code must not contain the control character U+0007 (character 6)}. */
    static String unprintableRule(CharSequence text, int at) {
        char c = text.charAt(at);
        return String.format("must not contain %s U+%04X (character %d)",
                isBidiControl(c) ? "the bidirectional control" : "the control character", (int) c, at + 1);
    }

    /**
     * Checks one line of text to be shown, such as a figure's title, as {@link PlainText} checks a value's.
     *
     * @param text  the text, not null
     * @param what  what the text is, for the message, such as {@code "title"}
     * @return the text
     * @throws IllegalArgumentException naming the character and its position
     */
    public static String requirePlain(String text, String what) {
        int at = firstUnprintable(java.util.Objects.requireNonNull(text, what), false);
        if (at >= 0) {
            throw new IllegalArgumentException(what + ": " + unprintableRule(text, at) + " (was \""
                    + Problem.escape(text) + "\")");
        }
        return text;
    }

    /**
     * Whether a character is a bidirectional embedding, override or isolate.
     *
     * @param c  the character
     * @return whether it is U+202A–U+202E or U+2066–U+2069
     */
    public static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    /**
     * Text from outside as a message may show it unquoted: control and bidirectional characters
     * escaped as {@code \u000a}, so a name, linkId or code cannot forge a line of a log or reverse a message.
     *
     * @param text  the text, not null
     * @return the text, with every unprintable character escaped
     */
    public static String plain(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnprintable(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Checks a name a message is built from: not null, not blank. */
    static String requireNotBlank(String value, String name) {
        java.util.Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
