package org.ccmcoach.allocation;

import org.ccmcoach.allocation.internal.Instance;

/** A plan's coverage and travel in the terms the allocators compare them, computed from its assignments. */
final class Measures {

    private Measures() {
    }

    /** Served practices per priority class, highest class first. */
    static int[] coverage(Instance in, Allocation plan) {
        int[] counts = new int[in.tiers];
        for (Assignment a : plan.assignments()) {
            counts[in.tier[in.practiceIndex.get(a.practice())]]++;
        }
        return counts;
    }

    /** Travel, in the instance's scaled round-trip minutes a month. */
    static long travel(Instance in, Allocation plan) {
        long travel = 0;
        for (Assignment a : plan.assignments()) {
            travel += in.travelCost(in.coachIndex.get(a.coach()), in.practiceIndex.get(a.practice()));
        }
        return travel;
    }
}
