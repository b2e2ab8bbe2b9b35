package org.ccmcoach.core.fidelity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ccmcoach.core.coaching.ContactMode;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.value.Invariants;
import org.ccmcoach.core.value.Plural;

/**
 * Coach time: each coach's contacts and minutes by mode and coach role, planned or delivered. A
 * joint visit by two coaches is two contacts here and one encounter in the practice's
 * {@link Dose}: coach time is what a program pays for, dose is what the practice received.
 *
 * <pre>{@code
 * time.visits();                              // coaches' site visits
 * time.hours();                               // all coaches' minutes / 60
 * time.minutes(EngagementRole.TECHNICAL_ASSISTANCE);
 * }</pre>
 *
 * @param cells  one per mode and role that occurred, in mode then role order
 */
public record CoachTime(List<CoachTimeCell> cells) {

    /**
     * Copies and orders the cells; a mode and role may appear once.
     *
     * @param cells  one per mode and role that occurred, in mode then role order
     */
    public CoachTime {
        List<CoachTimeCell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparing(CoachTimeCell::mode).thenComparing(CoachTimeCell::role));
        Invariants invariants = Invariants.of(CoachTime.class);
        for (int i = 1; i < sorted.size(); i++) {
            CoachTimeCell cell = sorted.get(i);
            if (cell.mode() == sorted.get(i - 1).mode() && cell.role() == sorted.get(i - 1).role()) {
                invariants.require(false, "cells", "must hold each mode and role once",
                        cell.mode() + " and " + cell.role() + " twice");
            }
        }
        invariants.check();
        cells = List.copyOf(sorted);
    }

    /**
     * Coaches' site visits: a joint visit counts once per coach.
     *
     * @return on-site contacts
     */
    public int visits() {
        return cells.stream().filter(c -> c.mode() == ContactMode.ON_SITE).mapToInt(CoachTimeCell::contacts).sum();
    }

    /**
     * Coaches' contacts of every mode, once per coach present.
     *
     * @return the count
     */
    public int contacts() {
        return cells.stream().mapToInt(CoachTimeCell::contacts).sum();
    }

    /**
     * Minutes of every mode and role.
     *
     * @return the minutes
     */
    public long minutes() {
        return cells.stream().mapToLong(CoachTimeCell::minutes).sum();
    }

    /**
     * Hours of every mode and role.
     *
     * @return minutes / 60
     */
    public double hours() {
        return minutes() / 60.0;
    }

    /**
     * Minutes of one mode.
     *
     * @param mode  the mode, not null
     * @return the minutes
     */
    public long minutes(ContactMode mode) {
        Objects.requireNonNull(mode, "mode");
        return cells.stream().filter(c -> c.mode() == mode).mapToLong(CoachTimeCell::minutes).sum();
    }

    /**
     * Minutes of one role.
     *
     * @param role  the role, not null
     * @return the minutes
     */
    public long minutes(EngagementRole role) {
        Objects.requireNonNull(role, "role");
        return cells.stream().filter(c -> c.role() == role).mapToLong(CoachTimeCell::minutes).sum();
    }

    /** Accumulates coach time. */
    static final class Tally {
        private final Map<ContactMode, Map<EngagementRole, long[]>> cells = new EnumMap<>(ContactMode.class);

        void add(ContactMode mode, EngagementRole role, long minutes) {
            long[] c = cells.computeIfAbsent(mode, m -> new EnumMap<>(EngagementRole.class))
                    .computeIfAbsent(role, r -> new long[2]);
            c[0]++;
            c[1] += minutes;
        }

        CoachTime dose() {
            List<CoachTimeCell> out = new ArrayList<>();
            cells.forEach((mode, byRole) -> byRole.forEach((role, c) -> out.add(new CoachTimeCell(mode, role,
                    Math.toIntExact(c[0]), c[1]))));
            return new CoachTime(out);
        }
    }

    @Override
    public String toString() {
        return Plural.count(contacts(), "coach contact") + " (" + Plural.count(visits(), "visit") + "), " + minutes()
                + " coach min";
    }
}
