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

/**
 * A dose of coaching: contacts and minutes by mode and coach role, planned or delivered.
 *
 * <pre>{@code
 * dose.visits();                              // on-site contacts
 * dose.hours();                               // all minutes / 60
 * dose.minutes(EngagementRole.TECHNICAL_ASSISTANCE);
 * }</pre>
 *
 * @param cells  one per mode and role that occurred, in mode then role order
 */
public record Dose(List<DoseCell> cells) {

    /**
     * Copies and orders the cells; a mode and role may appear once.
     *
     * @param cells  one per mode and role that occurred, in mode then role order
     */
    public Dose {
        List<DoseCell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparing(DoseCell::mode).thenComparing(DoseCell::role));
        Invariants invariants = Invariants.of(Dose.class);
        for (int i = 1; i < sorted.size(); i++) {
            DoseCell cell = sorted.get(i);
            if (cell.mode() == sorted.get(i - 1).mode() && cell.role() == sorted.get(i - 1).role()) {
                invariants.require(false, "cells", "must hold each mode and role once",
                        cell.mode() + " and " + cell.role() + " twice");
            }
        }
        invariants.check();
        cells = List.copyOf(sorted);
    }

    /**
     * Site visits.
     *
     * @return on-site contacts
     */
    public int visits() {
        return cells.stream().filter(c -> c.mode() == ContactMode.ON_SITE).mapToInt(DoseCell::contacts).sum();
    }

    /**
     * Contacts of every mode.
     *
     * @return the count
     */
    public int contacts() {
        return cells.stream().mapToInt(DoseCell::contacts).sum();
    }

    /**
     * Minutes of every mode and role.
     *
     * @return the minutes
     */
    public long minutes() {
        return cells.stream().mapToLong(DoseCell::minutes).sum();
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
        return cells.stream().filter(c -> c.mode() == mode).mapToLong(DoseCell::minutes).sum();
    }

    /**
     * Minutes of one role.
     *
     * @param role  the role, not null
     * @return the minutes
     */
    public long minutes(EngagementRole role) {
        Objects.requireNonNull(role, "role");
        return cells.stream().filter(c -> c.role() == role).mapToLong(DoseCell::minutes).sum();
    }

    /** Accumulates a dose. */
    static final class Tally {
        private final Map<ContactMode, Map<EngagementRole, long[]>> cells = new EnumMap<>(ContactMode.class);

        void add(ContactMode mode, EngagementRole role, long minutes) {
            long[] c = cells.computeIfAbsent(mode, m -> new EnumMap<>(EngagementRole.class))
                    .computeIfAbsent(role, r -> new long[2]);
            c[0]++;
            c[1] += minutes;
        }

        Dose dose() {
            List<DoseCell> out = new ArrayList<>();
            cells.forEach((mode, byRole) -> byRole.forEach((role, c) -> out.add(new DoseCell(mode, role,
                    Math.toIntExact(c[0]), c[1]))));
            return new Dose(out);
        }
    }

    @Override
    public String toString() {
        return contacts() + " contacts (" + visits() + " visits), " + minutes() + " min";
    }
}
