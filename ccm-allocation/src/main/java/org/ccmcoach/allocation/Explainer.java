package org.ccmcoach.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmcoach.allocation.internal.Instance;
import org.ccmcoach.allocation.internal.PairRule;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.Plural;

/** Turns a finished plan into an {@link Allocation}: loads, reasons and the waitlist. */
final class Explainer {

    private static final int NAMED = 5;

    private final Instance in;
    private final int[] assign;
    private final double[] used;
    private final int[] count;
    /** Each coach's practices, highest priority first. */
    private final List<List<Integer>> held = new ArrayList<>();
    /** Each coach's position in id order; built when first needed. */
    private int[] idRank;

    Explainer(Instance in, int[] assign) {
        this.in = in;
        this.assign = assign.clone();
        used = new double[in.nc];
        count = new int[in.nc];
        for (int c = 0; c < in.nc; c++) {
            held.add(new ArrayList<>());
        }
        for (int p : in.order) {
            if (assign[p] >= 0) {
                used[assign[p]] += in.load(assign[p], p);
                count[assign[p]]++;
                held.get(assign[p]).add(p);
            }
        }
    }

    Allocation explain() {
        Allocation.Builder out = Allocation.builder();
        for (int p : in.order) {
            if (assign[p] >= 0) {
                out.addAssignments(assignment(p, assign[p]));
            } else {
                out.addUnserved(unserved(p));
            }
        }
        TechnicalAssistance ta = new TechnicalAssistance(in, assign);
        out.addAllTechnicalAssistance(ta.assignments).addAllTechnicalAssistanceGaps(ta.gaps);
        TechnicalAssistance bh = new TechnicalAssistance(in, assign, EngagementRole.BEHAVIOURAL_HEALTH);
        out.addAllBehaviouralHealth(bh.assignments).addAllBehaviouralHealthGaps(bh.gaps);
        for (int c = 0; c < in.nc; c++) {
            // A support coach is capped only by its own profile (see TechnicalAssistance).
            java.util.OptionalInt cap = in.coaches.get(c).role() != EngagementRole.POINT_OF_CONTACT
                    ? in.coaches.get(c).caseloadCap() : java.util.OptionalInt.of(in.cap[c]);
            CoachLoad.Builder load = CoachLoad.builder().coach(in.coaches.get(c).id())
                    .capacityHours(in.capacity[c]).caseloadCap(cap);
            double hours = 0;
            double travel = 0;
            for (int p : held.get(c)) {
                load.addPractices(in.practices.get(p).id());
                hours += in.load(c, p);
                travel += in.load(c, p) - in.coachingHours[p];
            }
            for (int p : ta.held.get(c)) {
                load.addPractices(in.practices.get(p).id());
            }
            for (int p : bh.held.get(c)) {
                load.addPractices(in.practices.get(p).id());
            }
            out.addCoachLoads(load.hours(hours + ta.used[c] + bh.used[c])
                    .travelHours(Math.max(0, travel) + ta.travel[c] + bh.travel[c]).build());
        }
        return out.build();
    }

    private Assignment assignment(int p, int c) {
        Near near = eligibleCoaches(p);
        List<Integer> eligible = near.coaches();
        double minutes = in.oneWay(c, p);
        AssignmentReason reason;
        String why;
        double nearest = java.util.Arrays.stream(near.minutes()).min().orElse(minutes);
        if (in.pinned[p] == c) {
            reason = AssignmentReason.PINNED;
            why = "pinned to this coach, " + min(minutes) + " one way";
        } else if (eligible.size() == 1) {
            reason = AssignmentReason.ONLY_ELIGIBLE_COACH;
            why = "the only coach allowed to serve it, " + min(minutes) + " one way" + othersKept(p, c);
        } else if (minutes <= nearest + 1e-9 && !(in.current[p] == c && tiedWithOthers(c, minutes, near))) {
            reason = AssignmentReason.NEAREST_ELIGIBLE_COACH;
            why = "nearest eligible coach, " + min(minutes) + " one way" + (in.current[p] == c ? "; also its current coach" : "");
        } else if (in.current[p] == c && minutes <= nearest + 1e-9) {
            reason = AssignmentReason.CURRENT_COACH;
            why = "keeps its current coach, as near as any other (" + min(minutes) + " one way)";
        } else {
            reason = AssignmentReason.NEARER_COACHES_IN_USE;
            List<String> nearer = new ArrayList<>();
            for (int i = 0; i < eligible.size() && nearer.size() < NAMED; i++) {
                int e = eligible.get(i);
                if (near.minutes()[i] < minutes - 1e-9) {
                    nearer.add(in.coaches.get(e).id() + " (" + min(near.minutes()[i]) + ", " + fill(e) + ")");
                }
            }
            why = min(minutes) + " one way; nearer eligible coaches are used for other practices: " + String.join(", ", nearer)
                    + (in.current[p] == c ? "; its current coach" : "");
        }
        return Assignment.builder().practice(in.practices.get(p).id()).coach(in.coaches.get(c).id())
                .coachingHours(in.coachingHours[p]).travelHours(Math.max(0, in.load(c, p) - in.coachingHours[p]))
                .oneWayMinutes(minutes).reason(reason).explanation(why).build();
    }

    private static boolean tiedWithOthers(int c, double minutes, Near near) {
        for (int i = 0; i < near.coaches().size(); i++) {
            if (near.coaches().get(i) != c && Math.abs(near.minutes()[i] - minutes) <= 1e-9) {
                return true;
            }
        }
        return false;
    }

    private String othersKept(int p, int c) {
        List<String> others = new ArrayList<>();
        for (int e : in.coachesById) {
            if (e != c && others.size() < NAMED) {
                Set<AllocationRule> rules = in.barriers(e, p);
                others.add(in.coaches.get(e).id() + ": " + rules.stream().map(AllocationRule::displayName)
                        .collect(Collectors.joining(", ")));
            }
        }
        return others.isEmpty() ? "" : " (others kept out by " + String.join("; ", others) + ")";
    }

    private Unserved unserved(int p) {
        PracticeProfile practice = in.practices.get(p);
        Unserved.Builder out = Unserved.builder().practice(practice.id());
        if (!in.coachable[p]) {
            String level = practice.triage().map(Enum::name).orElse("?");
            return out.reason(UnservedReason.NOT_A_CANDIDATE).explanation("triaged " + level
                    + (level.equals("EXEMPLAR") ? ": a peer mentor, not coached" : ": not a candidate under the policy")
                    + (practice.wantsToEngage() ? "" : level.equals("SURVIVAL") ? " (does not want to engage)" : "")).build();
        }
        if (in.first[p + 1] > in.first[p]) {
            // An unserved practice is never pinned, so the coaches within reach are its eligible ones.
            List<Integer> near = new ArrayList<>();
            for (int e = in.first[p]; e < in.first[p + 1]; e++) {
                near.add(in.pairCoach[e]);
            }
            near.sort(java.util.Comparator.comparingInt(this::idRank));
            return full(out, p, near);
        }
        // The first rule that leaves it no coach, walking them in order, is the reason (a candidate it is).
        List<Integer> left = new ArrayList<>();
        for (int c : in.coachesById) {
            left.add(c);
        }
        for (PairRule rule : PairRule.values()) {
            if (rule == PairRule.CANDIDATE) {
                continue;
            }
            List<Integer> next = left.stream().filter(c -> rule.allows(in, c, p)).toList();
            if (next.isEmpty()) {
                return out.reason(rule.unserved).explanation(rule.noCoach(in, p, left)).build();
            }
            left = next;
        }
        return full(out, p, left);
    }

    /** Why a practice that coaches within reach could serve is unserved: too large for them, or their capacity is taken. */
    private Unserved full(Unserved.Builder out, int p, List<Integer> near) {
        if (near.stream().allMatch(c -> in.load(c, p) > in.capacity[c] + Instance.EPS)) {
            int c = near.get(0);
            return out.reason(UnservedReason.TOO_LARGE_FOR_ANY_COACH).explanation("needs " + Instance.hours(in.load(c, p))
                    + " a month with " + in.coaches.get(c).id() + ", more than its whole capacity of " + Instance.hours(in.capacity[c])).build();
        }
        List<Integer> holding = new ArrayList<>();
        for (int c : near) {
            for (int q : held.get(c)) {
                if (in.tier[q] <= in.tier[p]) {
                    holding.add(q);
                }
            }
        }
        holding.sort(java.util.Comparator.comparingInt(q -> in.rank[q]));
        List<PracticeId> holders = holding.stream().map(q -> in.practices.get(q).id()).toList();
        String coaches = near.stream().limit(NAMED).map(c -> in.coaches.get(c).id() + " (needs " + Instance.hours(in.load(c, p)) + ", "
                + fill(c) + ")").collect(Collectors.joining(", "));
        String named = holders.stream().limit(NAMED).map(PracticeId::toString).collect(Collectors.joining(", "))
                + (holders.size() > NAMED ? " and " + (holders.size() - NAMED) + " more" : "");
        return out.reason(UnservedReason.CAPACITY_TAKEN).displacedBy(holders).explanation("the coaches that may serve it are full: "
                + coaches + (holders.isEmpty() ? "" : "; held by practices of higher or equal priority: " + named)).build();
    }

    /** A practice's eligible coaches, nearest first, then by id, with their one-way minutes in the same order. */
    private record Near(List<Integer> coaches, double[] minutes) {
    }

    /**
     * The coaches that may serve practice p, nearest first, then by id: each one's minutes worked
     * out once, not in every comparison of the sort (a great-circle distance each; with 400 coaches
     * within reach of each of 4,000 practices that was seconds, issue 33).
     */
    private Near eligibleCoaches(int p) {
        int n = in.first[p + 1] - in.first[p];
        double[] way = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            way[i] = in.oneWay(in.pairCoach[in.first[p] + i], p);
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.<Integer>comparingDouble(i -> way[i])
                .thenComparingInt(i -> idRank(in.pairCoach[in.first[p] + i])));
        List<Integer> coaches = new ArrayList<>(n);
        double[] minutes = new double[n];
        for (int i = 0; i < n; i++) {
            coaches.add(in.pairCoach[in.first[p] + order[i]]);
            minutes[i] = way[order[i]];
        }
        return new Near(coaches, minutes);
    }

    private int idRank(int c) {
        if (idRank == null) {
            idRank = new int[in.nc];
            for (int i = 0; i < in.nc; i++) {
                idRank[in.coachesById[i]] = i;
            }
        }
        return idRank[c];
    }

    private String fill(int c) {
        return Plural.count(count[c], "practice") + " of a caseload cap of " + in.cap[c] + ", " + Instance.decimal(used[c]) + " of "
                + Instance.hours(in.capacity[c]);
    }

    private static String min(double minutes) {
        return Decimals.fixed(minutes, 0) + " min";
    }

}
