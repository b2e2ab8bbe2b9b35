package org.ccmcoach.assessment;

import org.ccmcoach.core.value.PropertyPath;
import org.ccmcoach.core.value.Decimals;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Problem;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The values an item may take: a closed range, whole numbers only or not, with optional labels.
 *
 * <p>The ACIC rates each item on whole points 0..11; the PACIC on 1..5; a checklist on 0 (no) and
 * 1 (yes). NaN and infinities are never on a scale.
 *
 * <pre>{@code
 * ResponseScale pacic = ResponseScale.builder().min(1).max(5).integer(true)
 *         .addAnchors(ScaleAnchor.of(1, "none of the time"), ScaleAnchor.of(5, "always"))
 *         .build();
 * pacic.contains(3);     // true
 * pacic.contains(3.5);   // false: whole points only
 * pacic.range();         // "1..5"
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableResponseScale.class)
public abstract class ResponseScale implements WithResponseScale {

    ResponseScale() {
    }

    /**
     * The largest magnitude of a scale's ends (10⁹): no survey scale comes near it, and with it a sum
     * of any instrument's items stays finite, so scoring never produces an infinite score.
     */
    public static final double MAX_MAGNITUDE = 1e9;

    /** {@return the lowest value} */
    public abstract double min();

    /** {@return the highest value, more than {@link #min()}} */
    public abstract double max();

    /** {@return whether only whole numbers are allowed; true unless given} */
    @Value.Default
    public boolean integer() {
        return true;
    }

    /** {@return labelled points, in increasing order; empty when the scale is unlabelled} */
    public abstract List<ScaleAnchor> anchors();

    /**
     * {@return the coded answers a form offers and the score of each, for forms that send codes
     * (FHIR's {@code valueCoding}); empty when answers are numbers}
     */
    public abstract List<AnswerCode> codes();

    /**
     * The code a coded answer names: the one code with that code and system, or, when the answer
     * gives no system, the one code with that code.
     *
     * @param system  the answer's code system, or null when it gives none
     * @param code  the answer's code, not null
     * @return the code, or empty when none or more than one matches
     */
    public final java.util.Optional<AnswerCode> code(String system, String code) {
        List<AnswerCode> found = codesByCode().getOrDefault(code, List.of()).stream()
                .filter(c -> c.matches(system, code)).limit(2).toList();
        return found.size() == 1 ? java.util.Optional.of(found.get(0)) : java.util.Optional.empty();
    }

    /** The codes by code, so that reading a coded answer is one lookup however many codes a form offers. */
    @Value.Lazy
    java.util.Map<String, List<AnswerCode>> codesByCode() {
        return codes().stream().collect(Collectors.groupingBy(AnswerCode::code));
    }

    /**
     * Obtains a scale of whole points without labels.
     *
     * @param min  the lowest point
     * @param max  the highest point, more than min
     * @return the scale, not null
     */
    public static ResponseScale ofIntegers(int min, int max) {
        return builder().min(min).max(max).integer(true).build();
    }

    /**
     * Starts building a scale.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ResponseScale}. */
    public static final class Builder extends ImmutableResponseScale.Builder {
        Builder() {
        }
    }

    /**
     * Whether a value is on this scale: finite, within the range, and whole if the scale is.
     *
     * @param value  the value
     * @return true if an answer may take the value
     */
    public final boolean contains(double value) {
        return Double.isFinite(value) && value >= min() && value <= max() && (!integer() || value == Math.rint(value));
    }

    /** {@return the range as {@code 0..11}, for messages} */
    public final String range() {
        return Decimals.show(min()) + ".." + Decimals.show(max());
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("min", s -> Math.abs(s.min()) <= MAX_MAGNITUDE, "must be a finite number within ±1,000,000,000",
                        ResponseScale::min)
                .require("max", s -> Math.abs(s.max()) <= MAX_MAGNITUDE && s.max() > s.min(),
                        "must be a finite number within ±1,000,000,000 and more than min " + Decimals.show(min()),
                        ResponseScale::max)
                .requireEach(ResponseScale::anchorViolations)
                .requireEach(ResponseScale::codeViolations)
                .check();
    }

    private List<Problem> anchorViolations() {
        List<Problem> found = new ArrayList<>();
        Set<Double> seen = new HashSet<>();
        for (int i = 0; i < anchors().size(); i++) {
            double v = anchors().get(i).value();
            if (!contains(v)) {
                found.add(Problem.of("ResponseScale", PropertyPath.of("anchors").at(i).then("value"),
                        "must be a point of the scale " + range() + (integer() ? " (whole numbers)" : ""), (v)));
            } else if (!seen.add(v)) {
                found.add(Problem.of("ResponseScale", PropertyPath.of("anchors").at(i).then("value"), "must not repeat another anchor",
                        (v)));
            }
        }
        return found;
    }

    private List<Problem> codeViolations() {
        List<Problem> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes().size(); i++) {
            AnswerCode c = codes().get(i);
            if (c.score().isPresent() && !contains(c.score().getAsDouble())) {
                found.add(Problem.of("ResponseScale", PropertyPath.of("codes").at(i).then("score"),
                        "(code " + c.code() + ") must be a point of the scale " + range() + (integer() ? " (whole numbers)" : ""),
                        c.score().getAsDouble()));
            }
            if (!seen.add(c.system().orElse("") + "|" + c.code())) {
                found.add(Problem.of("ResponseScale", PropertyPath.of("codes").at(i), "must not repeat another code", c.code()));
            }
        }
        return found;
    }

    /** {@return {@code 0..11 (whole points)} or {@code 1..5 (whole points; 1 = none of the time, 5 = always)}} */
    @Override
    public String toString() {
        String kind = integer() ? "whole points" : "any value";
        String labels = anchors().isEmpty() ? ""
                : "; " + anchors().stream().map(ScaleAnchor::toString).collect(Collectors.joining(", "));
        return range() + " (" + kind + labels + ")";
    }
}
