package org.ccmcoach.fhir;

import java.util.Objects;
import java.util.Optional;
import org.ccmcoach.core.value.Text;
import org.ccmcoach.core.value.Violation;

/**
 * One thing wrong with a FHIR resource as ccm reads it: where, the rule it breaks, and the value
 * found.
 *
 * <p>The location is a FHIRPath into the resource, with 0-based indexes as FHIRPath counts them
 * ({@code QuestionnaireResponse.item[3].answer[0].value}); for a fault in the JSON itself it is the
 * line and column ({@code line 4, column 17}).
 *
 * @param location  where: a FHIRPath, or a line and column in the JSON text
 * @param rule  the rule broken, in words, with what to do where it helps
 * @param value  the value found, when there was one
 */
public record FhirProblem(String location, String rule, Optional<String> value) {

    /**
     * Checks no part is null.
     *
     * @param location  where
     * @param rule  the rule broken
     * @param value  the value found, when there was one
     */
    public FhirProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(value, "value");
    }

    /**
     * A problem with the value found.
     *
     * @param location  where
     * @param rule  the rule broken
     * @param value  the value found, not null
     * @return the problem
     */
    public static FhirProblem of(String location, String rule, String value) {
        return new FhirProblem(location, rule, Optional.of(value));
    }

    /**
     * A problem with no value to show, such as a required element that is absent.
     *
     * @param location  where
     * @param rule  the rule broken
     * @return the problem
     */
    public static FhirProblem of(String location, String rule) {
        return new FhirProblem(location, rule, Optional.empty());
    }

    /**
     * Returns {@code QuestionnaireResponse.item[3].answer[0].value: must be a whole number within 1..5 (was "7")};
     * the value quoted and escaped as ccm's validation messages show values, so hostile text cannot
     * forge a line of a log.
     *
     * @return the problem in one line
     */
    @Override
    public String toString() {
        return plain(location) + ": " + plain(rule) + value.map(v -> " (was " + Violation.show(v) + ")").orElse("");
    }

    /**
     * Text from a resource as a message may show it: control and bidirectional characters escaped
     * as {@code \u000a}, so a linkId or code cannot forge a line of a log or reverse a message.
     */
    static String plain(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Text.isUnprintable(c)) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
