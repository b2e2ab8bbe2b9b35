package org.ccmcoach.core.coaching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.PlainText;
import org.ccmcoach.core.value.SupportedDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A task agreed at an encounter: what, who owns it, and by when.
 *
 * <pre>{@code
 * ActionItem.of("Pull the diabetes registry list", "QI team lead", LocalDate.of(2026, 3, 20));
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableActionItem.class)
public abstract class ActionItem {

    ActionItem() {
    }

    /** {@return what is to be done} */
    @Value.Parameter
    @NotBlank
    @PlainText
    @Size(max = 500)
    public abstract String task();

    /** {@return who owns it: a practice role or a person, such as "QI team lead"} */
    @Value.Parameter
    @NotBlank
    @PlainText
    @Size(max = 100)
    public abstract String owner();

    /** {@return when it is due} */
    @Value.Parameter
    @NotNull
    @SupportedDate
    public abstract LocalDate due();

    /**
     * Obtains an action item.
     *
     * @param task  what is to be done
     * @param owner  who owns it
     * @param due  when it is due
     * @return the item, not null
     */
    public static ActionItem of(String task, String owner, LocalDate due) {
        return ImmutableActionItem.of(task, owner, due);
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }

    @Override
    public String toString() {
        return task() + " (" + owner() + ", by " + due() + ")";
    }
}
