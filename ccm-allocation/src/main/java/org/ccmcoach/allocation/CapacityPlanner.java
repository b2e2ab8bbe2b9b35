package org.ccmcoach.allocation;

import java.util.ArrayList;
import java.util.List;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;

/**
 * Answers "how many coaches do we need?" for a set of practices and one coach profile.
 *
 * <p>Every coach is taken to be a copy of the profile: the same FTE, expertise, base and caseload
 * cap. Practices are planned for without their pins, current and forbidden coaches (those name
 * real coaches), and only those that may be coached (triage candidates and practices not yet
 * triaged). Two answers: a lower bound from hours and caseloads, which no plan can beat, and the
 * smallest count with which the {@link Allocator} serves every practice the profile can serve,
 * found by trying counts upward from the bound.
 *
 * <pre>{@code
 * CoachProfile typical = CoachProfile.of(Coach.builder().id(CoachId.of("coach")).name("Coach")
 *         .homeLocation(GeoPoint.of(45.52, -122.68)).build());
 * CapacityPlan plan = CapacityPlanner.plan(AllocationPolicy.defaults(), practices, typical);
 * plan.lowerBound();      // 12
 * plan.coachesNeeded();   // OptionalInt[13]
 * }</pre>
 */
public final class CapacityPlanner {

    private static final int MAX_ID_PREFIX = 58;

    private CapacityPlanner() {
    }

    /**
     * Plans with travel estimated from locations.
     *
     * @param policy  the rules, not null
     * @param practices  the practices, ids unique
     * @param profile  the profile every coach copies, not null
     * @return the plan, not null
     */
    public static CapacityPlan plan(AllocationPolicy policy, List<PracticeProfile> practices, CoachProfile profile) {
        return plan(policy, practices, profile, List.of());
    }

    /**
     * Plans with travel times from the profile's coach (by its id) copied to every coach.
     *
     * @param policy  the rules, not null
     * @param practices  the practices, ids unique
     * @param profile  the profile every coach copies, not null
     * @param travelTimes  travel times from the profile's coach; entries for other coaches are ignored
     * @return the plan, not null
     * @throws org.ccmcoach.core.value.CcmValidationException if a practice has neither a travel time nor
     *         a location while the profile's coach has one, or ids repeat
     */
    public static CapacityPlan plan(AllocationPolicy policy, List<PracticeProfile> practices, CoachProfile profile,
                                    List<TravelTime> travelTimes) {
        List<PracticeProfile> open = practices.stream().map(p -> p.withPinnedCoach(java.util.Optional.empty())
                .withCurrentCoach(java.util.Optional.empty()).withForbiddenCoaches(List.of())).toList();
        List<TravelTime> fromProfile = travelTimes.stream().filter(t -> t.coach().equals(profile.id())).toList();
        AllocationProblem single = problem(policy, open, profile, 1, fromProfile);
        Instance in = single.instance();
        List<PracticeProfile> servable = new ArrayList<>();
        List<PracticeId> unservable = new ArrayList<>();
        double hours = 0;
        for (int p : in.order) {
            if (!in.coachable[p]) {
                continue;
            }
            if (in.eligible(0, p) && in.load(0, p) <= in.capacity[0] + Instance.EPS) {
                servable.add(in.practices.get(p));
                hours += in.load(0, p);
            } else {
                unservable.add(in.practices.get(p).id());
            }
        }
        int hoursBound = (int) Math.ceil(hours / in.capacity[0] - 1e-9);
        int caseloadBound = (int) Math.ceil(servable.size() / (double) in.cap[0]);
        CapacityPlan.Builder out = CapacityPlan.builder().hoursBound(hoursBound).caseloadBound(caseloadBound)
                .unservable(unservable);
        if (servable.isEmpty()) {
            return out.build();
        }
        for (int k = Math.max(1, Math.max(hoursBound, caseloadBound)); k <= servable.size(); k++) {
            Allocation allocation = Allocator.heuristic().allocate(problem(policy, servable, profile, k, fromProfile));
            if (allocation.unserved().isEmpty()) {
                return out.coachesNeeded(k).allocation(allocation).build();
            }
        }
        throw new IllegalStateException("one coach per servable practice must serve them all");
    }

    private static AllocationProblem problem(AllocationPolicy policy, List<PracticeProfile> practices, CoachProfile profile,
                                             int coaches, List<TravelTime> travel) {
        AllocationProblem.Builder out = AllocationProblem.builder().policy(policy).practices(practices);
        String prefix = profile.id().value().length() > MAX_ID_PREFIX
                ? profile.id().value().substring(0, MAX_ID_PREFIX) : profile.id().value();
        java.util.Set<PracticeId> planned = new java.util.HashSet<>();
        practices.forEach(p -> planned.add(p.id()));
        for (int i = 1; i <= coaches; i++) {
            CoachId id = coaches == 1 ? profile.id() : CoachId.of(prefix + "-" + i);
            String name = profile.coach().name();
            out.addCoaches(profile.withCoach(profile.coach().withId(id).withName(coaches == 1 || name.length() > 190 ? name : name + " " + i)));
            for (TravelTime t : travel) {
                if (planned.contains(t.practice())) {
                    out.addTravelTimes(TravelTime.of(id, t.practice(), t.minutes()));
                }
            }
        }
        return out.build();
    }
}
