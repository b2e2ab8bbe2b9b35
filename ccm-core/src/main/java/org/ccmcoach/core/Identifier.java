package org.ccmcoach.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.ccmcoach.core.value.Invariants;

/**
 * The common shape of ccm identifiers: a short, case-sensitive code that is safe in file names,
 * URLs, CSV cells and JSON Pointers.
 *
 * <p>Format: 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}, starting with a letter or digit
 * ({@value #FORMAT}). That admits the codes programs already use ({@code p-17},
 * {@code clinic2.team3}, {@code NPI:1234567890}) and rejects blanks, spaces and free text, which
 * belong in names. Identifiers of different kinds never equal each other, even with the same text.
 *
 * <pre>{@code
 * PracticeId id = PracticeId.of("p-17");
 * id.value();      // "p-17"
 * id.toString();   // "p-17"
 * }</pre>
 *
 * <p>Subclasses are final, immutable and thread-safe.
 *
 * @param <T> the concrete identifier type
 */
public abstract class Identifier<T extends Identifier<T>> implements Comparable<T> {

    /** The longest identifier, in characters: the library's choice, room for a URN-like id such as {@code nppes:1234567890}. */
    public static final int MAX_LENGTH = 64;

    /** The regular expression every identifier matches. */
    public static final String FORMAT = "[A-Za-z0-9][A-Za-z0-9._:-]{0," + (MAX_LENGTH - 1) + "}";

    /** The rule of {@link #FORMAT} in words, as error messages state it. */
    public static final String FORMAT_RULE = "must be 1 to " + MAX_LENGTH
            + " letters, digits, '.', '_', ':' or '-', starting with a letter or digit";

    private final String value;

    /**
     * Validates and stores the text of an identifier.
     *
     * @param value  the text, not null
     * @throws org.ccmcoach.core.value.CcmValidationException if the text does not match {@link #FORMAT}
     */
    protected Identifier(String value) {
        this.value = Objects.requireNonNull(value, "value");
        // In plain code, not by reflection: ids are read by the million, and the rule is this simple.
        Invariants.require(isValid(value), getClass(), "value", FORMAT_RULE, value);
    }

    /** {@return the text of this identifier, which is also its JSON form} */
    @JsonValue
    public final String value() {
        return value;
    }

    /** {@return orders identifiers of one kind by their text, character by character} */
    /**
     * Whether a text is in {@link #FORMAT}: the one test of it, used by every identifier and by
     * {@link IdentifierText} on text that holds an identifier.
     *
     * @param text  the text, may be null
     * @return true if it is 1 to {@value #MAX_LENGTH} letters, digits, '.', '_', ':' or '-', starting with a letter or digit
     */
    public static boolean isValid(CharSequence text) {
        if (text == null || text.length() == 0 || text.length() > MAX_LENGTH || !letterOrDigit(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!letterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    @Override
    public final int compareTo(T other) {
        return value.compareTo(other.value());
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && value.equals(((Identifier<?>) other).value);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + value.hashCode();
    }

    /** {@return the text of the identifier, as {@link #value()}} */
    @Override
    public final String toString() {
        return value;
    }
}
