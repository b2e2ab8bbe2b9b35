package org.ccmcoach.allocation.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.GeoPoint;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.TriageLevel;
import org.ccmcoach.allocation.AllocationProblem;
import org.ccmcoach.allocation.ChangeScope;
import org.ccmcoach.allocation.CoachProfile;
import org.ccmcoach.allocation.FacilitationResource;
import org.ccmcoach.allocation.Intensity;
import org.ccmcoach.allocation.Maturity;
import org.ccmcoach.allocation.PracticeProfile;

/**
 * Random coaching programs for tests, drawn like a regional program: coaches of 0.5 to 1 FTE
 * (caseload cap the policy's 10 or 6 to 10) and practices scattered over a region about 150 km
 * across, so that travel limits bind at the edges; mostly candidates at three readiness levels,
 * mostly standard intensity (20 % light, 20 % intensive), with mixed scope, maturity and other
 * resources; a few required expertise areas, current coaches, forbidden coaches and feasible pins.
 * With about five practices per coach, coach time is scarce and a part of them goes unserved.
 *
 * <p>{@link #problem} keeps the region at 150 km across whatever the program's size, so large
 * programs are dense: every coach is within reach of most practices. {@link #spread} grows the
 * region with the program instead, one coach to about 900 km² (the density of a 25-coach program
 * in the small region), as a state or national program spreads over its territory.
 */
public final class RandomPrograms {

    private static final String[] AREAS = {"registry", "ehr-reporting", "self-management-support"};
    private static final double[] FTES = {0.5, 0.6, 0.8, 1.0};

    private RandomPrograms() {
    }

    /**
     * A random program.
     *
     * @param seed  the seed; equal seeds give equal programs
     * @param coaches  the number of coaches
     * @param practices  the number of practices
     * @return the problem
     */
    public static AllocationProblem problem(long seed, int coaches, int practices) {
        return draw(seed, coaches, practices, 1.0);
    }

    /**
     * A random program over a region that grows with it: the region's sides scale with the square
     * root of the number of coaches, from 150 km across at 25 coaches.
     *
     * @param seed  the seed; equal seeds give equal programs
     * @param coaches  the number of coaches
     * @param practices  the number of practices
     * @return the problem
     */
    public static AllocationProblem spread(long seed, int coaches, int practices) {
        return draw(seed, coaches, practices, Math.sqrt(Math.max(1, coaches) / 25.0));
    }

    private static AllocationProblem draw(long seed, int coaches, int practices, double scale) {
        Random r = new Random(seed);
        List<CoachProfile> cs = new ArrayList<>();
        for (int c = 0; c < coaches; c++) {
            Coach.Builder coach = Coach.builder().id(CoachId.of("c" + c)).name("Coach " + c)
                    .fte(FTES[r.nextInt(FTES.length)]).homeLocation(place(r, scale));
            for (String area : AREAS) {
                if (r.nextDouble() < 0.6) {
                    coach.addExpertise(area);
                }
            }
            CoachProfile.Builder profile = CoachProfile.builder().coach(coach.build());
            if (r.nextDouble() < 0.5) {
                profile.caseloadCap(6 + r.nextInt(5));
            }
            cs.add(profile.build());
        }
        List<PracticeProfile> ps = new ArrayList<>();
        for (int p = 0; p < practices; p++) {
            PracticeProfile.Builder b = PracticeProfile.builder()
                    .practice(Practice.builder().id(PracticeId.of("p" + p)).name("Practice " + p)
                            .organization("Org " + (p % 5)).location(place(r, scale)).build());
            double triage = r.nextDouble();
            if (triage < 0.75) {
                b.triage(r.nextBoolean() ? TriageLevel.FUNCTIONAL : TriageLevel.LOW_FUNCTIONAL);
            } else if (triage < 0.82) {
                b.triage(TriageLevel.EXEMPLAR);
            } else if (triage < 0.90) {
                b.triage(TriageLevel.SURVIVAL).wantsToEngage(r.nextBoolean());
            }
            if (r.nextDouble() < 0.85) {
                b.readiness(4 + 2 * r.nextInt(3));
            }
            if (r.nextDouble() < 0.2) {
                b.priority(1);
            }
            double intensity = r.nextDouble();
            b.intensity(intensity < 0.2 ? Intensity.LIGHT : intensity < 0.8 ? Intensity.STANDARD : Intensity.INTENSIVE)
                    .scope(ChangeScope.values()[r.nextInt(2)])
                    .maturity(Maturity.values()[r.nextInt(3)]);
            for (FacilitationResource resource : FacilitationResource.values()) {
                if (r.nextDouble() < 0.2) {
                    b.addOtherResources(resource);
                }
            }
            if (r.nextDouble() < 0.15) {
                b.addRequiredExpertise(AREAS[r.nextInt(AREAS.length)]);
            }
            if (coaches > 0 && r.nextDouble() < 0.3) {
                b.currentCoach(cs.get(r.nextInt(coaches)).id());
            }
            if (coaches > 0 && r.nextDouble() < 0.05) {
                b.addForbiddenCoaches(cs.get(r.nextInt(coaches)).id());
            }
            ps.add(b.build());
        }
        AllocationProblem unpinned = AllocationProblem.builder().coaches(cs).practices(ps).build();
        return withPins(unpinned, r);
    }

    /** Pins about one practice in twenty to a coach that may serve it, within that coach's hours and caseload. */
    private static AllocationProblem withPins(AllocationProblem problem, Random r) {
        List<CoachProfile> coaches = problem.coaches();
        double[] hours = new double[coaches.size()];
        int[] count = new int[coaches.size()];
        List<PracticeProfile> pinned = new ArrayList<>(problem.practices());
        for (int p = 0; p < pinned.size(); p++) {
            if (r.nextDouble() >= 0.05 || !problem.policy().isCoachable(pinned.get(p))) {
                continue;
            }
            for (int c = 0; c < coaches.size(); c++) {
                CoachProfile coach = coaches.get(c);
                double load = problem.load(coach.id(), pinned.get(p).id());
                if (problem.barriers(coach.id(), pinned.get(p).id()).isEmpty()
                        && hours[c] + load <= coach.capacityHours(problem.policy()) && count[c] < coach.caseloadCap(problem.policy())) {
                    hours[c] += load;
                    count[c]++;
                    pinned.set(p, pinned.get(p).withPinnedCoach(coach.id()));
                    break;
                }
            }
        }
        return problem.withPractices(pinned);
    }

    private static GeoPoint place(Random r, double scale) {
        return GeoPoint.of(45.0 + r.nextDouble() * 1.4 * scale, -123.0 + r.nextDouble() * 1.9 * scale);
    }

}
