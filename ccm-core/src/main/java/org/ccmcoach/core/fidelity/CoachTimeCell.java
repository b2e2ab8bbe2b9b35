package org.ccmcoach.core.fidelity;

import java.util.Objects;
import org.ccmcoach.core.coaching.ContactMode;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.value.Invariants;

/**
 * Coaches' contacts and minutes of one mode and one coach role.
 *
 * @param mode  on site, phone, video or e-mail
 * @param role  point of contact or technical assistance
 * @param contacts  the number of contacts, 0 or more
 * @param minutes  their minutes, 0 or more
 */
public record CoachTimeCell(ContactMode mode, EngagementRole role, int contacts, long minutes) {

    /**
     * Checks the values.
     *
     * @param mode  on site, phone, video or e-mail
     * @param role  point of contact or technical assistance
     * @param contacts  the number of contacts, 0 or more
     * @param minutes  their minutes, 0 or more
     */
    public CoachTimeCell {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(role, "role");
        Invariants.of(CoachTimeCell.class)
                .require(contacts >= 0, "contacts", "must be at least 0", contacts)
                .require(minutes >= 0, "minutes", "must be at least 0", minutes)
                .check();
    }
}
