package org.ccmcoach.allocation;

import org.ccmcoach.core.value.CcmValidator;
import tools.jackson.databind.util.StdConverter;

/**
 * Checks an allocation's parts read from a document fully: they are outside input. Built by ccm, the
 * same values check only their own invariants, in plain code; read, they are checked against every
 * constraint, as a value a caller builds is.
 */
final class ReadChecks {

    private ReadChecks() {
    }

    /**
     * Checks a value read from a document against every constraint. A subclass per type names the
     * type, so that Jackson knows what it converts.
     *
     * @param <T> the value's type
     */
    abstract static class Checked<T> extends StdConverter<T, T> {

        @Override
        public final T convert(T value) {
            return CcmValidator.check(value);
        }
    }

    /** Checks an allocation read from a document fully. */
    static final class Allocations extends Checked<Allocation> {
    }

    /** Checks an assignment read from a document fully. */
    static final class Assignments extends Checked<Assignment> {
    }

    /** Checks an unserved practice read from a document fully. */
    static final class Unserveds extends Checked<Unserved> {
    }

    /** Checks a coach's load read from a document fully. */
    static final class CoachLoads extends Checked<CoachLoad> {
    }

    /** Checks a breach read from a document fully. */
    static final class Breaches extends Checked<Breach> {
    }
}
