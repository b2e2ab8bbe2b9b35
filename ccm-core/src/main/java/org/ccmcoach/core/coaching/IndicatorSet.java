package org.ccmcoach.core.coaching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.PlainText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The named indicators over which a practice counts as "improved", each with the way it improves.
 *
 * <p>EvidenceNOW's evaluation (Sweeney et al., Ann Fam Med 2022;20:414) called a practice improved
 * when it improved on at least one outcome of a fixed set ({@link #evidenceNow()}).
 * Name the set: "any indicator up" over many noisy indicators inflates the share. If each of k
 * independent indicators rose or fell by chance alone, a practice would "improve" on at least one
 * with probability 1 − 0.5<sup>k</sup>: 50 % with one indicator, 94 % with four, 99.9 % with ten. So
 * the set should be the few outcomes the program set out to move, chosen before the data are seen.
 *
 * <pre>{@code
 * IndicatorSet abcs = IndicatorSet.evidenceNow();
 * IndicatorSet mine = IndicatorSet.of("no-shows", Map.of("no-show-rate", Better.LOWER));
 * }</pre>
 *
 * <p>An input, checked as every input is, by its constraints when built.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableIndicatorSet.class)
public abstract class IndicatorSet {

    IndicatorSet() {
    }

    /** {@return the set's name, as the result states it} */
    @Value.Parameter
    @NotBlank
    @PlainText
    public abstract String name();

    /**
     * {@return each indicator's name (as in {@link PracticeProgress#indicators()}) and the way it
     * improves, at least one}
     */
    @Value.Parameter
    @NotEmpty(message = "must name at least one indicator")
    public abstract Map<@NotBlank @PlainText String, @NotNull Better> indicators();

    /**
     * A named set.
     *
     * @param name  the set's name, not blank
     * @param indicators  each indicator and the way it improves, at least one
     * @return the set
     */
    public static IndicatorSet of(String name, Map<String, ? extends Better> indicators) {
        return ImmutableIndicatorSet.of(name, indicators);
    }

    /**
     * The outcomes over which Sweeney et al. (Ann Fam Med 2022;20:414, its abstract) classed
     * EvidenceNOW's facilitators, as that abstract states them: aspirin use ({@code aspirin-use}),
     * blood-pressure control ({@code bp-control}), smoking-cessation counselling
     * ({@code smoking-cessation-counselling}), the "ABS" clinical quality measures, and practice
     * change capacity measured with the Change Process Capability Questionnaire (CPCQ), here
     * {@code practice-capacity}; each better higher. The ids are ccm's names. This is the paper's
     * analytic set, not EvidenceNOW's programme target (the ABCS, with cholesterol): check it
     * against your program's protocol.
     *
     * @return the set named {@code "EvidenceNOW outcomes"}
     */
    public static IndicatorSet evidenceNow() {
        Map<String, Better> m = new LinkedHashMap<>();
        m.put("aspirin-use", Better.HIGHER);
        m.put("bp-control", Better.HIGHER);
        m.put("smoking-cessation-counselling", Better.HIGHER);
        m.put("practice-capacity", Better.HIGHER);
        return of("EvidenceNOW outcomes", m);
    }

    /**
     * Whether a snapshot has a change on any indicator of the set.
     *
     * @param progress  the snapshot, not null
     * @return true if at least one indicator of the set is present
     */
    public boolean hasData(PracticeProgress progress) {
        return indicators().keySet().stream().anyMatch(progress.indicators()::containsKey);
    }

    /**
     * Whether a snapshot improved on at least one indicator of the set it has: a change in the
     * better direction, however small (EvidenceNOW's definition). Indicators outside the set are ignored.
     *
     * @param progress  the snapshot, not null
     * @return true if any indicator of the set moved the better way
     */
    public boolean improved(PracticeProgress progress) {
        for (Map.Entry<String, Better> e : indicators().entrySet()) {
            Double change = progress.indicators().get(e.getKey());
            if (change != null && (e.getValue() == Better.HIGHER ? change > 0 : change < 0)) {
                return true;
            }
        }
        return false;
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }
}
