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

    /** Checks an allocation read from a document fully. */
    static final class Allocations extends StdConverter<Allocation, Allocation> {

        @Override
        public Allocation convert(Allocation allocation) {
            return CcmValidator.check(allocation);
        }
    }

    /** Checks an assignment read from a document fully. */
    static final class Assignments extends StdConverter<Assignment, Assignment> {

        @Override
        public Assignment convert(Assignment assignment) {
            return CcmValidator.check(assignment);
        }
    }

    /** Checks an unserved practice read from a document fully. */
    static final class Unserveds extends StdConverter<Unserved, Unserved> {

        @Override
        public Unserved convert(Unserved unserved) {
            return CcmValidator.check(unserved);
        }
    }

    /** Checks a coach's load read from a document fully. */
    static final class CoachLoads extends StdConverter<CoachLoad, CoachLoad> {

        @Override
        public CoachLoad convert(CoachLoad load) {
            return CcmValidator.check(load);
        }
    }

    /** Checks a breach read from a document fully. */
    static final class Breaches extends StdConverter<Breach, Breach> {

        @Override
        public Breach convert(Breach breach) {
            return CcmValidator.check(breach);
        }
    }
}
