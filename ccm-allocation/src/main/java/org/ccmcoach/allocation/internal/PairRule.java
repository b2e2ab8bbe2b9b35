package org.ccmcoach.allocation.internal;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ccmcoach.allocation.AllocationProblem;
import org.ccmcoach.allocation.AllocationRule;
import org.ccmcoach.allocation.CoachProfile;
import org.ccmcoach.allocation.PracticeProfile;
import org.ccmcoach.allocation.UnservedReason;
import org.ccmcoach.core.coaching.EngagementRole;

/**
 * The rules for "may this coach serve this practice", each with its test and its explanation: the
 * one list that the instance's eligible pairs, {@link AllocationProblem#barriers}, the checker,
 * the problem's check of pins and the explanations of unserved practices all walk. A coach may
 * serve a practice when every rule allows it; the barriers are the rules that do not.
 */
public enum PairRule {

    /** The practice is a triage candidate, or not yet triaged. */
    CANDIDATE(AllocationRule.CANDIDATES_ONLY, UnservedReason.NOT_A_CANDIDATE) {
        @Override
        public boolean allows(Instance in, int c, int p) {
            return in.coachable[p];
        }

        @Override
        public String explain(Instance in, int c, int p) {
            return in.practices.get(p).id() + " is triaged " + in.practices.get(p).triage().map(Enum::name).orElse("?")
                    + ", not a candidate under the policy";
        }
    },
    /** The coach is a point of contact. */
    POINT_OF_CONTACT(AllocationRule.POINT_OF_CONTACT_ONLY, UnservedReason.NO_ELIGIBLE_COACH) {
        @Override
        public boolean allows(Instance in, int c, int p) {
            return in.coaches.get(c).role() == EngagementRole.POINT_OF_CONTACT;
        }

        @Override
        public String explain(Instance in, int c, int p) {
            CoachProfile coach = in.coaches.get(c);
            return coach.id() + " is a " + coach.role() + " coach, not a point of contact";
        }

        @Override
        public String noCoach(Instance in, int p, List<Integer> before) {
            return in.nc == 0 ? "the program has no coaches" : "no point-of-contact coach that it does not forbid";
        }
    },
    /** The practice does not forbid the coach. */
    NOT_FORBIDDEN(AllocationRule.FORBIDDEN_COACH, UnservedReason.NO_ELIGIBLE_COACH) {
        @Override
        public boolean allows(Instance in, int c, int p) {
            return !in.practices.get(p).forbiddenCoaches().contains(in.coaches.get(c).id());
        }

        @Override
        public String explain(Instance in, int c, int p) {
            return in.practices.get(p).id() + " forbids " + in.coaches.get(c).id();
        }

        @Override
        public String noCoach(Instance in, int p, List<Integer> before) {
            return in.nc == 0 ? "the program has no coaches" : "no point-of-contact coach that it does not forbid";
        }
    },
    /** The coach lists every expertise area the practice requires. */
    EXPERTISE(AllocationRule.EXPERTISE, UnservedReason.NO_COACH_WITH_EXPERTISE) {
        @Override
        public boolean allows(Instance in, int c, int p) {
            return in.coaches.get(c).coach().expertise().containsAll(in.practices.get(p).requiredExpertise());
        }

        @Override
        public String explain(Instance in, int c, int p) {
            PracticeProfile practice = in.practices.get(p);
            CoachProfile coach = in.coaches.get(c);
            return coach.id() + " lacks expertise required by " + practice.id() + ": needs "
                    + practice.requiredExpertise() + ", has " + coach.coach().expertise();
        }

        @Override
        public String noCoach(Instance in, int p, List<Integer> before) {
            return "no coach lists the required expertise " + in.practices.get(p).requiredExpertise();
        }
    },
    /** The one-way trip is known and within the policy's limit. */
    TRAVEL_LIMIT(AllocationRule.TRAVEL_LIMIT, UnservedReason.NO_COACH_WITHIN_TRAVEL) {
        @Override
        public boolean allows(Instance in, int c, int p) {
            double minutes = in.oneWay(c, p);
            return !Double.isNaN(minutes) && minutes <= in.policy.maxOneWayMinutes() + Instance.EPS;
        }

        @Override
        public String explain(Instance in, int c, int p) {
            if (Double.isNaN(in.oneWay(c, p))) {
                return "no travel time from " + in.coaches.get(c).id() + " to " + in.practices.get(p).id()
                        + ": give one, or locations for both";
            }
            return in.practices.get(p).id() + " is " + Instance.minutes(in.oneWay(c, p)) + " from "
                    + in.coaches.get(c).id() + " one way; the limit is " + Instance.minutes(in.policy.maxOneWayMinutes());
        }

        @Override
        public String noCoach(Instance in, int p, List<Integer> before) {
            int nearest = before.stream().min(Comparator.comparingDouble(c -> in.oneWay(c, p))).orElseThrow();
            return "the nearest coach it may have, " + in.coaches.get(nearest).id() + ", is "
                    + Instance.minutes(in.oneWay(nearest, p)) + " away one way; the limit is "
                    + Instance.minutes(in.policy.maxOneWayMinutes());
        }
    },
    /** A pinned practice has its pinned coach and no other. */
    PIN(AllocationRule.PIN, UnservedReason.NO_ELIGIBLE_COACH) {
        @Override
        public boolean allows(Instance in, int c, int p) {
            return in.pinned[p] < 0 || in.pinned[p] == c;
        }

        @Override
        public String explain(Instance in, int c, int p) {
            return in.practices.get(p).id() + " is pinned to " + in.coaches.get(in.pinned[p]).id() + ", not " + in.coaches.get(c).id();
        }
    };

    private static final PairRule[] ALL = values();

    /** The public rule this one enforces. */
    public final AllocationRule rule;
    /** Why a practice is unserved when this rule leaves it no coach. */
    public final UnservedReason unserved;

    PairRule(AllocationRule rule, UnservedReason unserved) {
        this.rule = rule;
        this.unserved = unserved;
    }

    /** Whether this rule lets coach c serve practice p. */
    public abstract boolean allows(Instance in, int c, int p);

    /** Why this rule keeps coach c from practice p, with the numbers. */
    public abstract String explain(Instance in, int c, int p);

    /**
     * Why practice p has no coach once this rule is applied to {@code before}, the coaches the rules
     * before it leave, when this rule leaves none of them.
     */
    public String noCoach(Instance in, int p, List<Integer> before) {
        return "no coach meets the rule: " + rule.displayName();
    }

    /** Whether every rule lets coach c serve practice p. */
    public static boolean allowed(Instance in, int c, int p) {
        for (PairRule r : ALL) {
            if (!r.allows(in, c, p)) {
                return false;
            }
        }
        return true;
    }

    /** The rules that keep coach c from practice p, in this order; empty when it may serve it. */
    public static Set<AllocationRule> barriers(Instance in, int c, int p) {
        Set<AllocationRule> found = EnumSet.noneOf(AllocationRule.class);
        for (PairRule r : ALL) {
            if (!r.allows(in, c, p)) {
                found.add(r.rule);
            }
        }
        return found;
    }

    /** The pair rule that enforces a public rule. */
    public static PairRule of(AllocationRule rule) {
        for (PairRule r : ALL) {
            if (r.rule == rule) {
                return r;
            }
        }
        throw new IllegalArgumentException(rule + " is not a rule of a coach and a practice");
    }
}
