package org.ccmcoach.core.fidelity;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.ccmcoach.core.coaching.ContactMode;
import org.ccmcoach.core.value.Invariants;
import org.ccmcoach.core.value.Plural;

/**
 * The dose a practice received, or was planned to receive: encounters and their minutes by mode,
 * each encounter once however many coaches took part (Carroll et al. 2007: frequency and duration
 * together are the dose). What the coaches gave is {@link CoachTime}.
 *
 * <pre>{@code
 * dose.encounters();   // 14
 * dose.visits();       // 3: a joint visit is one
 * dose.hours();        // the practice's hours with its coaches
 * }</pre>
 *
 * @param encountersByMode  encounters by mode, modes without any left out
 * @param minutesByMode  their minutes by mode, the same modes
 */
public record Dose(Map<ContactMode, Integer> encountersByMode, Map<ContactMode, Long> minutesByMode) {

    /**
     * Copies the maps and checks the counts.
     *
     * @param encountersByMode  encounters by mode
     * @param minutesByMode  their minutes by mode
     */
    public Dose {
        encountersByMode = Map.copyOf(encountersByMode);
        minutesByMode = Map.copyOf(minutesByMode);
        Invariants invariants = Invariants.of(Dose.class)
                .require(encountersByMode.keySet().equals(minutesByMode.keySet()), "minutesByMode",
                        "must hold the modes of encountersByMode", minutesByMode.keySet());
        encountersByMode.forEach((m, n) -> invariants.require(n > 0, "encountersByMode", "must be at least 1", m + "=" + n));
        minutesByMode.forEach((m, n) -> invariants.require(n >= 0, "minutesByMode", "must be at least 0", m + "=" + n));
        invariants.check();
    }

    /** {@return the encounters of every mode} */
    public int encounters() {
        return encountersByMode.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** {@return the on-site encounters: site visits, a joint visit once} */
    public int visits() {
        return encountersByMode.getOrDefault(ContactMode.ON_SITE, 0);
    }

    /** {@return the minutes of every mode} */
    public long minutes() {
        return minutesByMode.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@return the minutes / 60} */
    public double hours() {
        return minutes() / 60.0;
    }

    /**
     * Minutes of one mode.
     *
     * @param mode  the mode, not null
     * @return the minutes, 0 if none
     */
    public long minutes(ContactMode mode) {
        return minutesByMode.getOrDefault(Objects.requireNonNull(mode, "mode"), 0L);
    }

    /** Accumulates a dose. */
    static final class Tally {
        // By the mode's ordinal, unboxed: a tally may count hundreds of thousands of occurrences.
        private final int[] encounters = new int[ContactMode.values().length];
        private final long[] minutes = new long[ContactMode.values().length];

        void add(ContactMode mode, long mins) {
            encounters[mode.ordinal()]++;
            minutes[mode.ordinal()] += mins;
        }

        Dose dose() {
            Map<ContactMode, Integer> byMode = new EnumMap<>(ContactMode.class);
            Map<ContactMode, Long> minutesByMode = new EnumMap<>(ContactMode.class);
            for (ContactMode mode : ContactMode.values()) {
                if (encounters[mode.ordinal()] > 0) {
                    byMode.put(mode, encounters[mode.ordinal()]);
                    minutesByMode.put(mode, minutes[mode.ordinal()]);
                }
            }
            return new Dose(byMode, minutesByMode);
        }
    }

    @Override
    public String toString() {
        return Plural.count(encounters(), "encounter") + " (" + Plural.count(visits(), "visit") + "), " + minutes() + " min";
    }
}
