package org.ccmcoach.core.coaching;

import jakarta.validation.constraints.NotBlank;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Period;
import java.util.List;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A coaching intervention as data: ordered phases, each with its activities; the duration is the
 * phases' durations added up.
 *
 * <p>Programs adapt the manual's pilot ("organizations can and should adapt the pace and content"):
 * change a built-in one with {@code withPhases(...)}, or write one in JSON and read it with
 * {@code CcmJson.parse(path, InterventionTemplate.class)} from ccm-json (ccm-core itself reads
 * no JSON, so the built-ins in {@link InterventionTemplates} are defined in code).
 *
 * <pre>{@code
 * InterventionTemplate pilot = InterventionTemplates.ahrqSafetyNetPilot();
 * pilot.duration();        // P10M
 * pilot.phases().size();   // 2
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableInterventionTemplate.class)
public abstract class InterventionTemplate implements WithInterventionTemplate {

    InterventionTemplate() {
    }

    /** {@return the template's identifier} */
    @NotNull
    public abstract TemplateId id();

    /** {@return its name} */
    @NotBlank
    @PlainText
    @Size(max = 200)
    public abstract String name();

    /** {@return its phases, in order; at least one} */
    @NotEmpty
    public abstract List<@NotNull Phase> phases();

    /** {@return the whole intervention's length: the phases' durations added up, normalized (P10M, P1Y2M)} */
    public final Period duration() {
        Period total = Period.ZERO;
        for (Phase p : phases()) {
            total = total.plus(p.duration());
        }
        return total.normalized();
    }

    /**
     * Starts building a template.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link InterventionTemplate}. */
    public static final class Builder extends ImmutableInterventionTemplate.Builder {
        Builder() {
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("phases", t -> Phase.withinLimit(t.duration()), // each phase is within it already
                        "must last at most ten years (P10Y) together, the longest intervention ccm schedules",
                        InterventionTemplate::duration)
                .check();
    }

    @Override
    public String toString() {
        return id() + ": " + name() + " (" + duration() + ", "
                + org.ccmcoach.core.value.Plural.count(phases().size(), "phase") + ")";
    }
}
