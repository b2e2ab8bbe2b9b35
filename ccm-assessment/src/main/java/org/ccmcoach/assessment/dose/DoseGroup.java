package org.ccmcoach.assessment.dose;

import java.util.List;
import java.util.Objects;
import org.ccmcoach.core.PracticeId;

/**
 * Practices of similar delivered dose, with their mean change.
 *
 * @param label  "lowest third", "middle third" or "highest third"
 * @param practices  the practices, by dose
 * @param minHours  the least dose in the group
 * @param maxHours  the greatest dose in the group
 * @param meanChange  the mean change of the group
 */
public record DoseGroup(String label, List<PracticeId> practices, double minHours, double maxHours, double meanChange) {

    /**
     * Copies the list.
     *
     * @param label  the group's name
     * @param practices  the practices, by dose
     * @param minHours  the least dose
     * @param maxHours  the greatest dose
     * @param meanChange  the mean change
     */
    public DoseGroup {
        Objects.requireNonNull(label, "label");
        practices = List.copyOf(practices);
    }
}
