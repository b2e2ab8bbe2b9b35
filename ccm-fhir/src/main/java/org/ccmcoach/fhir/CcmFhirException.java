package org.ccmcoach.fhir;

import org.ccmcoach.core.value.CcmInputException;

import org.ccmcoach.core.value.Text;

import org.ccmcoach.core.value.Problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a FHIR resource cannot be read or mapped to ccm's types: malformed JSON, a resource
 * of another type, or content that does not fit the mapping. It lists <em>every</em> problem
 * found, each with its location and rule, so a sender fixes a resource in one round.
 *
 * <pre>{@code
 * try {
 *     FhirResponses.toAssessment(FhirJson.parse(json, QuestionnaireResponse.class), Instruments.pacic20());
 * } catch (CcmFhirException e) {
 *     e.problems();   // QuestionnaireResponse.item[3].answer[0].value: must be a whole number within 1..5 (was "7"), …
 * }
 * }</pre>
 *
 * <p>The only exception ccm-fhir's readers let escape on bad input; any fault of HAPI FHIR's
 * parser is reported through it.
 */
public final class CcmFhirException extends CcmInputException {

    private static final long serialVersionUID = 1L;

    /** Shown in the message at most; {@link #problems()} holds them all. */
    private static final int MAX_SHOWN = 50;

    /** The problems; a List.copyOf list, which is serializable. */
    private final transient List<Problem> problems;

    /**
     * An exception listing problems.
     *
     * @param what  what was read, such as {@code QuestionnaireResponse "qr-17"}
     * @param problems  the problems, at least one
     * @throws IllegalArgumentException if there is no problem
     */
    public CcmFhirException(String what, List<Problem> problems) {
        super(message(what, problems), null);
        this.problems = List.copyOf(problems);
    }

    private static String message(String what, List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a CcmFhirException needs at least one problem");
        }
        String source = Text.plain(what.length() > 200 ? what.substring(0, 200) + "…" : what);
        String head = problems.size() == 1 ? source + " cannot be read: " : source + " cannot be read; "
                + problems.size() + " problems:\n  ";
        String shown = problems.stream().limit(MAX_SHOWN).map(Problem::toString)
                .collect(Collectors.joining("\n  "));
        return head + shown + (problems.size() > MAX_SHOWN ? "\n  … and " + (problems.size() - MAX_SHOWN) + " more" : "");
    }

    /** {@return every problem found, in the order of the resource, each at its FHIRPath or line and column} */
    @Override
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }
}
