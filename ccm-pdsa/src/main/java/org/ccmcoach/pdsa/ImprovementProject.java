package org.ccmcoach.pdsa;

import jakarta.validation.constraints.NotBlank;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.Collectors;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The three questions of the Model for Improvement answered for one project: the aim, the
 * measures and the change ideas.
 *
 * <p>The aim's measure, when named, must be one of the project's measures.
 *
 * <pre>{@code
 * ImprovementProject project = ImprovementProject.builder()
 *         .title("Fewer missed diabetes visits").aim(aim)
 *         .addMeasures(noShowRate, remindersMade, staffMinutes)
 *         .addChangeIdeas(reminders)
 *         .build();
 * project.hasBalancedMeasures();   // true: outcome, process and balancing
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableImprovementProject.class)
public abstract class ImprovementProject implements WithImprovementProject {

    ImprovementProject() {
    }

    /** {@return the project's title} */
    @NotBlank
    @PlainText
    @Size(max = 200)
    public abstract String title();

    /** {@return what the project is trying to accomplish} */
    @NotNull
    public abstract Aim aim();

    /** {@return how the team will know a change is an improvement} */
    public abstract List<@NotNull Measure> measures();

    /** {@return the changes it will test} */
    public abstract List<@NotNull ChangeIdea> changeIdeas();

    /** {@return whether the measures include an outcome, a process and a balancing measure} */
    public final boolean hasBalancedMeasures() {
        return measures().stream().map(Measure::type).collect(Collectors.toSet()).size() == MeasureType.values().length;
    }

    /**
     * Starts building a project.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ImprovementProject}. */
    public static final class Builder extends ImmutableImprovementProject.Builder {
        Builder() {
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("measures", p -> p.measures().stream().map(Measure::id).distinct().count() == p.measures().size(),
                        "must not repeat a measure id", p -> p.measures().stream().map(Measure::id).toList())
                .require("aim.measure", p -> p.aim().measure().map(m -> p.measures().stream().anyMatch(x -> x.id().equals(m)))
                        .orElse(true), "must be one of the project's measures", p -> p.aim().measure().orElseThrow())
                .check();
    }

    @Override
    public String toString() {
        return title() + ": " + measures().size() + " measures, " + changeIdeas().size() + " change ideas";
    }
}
