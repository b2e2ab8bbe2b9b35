package org.ccmcoach.pdsa;

import jakarta.validation.constraints.NotBlank;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.ccmcoach.core.CcmElement;
import org.ccmcoach.core.ChangeConcept;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A change a team will test, tied to the CCM element (and, if known, the change concept) it acts on.
 *
 * <pre>{@code
 * ChangeIdea reminders = ChangeIdea.of("Phone reminders two days before diabetes visits",
 *         ChangeConcept.TIMELY_REMINDERS);   // element CLINICAL_INFORMATION_SYSTEMS
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableChangeIdea.class)
public abstract class ChangeIdea implements WithChangeIdea {

    ChangeIdea() {
    }

    /** {@return what will be changed} */
    @NotBlank
    @PlainText(multiLine = true)
    @Size(max = 500)
    public abstract String description();

    /** {@return the CCM element the change acts on} */
    @NotNull
    public abstract CcmElement element();

    /** {@return the change concept it applies, if any; it must belong to {@link #element()}} */
    public abstract Optional<ChangeConcept> changeConcept();

    /**
     * Obtains a change idea applying a change concept, on that concept's element.
     *
     * @param description  what will be changed, not blank
     * @param concept  the change concept, not null
     * @return the idea, not null
     */
    public static ChangeIdea of(String description, ChangeConcept concept) {
        return builder().description(description).element(concept.element()).changeConcept(concept).build();
    }

    /**
     * Obtains a change idea on an element.
     *
     * @param description  what will be changed, not blank
     * @param element  the CCM element, not null
     * @return the idea, not null
     */
    public static ChangeIdea of(String description, CcmElement element) {
        return builder().description(description).element(element).build();
    }

    /**
     * Starts building a change idea.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChangeIdea}. */
    public static final class Builder extends ImmutableChangeIdea.Builder {
        Builder() {
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("changeConcept", c -> c.changeConcept().map(cc -> cc.element() == c.element()).orElse(true),
                        "must belong to the element " + element(), c -> c.changeConcept().orElseThrow())
                .check();
    }

    @Override
    public String toString() {
        return description() + " [" + changeConcept().map(c -> c.name() + ", ").orElse("") + element() + "]";
    }
}
