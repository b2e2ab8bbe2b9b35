package org.ccmcoach.assessment;

import org.ccmcoach.core.value.NotBlankIfPresent;

import org.ccmcoach.core.IdentifierText;

import org.ccmcoach.core.value.PropertyPath;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.SupportedDate;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ccmcoach.core.Identifier;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Problem;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One completed assessment: which instrument, about whom, by whom, when, and the answers.
 *
 * <p>An answer maps an item id to a value; an item is missing when it is absent or explicitly
 * empty ({@code null} in JSON). When the instrument is one {@link Instruments} knows (the built-ins
 * and any registered), the answers are checked against it at construction, so a value off the
 * scale fails here, naming the item, the value and the range; otherwise they are checked when
 * scored.
 *
 * <pre>{@code
 * AssessmentResponse r = AssessmentResponse.builder()
 *         .instrument(InstrumentId.of("acic-3.5"))
 *         .subject(SubjectId.of("site-1"))
 *         .respondent("rn-2").role("nurse")
 *         .date(LocalDate.of(2026, 1, 15))
 *         .answer("1.1", 7).missing("1.2")
 *         .build();
 * }</pre>
 *
 * <p>JSON: {@code {"instrument":"acic-3.5","subject":"site-1","date":"2026-01-15","answers":{"1.1":7,"1.2":null}}}.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableAssessmentResponse.class, converter = KnownInstrument.Responses.class)
public abstract class AssessmentResponse implements WithAssessmentResponse {

    /** The role of a response a team agreed on together, as the ACIC asks. */
    public static final String CONSENSUS_ROLE = "consensus";

    AssessmentResponse() {
    }

    /** {@return the instrument answered} */
    @NotNull
    public abstract InstrumentId instrument();

    /** {@return whom or what the assessment is about} */
    @NotNull
    public abstract SubjectId subject();

    /** {@return who answered, as a pseudonymous identifier; absent for anonymous surveys} */
    public abstract Optional<@IdentifierText String> respondent();

    /**
     * {@return the respondent's role, such as {@code physician}, {@code nurse}, {@code patient} or
     * {@value #CONSENSUS_ROLE}}
     */
    public abstract Optional<@NotBlankIfPresent @PlainText @Size(max = 60) String> role();

    /** {@return when the assessment was completed} */
    @NotNull
    @SupportedDate
    public abstract LocalDate date();

    /**
     * The answers by item id; an empty value marks an item explicitly left unanswered ({@code null}
     * in JSON). Each key must be an item identifier ({@link Item#ID_FORMAT}) and each value finite:
     * checked in {@link #validate()} by one loop rather than as constraints on the map's type
     * arguments, which cost a validator path per entry (a response is read thousands of times a
     * second in bulk scoring).
     *
     * @return the answers by item id, in the order given
     */
    public abstract Map<String, OptionalDouble> answers();

    /**
     * The answer to an item.
     *
     * @param itemId  the item's identifier, not null
     * @return the value, empty when the item is missing
     */
    public final OptionalDouble answer(String itemId) {
        OptionalDouble value = answers().get(itemId);
        return value == null ? OptionalDouble.empty() : value;
    }

    /**
     * Whether this is a team's consensus response rather than one person's: its role is
     * {@value #CONSENSUS_ROLE} in any case ({@code Consensus}, {@code CONSENSUS}), as spreadsheets write it.
     *
     * @return whether this is a team's consensus response rather than one person's
     */
    public final boolean consensus() {
        return role().filter(CONSENSUS_ROLE::equalsIgnoreCase).isPresent();
    }

    /**
     * Starts building a response.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AssessmentResponse}; {@link #build()} checks it. */
    public static final class Builder extends ImmutableAssessmentResponse.Builder {
        Builder() {
        }

        /**
         * Records an answer.
         *
         * @param itemId  the item's identifier
         * @param value  the answer
         * @return this builder
         */
        public Builder answer(String itemId, double value) {
            putAnswers(itemId, OptionalDouble.of(value));
            return this;
        }

        /**
         * Records an item as explicitly unanswered.
         *
         * @param itemId  the item's identifier
         * @return this builder
         */
        public Builder missing(String itemId) {
            putAnswers(itemId, OptionalDouble.empty());
            return this;
        }
    }

    /** {@return {@code acic-3.5 site-1 2026-01-15 rn-2 (nurse): 1.1=7 1.2=- …}, at most 12 answers shown} */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(instrument()).append(' ').append(subject()).append(' ').append(date());
        respondent().ifPresent(r -> out.append(' ').append(r));
        role().ifPresent(r -> out.append(" (").append(r).append(')'));
        out.append(':');
        int shown = 0;
        for (Map.Entry<String, OptionalDouble> a : answers().entrySet()) {
            if (shown++ == 12) {
                out.append(" … (").append(answers().size()).append(" answers)");
                break;
            }
            out.append(' ').append(a.getKey()).append('=')
                    .append(a.getValue().isPresent() ? Decimals.show(a.getValue().getAsDouble()) : "-");
        }
        return out.toString();
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .requireEach(AssessmentResponse::answerViolations)
                .check();
    }

    private List<Problem> answerViolations() {
        List<Problem> found = new ArrayList<>();
        answers().forEach((item, value) -> {
            if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
                found.add(Problem.of("AssessmentResponse", PropertyPath.of("answers").at(item), "must be a finite number",
                        value.getAsDouble()));
            } else if (!isItemId(item)) {
                found.add(Problem.of("AssessmentResponse", PropertyPath.of("answers").at(item), Item.ID_RULE, item));
            }
        });
        return found;
    }

    /**
     * Whether a key is in {@link Item#ID_FORMAT}, checked character by character: every answer of
     * every response read is checked, and a regular expression's matcher cost more than the rest of
     * the response's validation together.
     */
    static boolean isItemId(String key) {
        int n = key.length();
        if (n == 0 || n > 2 * Item.MAX_ID_LENGTH || space(key.charAt(0)) || space(key.charAt(n - 1))
                || key.codePointCount(0, n) > Item.MAX_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (Character.getType(key.charAt(i)) == Character.CONTROL) {
                return false;
            }
        }
        return true;
    }

    /** Whether a character is one of {@code \s}'s: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
