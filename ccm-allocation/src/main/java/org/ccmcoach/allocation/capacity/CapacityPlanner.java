package org.ccmcoach.allocation.capacity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccmcoach.allocation.Allocation;
import org.ccmcoach.allocation.AllocationPolicy;
import org.ccmcoach.allocation.AllocationProblem;
import org.ccmcoach.allocation.Allocator;
import org.ccmcoach.allocation.CoachProfile;
import org.ccmcoach.allocation.Intensity;
import org.ccmcoach.allocation.PracticeProfile;
import org.ccmcoach.allocation.TravelTime;
import org.ccmcoach.allocation.internal.Instance;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.cost.CostBreakdown;
import org.ccmcoach.core.cost.CostLine;
import org.ccmcoach.core.cost.CostModel;
import org.ccmcoach.core.cost.Workload;
import org.ccmcoach.core.value.Decimals;
import org.joda.money.Money;

/**
 * Answers "how many coaches do we need?" for a set of practices and one coach profile.
 *
 * <p>Every coach is taken to be a copy of the profile: the same FTE, expertise, base and caseload
 * cap. Practices are planned for without their pins, current and forbidden coaches (those name
 * real coaches), and only those that may be coached (triage candidates and practices not yet
 * triaged). Two answers: a lower bound from hours and caseloads, which no plan can beat, and the
 * smallest count with which the {@link Allocator} serves every practice the profile can serve,
 * found by trying counts upward from the bound (itself raised by practices' sizes: a coach holds at
 * most j practices of more than 1/(j + 1) of its hours), one by one for the first few, then in
 * doubling steps and by bisection, so that a program of n practices takes O(log n) allocations. The answer lists what it assumes
 * ({@link CapacityPlan#assumptions()}): above all the caseload cap, which by default is
 * EvidenceNOW's mean caseload used as a ceiling (ccm's choice, see
 * {@link AllocationPolicy#defaultCaseloadCap()}), so the count is of coaches who never carry more
 * than an average facilitator there did.
 *
 * <p>With a {@link CostModel} it answers in money both ways: {@link #budget} gives the coaches and
 * budget a set of practices needs, {@link #reach} the practices (by priority) a budget can serve
 * with the constraint that binds, and {@link #sensitivity} how the first answer moves with travel
 * and intensity.
 *
 * <pre>{@code
 * CoachProfile typical = CoachProfile.of(Coach.builder().id(CoachId.of("coach")).name("Coach")
 *         .homeLocation(GeoPoint.of(45.52, -122.68)).build());
 * CapacityPlan plan = CapacityPlanner.plan(AllocationPolicy.defaults(), practices, typical);
 * plan.lowerBound();      // 12
 * plan.coachesNeeded();   // OptionalInt[13]
 * plan.assumptions();     // [every coach copies the profile: 1 FTE, 140 h a month, ..., at most 10 practices a coach: ...]
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
        return plan(policy, profile, servable(policy, practices, profile, travelTimes));
    }

    /**
     * {@link #plan}, for tests to compare with the search of every count: {@code sizes} raises the
     * lower bound by practices' sizes, and counts are tried one by one for the first {@code linear}
     * (all of them with {@link Integer#MAX_VALUE}, the search before issue 33) before the doubling steps.
     */
    static CapacityPlan plan(AllocationPolicy policy, List<PracticeProfile> practices, CoachProfile profile,
                             List<TravelTime> travelTimes, boolean sizes, int linear) {
        return plan(policy, profile, servable(policy, practices, profile, travelTimes), sizes, linear);
    }

    private static CapacityPlan plan(AllocationPolicy policy, CoachProfile profile, Servable s) {
        return plan(policy, profile, s, true, LINEAR);
    }

    private static CapacityPlan plan(AllocationPolicy policy, CoachProfile profile, Servable s, boolean sizes, int linear) {
        CapacityPlan.Builder out = CapacityPlan.builder().hoursBound(s.hoursBound).caseloadBound(s.caseloadBound)
                .unservable(s.unservable).assumptions(assumptions(policy, profile, s.practices));
        if (s.practices.isEmpty()) {
            return out.build();
        }
        int n = s.practices.size();
        int from = Math.max(1, Math.max(s.hoursBound, s.caseloadBound));
        if (sizes) {
            from = Math.max(from, sizesBound(s, profile.caseloadCap(policy), profile.capacityHours(policy)));
        }
        // Counts from the bound one by one for the first few (where the answer nearly always is), then in
        // doubling steps until one serves all, then by bisection between the last that did not and it.
        int failed = from - 1;
        int step = 1;
        int k = from;
        Allocation found;
        while (true) {
            Allocation allocation = Allocator.heuristic().allocate(problem(policy, s.practices, profile, k, s.travel));
            if (allocation.unserved().isEmpty()) {
                found = allocation;
                break;
            }
            if (k >= n) {
                throw new IllegalStateException("one coach per servable practice must serve them all");
            }
            failed = k;
            if (k - from + 1 >= linear) {
                step = (int) Math.min(n, 2L * step);
            }
            k = (int) Math.min(n, (long) failed + step);
        }
        int serves = k;
        while (serves - failed > 1) {
            int mid = (failed + serves) >>> 1;
            Allocation allocation = Allocator.heuristic().allocate(problem(policy, s.practices, profile, mid, s.travel));
            if (allocation.unserved().isEmpty()) {
                serves = mid;
                found = allocation;
            } else {
                failed = mid;
            }
        }
        return out.coachesNeeded(serves).allocation(found).build();
    }

    /**
     * Coach counts tried one by one from the lower bound before the search takes doubling steps:
     * ccm's choice, so that where the answer is within a few of the bound (nearly always, with
     * {@link #sizesBound}) it is the smallest count that serves all, as trying every count finds
     * whether or not the allocator serving all at one count means it does at every larger count.
     */
    static final int LINEAR = 4;

    /**
     * Coaches needed by sizes: a coach holds at most j practices whose loads are each more than
     * 1/(j + 1) of its hours, so with c such practices at least ⌈c / j⌉ coaches are needed, for every
     * j up to the caseload cap. With loads over half a coach's hours this is one coach a practice,
     * where hours alone say half as many.
     */
    private static int sizesBound(Servable s, int cap, double hoursPerCoach) {
        int n = s.loads.length;
        double[] sorted = s.loads.clone();
        java.util.Arrays.sort(sorted);
        int most = 0;
        for (int j = 1; j <= Math.min(cap, n); j++) {
            int over = n - atMost(sorted, threshold(hoursPerCoach, j));
            most = Math.max(most, (over + j - 1) / j);
        }
        return most;
    }

    /**
     * The load above which j + 1 practices cannot share a coach: their sum passes the hours even
     * with the allocator's tolerance ({@link Instance#EPS}) and rounding in the sum (twice the tolerance).
     */
    private static double threshold(double hoursPerCoach, int j) {
        return (hoursPerCoach + 2 * Instance.EPS) / (j + 1);
    }

    /** How many of the ascending {@code sorted} are at most {@code limit}. */
    private static int atMost(BigDecimal[] sorted, BigDecimal limit) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].compareTo(limit) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many of the ascending {@code sorted} are at most {@code limit}. */
    private static int atMost(double[] sorted, double limit) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= limit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The policy's default caseload cap when ccm's defaults are kept: EvidenceNOW's mean. */
    private static final int DEFAULT_CAP = AllocationPolicy.defaults().defaultCaseloadCap();

    /** What a count of coaches of one profile rests on, in plain sentences. */
    static List<String> assumptions(AllocationPolicy policy, CoachProfile profile, List<PracticeProfile> servable) {
        int cap = profile.caseloadCap(policy);
        String capSource;
        if (profile.caseloadCap().isPresent()) {
            capSource = "the profile's own cap";
        } else if (cap == DEFAULT_CAP) {
            capSource = "the policy's default, EvidenceNOW's mean caseload (1,630 practices / 162 facilitators, "
                    + "Sweeney et al. 2022), a mean and not an observed maximum";
        } else {
            capSource = "the policy's default caseload cap";
        }
        List<String> all = new java.util.ArrayList<>(List.of("every coach copies the profile: "
                        + Decimals.show(profile.coach().fte()) + " FTE, " + Decimals.rounded(profile.capacityHours(policy), 1)
                        + " h a month",
                "at most " + cap + " practices a coach: " + capSource,
                "pinned, current and forbidden coaches set aside"));
        long needBh = servable.stream().filter(PracticeProfile::needsBehaviouralHealth).count();
        if (needBh > 0) { // every planned coach copies one profile: the support pools are not counted
            all.add("behavioural-health coaches not counted: " + needBh + " of the practices need one; plan that pool apart");
        }
        return List.copyOf(all);
    }

    /**
     * The coaches and the budget needed to serve every practice one profile can serve: the
     * {@link #plan} with its cost. The budget pays whole coaches and each practice's other costs
     * (see {@link BudgetPlan}).
     *
     * @param policy  the rules, not null
     * @param practices  the practices, ids unique
     * @param profile  the profile every coach copies, not null
     * @param travelTimes  travel times from the profile's coach, or empty
     * @param model  the cost model, not null
     * @return the coaches and budget
     */
    public static BudgetPlan budget(AllocationPolicy policy, List<PracticeProfile> practices, CoachProfile profile,
                                    List<TravelTime> travelTimes, CostModel model) {
        Servable s = servable(policy, practices, profile, travelTimes);
        CapacityPlan capacity = plan(policy, profile, s);
        if (capacity.allocation().isEmpty()) {
            CostBreakdown none = CostBreakdown.zero(model.currency());
            return new BudgetPlan(capacity, new PlanCost(List.of(), none, none), none, none);
        }
        int k = capacity.coachesNeeded().getAsInt();
        PlanCost cost = PlanCosting.of(problem(policy, s.practices, profile, k, s.travel), capacity.allocation().get(), model);
        CostBreakdown salaries = salaries(model, profile, k);
        return new BudgetPlan(capacity, cost, salaries.plus(withoutTime(cost.firstYear())),
                salaries.plus(withoutTime(cost.laterYear())));
    }

    /**
     * The practices a first-year budget serves, taken strictly by priority, and what stops it
     * serving more. Every number of coaches the budget can pay for is tried; with each, the
     * allocator serves what the coaches can, and the served practices are paid for in priority
     * order until the next one would pass the budget (a lower-priority practice is not taken in
     * its place because it is cheaper: a choice, so that money follows the program's priorities).
     * The answer serves the most practices, with the fewest coaches on a tie. A coach count runs
     * the allocator only if a bound (the smallest loads that fit its coaches, the cheapest practices
     * its money pays for) says it could beat the best so far: on 1,000 practices and a budget for 26
     * coaches this took 4 seconds instead of 131, with the same answer (BudgetProperties compares the
     * two on random programs).
     *
     * @param policy  the rules, not null
     * @param practices  the practices, ids unique
     * @param profile  the profile every coach copies, not null
     * @param travelTimes  travel times from the profile's coach, or empty
     * @param model  the cost model, not null
     * @param budget  the first-year budget, in the model's currency, 0 or more
     * @return the practices served and the binding constraint
     * @throws IllegalArgumentException if the budget is negative or in another currency
     */
    public static BudgetReach reach(AllocationPolicy policy, List<PracticeProfile> practices, CoachProfile profile,
                                    List<TravelTime> travelTimes, CostModel model, Money budget) {
        return reach(policy, practices, profile, travelTimes, model, budget, true);
    }

    /** {@link #reach}, with the bound that skips coach counts that cannot do better (tests compare it with none). */
    static BudgetReach reach(AllocationPolicy policy, List<PracticeProfile> practices, CoachProfile profile,
                             List<TravelTime> travelTimes, CostModel model, Money budget, boolean prune) {
        if (!budget.getCurrencyUnit().equals(model.currency())) {
            throw new IllegalArgumentException("CapacityPlanner.budget: must be in the model's currency " + model.currency()
                    + " (was " + budget + ")");
        }
        if (budget.isNegative()) {
            throw new IllegalArgumentException("CapacityPlanner.budget: must be at least 0 (was " + budget + ")");
        }
        Servable s = servable(policy, practices, profile, travelTimes);
        Money oneCoach = salaries(model, profile, 1).total();
        Reach best = new Reach(0, List.of(), CostBreakdown.zero(model.currency()), null);
        // Every coach copies the profile, so a practice's load and its costs besides coach hours are the
        // same whoever serves it. With k coaches no plan serves more than the practices whose smallest
        // loads fit k coaches' hours and caseloads (and at most j × k practices of more than 1/(j + 1) of a
        // coach's hours), nor more than the cheapest ones the money left after k salaries pays for: the allocator runs only where that bound could beat the best so far.
        int n = s.practices.size();
        double[] loads = new double[n];
        BigDecimal[] others = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            PracticeProfile p = s.practices.get(i);
            loads[i] = s.loads[i];
            double minutes = s.oneWay[i];
            others[i] = withoutTime(model.price(Workload.builder().from(PlanCosting.year(policy, p,
                    policy.coachingHours(p), policy.travelHours(p, minutes), minutes)).practiceStarts(1).build()))
                    .total().getAmount();
        }
        java.util.Arrays.sort(loads);
        java.util.Arrays.sort(others);
        int capacityPerCoach = profile.caseloadCap(policy);
        double hoursPerCoach = profile.capacityHours(policy);
        List<int[]> bounds = new ArrayList<>();   // {k, bound}
        // Sums of the smallest loads and costs, so that each count's bound is a few binary searches.
        double[] loadSums = new double[n + 1];
        BigDecimal[] costSums = new BigDecimal[n + 1];
        costSums[0] = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            loadSums[i + 1] = loadSums[i] + loads[i];
            costSums[i + 1] = costSums[i].add(others[i]);
        }
        // A coach holds at most j practices of loads over threshold(j): with k coaches, at most j × k of them.
        int sizeRules = Math.min(capacityPerCoach, n);
        int[] notOver = new int[sizeRules + 1];
        for (int j = 1; j <= sizeRules; j++) {
            notOver[j] = atMost(loads, threshold(hoursPerCoach, j));
        }
        for (int k = 1; k <= n && !salaries(model, profile, k).total().isGreaterThan(budget); k++) {
            int byCapacity = (int) Math.min(n, (long) k * capacityPerCoach);
            double hours = k * hoursPerCoach + Instance.EPS;
            byCapacity = Math.min(byCapacity, atMost(loadSums, hours) - 1);
            for (int j = 1; j <= sizeRules; j++) {
                byCapacity = (int) Math.min(byCapacity, notOver[j] + (long) j * k);
            }
            BigDecimal left = budget.getAmount().subtract(salaries(model, profile, k).total().getAmount());
            int byMoney = atMost(costSums, left) - 1;
            bounds.add(new int[] {k, Math.min(byCapacity, byMoney)});
        }
        bounds.sort(java.util.Comparator.<int[]>comparingInt(b -> -b[1]).thenComparingInt(b -> b[0]));
        for (int[] kb : bounds) {
            int k = kb[0];
            boolean couldBeat = !prune || kb[1] > best.served.size()
                    || kb[1] == best.served.size() && kb[1] > 0 && k < best.coaches;
            if (!couldBeat) {
                continue;
            }
            AllocationProblem problem = problem(policy, s.practices, profile, k, s.travel);
            Allocation allocation = Allocator.heuristic().allocate(problem);
            Map<PracticeId, PracticeCost> costs = new HashMap<>();
            PlanCosting.of(problem, allocation, model).practices().forEach(c -> costs.put(c.practice(), c));
            CostBreakdown spent = salaries(model, profile, k);
            List<PracticeId> served = new ArrayList<>();
            PracticeId cut = null;
            for (PracticeProfile p : s.practices) {
                PracticeCost c = costs.get(p.id());
                if (c == null) {
                    continue;
                }
                CostBreakdown next = spent.plus(withoutTime(c.firstYearCost()));
                if (next.total().isGreaterThan(budget)) {
                    cut = p.id();
                    break;
                }
                spent = next;
                served.add(p.id());
            }
            if (served.size() > best.served.size() || served.size() == best.served.size() && k < best.coaches) {
                best = new Reach(k, served, spent, cut);
            }
        }
        List<PracticeId> notServed = new ArrayList<>();
        java.util.Set<PracticeId> servedSet = new java.util.HashSet<>(best.served);
        for (PracticeProfile p : s.practices) {
            if (!servedSet.contains(p.id())) {
                notServed.add(p.id());
            }
        }
        notServed.addAll(s.unservable);
        BindingConstraint binding;
        String why;
        if (best.served.size() == s.practices.size()) {
            binding = s.unservable.isEmpty() ? BindingConstraint.NONE : BindingConstraint.TRAVEL_OR_EXPERTISE;
            why = s.unservable.isEmpty() ? "every practice that may be coached is served"
                    : s.unservable.size() + " practices are beyond this kind of coach (travel limit, expertise or a load"
                    + " above a whole coach) and need another";
        } else if (best.coaches == 0) {
            binding = BindingConstraint.BUDGET;
            why = "the budget " + budget + " does not pay for one coach (" + oneCoach + ")";
        } else if (best.cut != null) {
            binding = BindingConstraint.BUDGET;
            why = "the next practice by priority, " + best.cut + ", would take the costs past the budget "
                    + budget + " (" + best.spent.total() + " spent)";
        } else {
            binding = BindingConstraint.COACHES;
            why = (best.coaches == 1 ? "the 1 coach" : "the " + best.coaches + " coaches") + " the budget pays for "
                    + (best.coaches == 1 ? "is" : "are") + " full (" + best.spent.total() + " spent of " + budget
                    + "), and another coach (" + oneCoach + ") would not leave enough to serve more";
        }
        return new BudgetReach(budget, best.coaches, best.served, notServed, binding, best.spent, why);
    }

    /**
     * How the coaches and first-year budget of {@link #budget} move when travel or intensity change:
     * the base case; travel times 20 % shorter and 20 % longer (slower or faster roads over the same
     * miles); every practice one intensity lighter, and one heavier. The 20 % is ccm's choice, a
     * plausible error in travel estimates; the rows show how much the answer rests on it.
     *
     * @param policy  the rules, not null
     * @param practices  the practices, ids unique
     * @param profile  the profile every coach copies, not null
     * @param travelTimes  travel times from the profile's coach, or empty
     * @param model  the cost model, not null
     * @return five rows: base, travel −20 %, travel +20 %, lighter, heavier
     */
    public static List<BudgetScenario> sensitivity(AllocationPolicy policy, List<PracticeProfile> practices,
                                                   CoachProfile profile, List<TravelTime> travelTimes, CostModel model) {
        List<BudgetScenario> rows = new ArrayList<>();
        rows.add(row("base", budget(policy, practices, profile, travelTimes, model)));
        for (double f : new double[] {0.8, 1.2}) {
            AllocationPolicy slower = policy.withSpeedKmPerHour(policy.speedKmPerHour() / f);
            List<TravelTime> scaled = travelTimes.stream()
                    .map(t -> TravelTime.of(t.coach(), t.practice(), t.minutes() * f)).toList();
            rows.add(row(f < 1 ? "travel times −20 %" : "travel times +20 %",
                    budget(slower, practices, profile, scaled, model)));
        }
        for (int step : new int[] {-1, 1}) {
            List<PracticeProfile> shifted = practices.stream().map(p -> p.withIntensity(
                    shift(policy.intensityOf(p), step))).toList();
            rows.add(row(step < 0 ? "every practice one intensity lighter" : "every practice one intensity heavier",
                    budget(policy, shifted, profile, travelTimes, model)));
        }
        return List.copyOf(rows);
    }

    private static BudgetScenario row(String name, BudgetPlan plan) {
        return new BudgetScenario(name, plan.capacity().coachesNeeded(), plan.firstYear().total(),
                plan.planCost().practices().size());
    }

    private static Intensity shift(Intensity i, int step) {
        Intensity[] all = Intensity.values();
        return all[Math.max(0, Math.min(all.length - 1, i.ordinal() + step))];
    }

    /** Whole coaches for a year: k × FTE × cost of a full-time coach. */
    private static CostBreakdown salaries(CostModel model, CoachProfile profile, int k) {
        Money m = model.coachCostPerFteYear().multipliedBy(BigDecimal.valueOf(profile.coach().fte())
                .multiply(BigDecimal.valueOf(k)), java.math.RoundingMode.HALF_UP);
        return new CostBreakdown(model.currency(), m.isZero() ? Map.of() : Map.of(CostLine.COACH_SALARIES, m));
    }

    /** A practice's costs other than coach hours, which whole salaries pay for. */
    private static CostBreakdown withoutTime(CostBreakdown cost) {
        Map<CostLine, Money> rest = new EnumMap<>(CostLine.class);
        rest.putAll(cost.lines());
        rest.remove(CostLine.COACH_TIME);
        rest.remove(CostLine.TRAVEL_TIME);
        return new CostBreakdown(cost.currency(), rest);
    }

    /** The best answer so far; {@code cut} is the practice the money stopped at, or null. */
    private record Reach(int coaches, List<PracticeId> served, CostBreakdown spent, PracticeId cut) {
    }

    /** The practices one profile can serve, in priority order, and the bounds on the coaches they need. */
    private record Servable(List<PracticeProfile> practices, List<PracticeId> unservable, List<TravelTime> travel,
                            int hoursBound, int caseloadBound, double[] loads, double[] oneWay) {
    }

    private static Servable servable(AllocationPolicy policy, List<PracticeProfile> practices, CoachProfile profile,
                                     List<TravelTime> travelTimes) {
        List<PracticeProfile> open = practices.stream().map(p -> p.withPinnedCoach(java.util.Optional.empty())
                .withCurrentCoach(java.util.Optional.empty()).withForbiddenCoaches(List.of())).toList();
        List<TravelTime> fromProfile = travelTimes.stream().filter(t -> t.coach().equals(profile.id())).toList();
        AllocationProblem single = problem(policy, open, profile, 1, fromProfile);
        Instance in = new Instance(single);
        List<PracticeProfile> servable = new ArrayList<>();
        List<PracticeId> unservable = new ArrayList<>();
        List<Double> loads = new ArrayList<>();
        List<Double> oneWay = new ArrayList<>();
        double hours = 0;
        for (int p : in.order) {
            if (!in.coachable[p]) {
                continue;
            }
            if (in.eligible(0, p) && in.load(0, p) <= in.capacity[0] + Instance.EPS) {
                servable.add(in.practices.get(p));
                hours += in.load(0, p);
                loads.add(in.load(0, p));
                oneWay.add(in.oneWay(0, p));
            } else {
                unservable.add(in.practices.get(p).id());
            }
        }
        int hoursBound = (int) Math.ceil(hours / in.capacity[0] - 1e-9);
        int caseloadBound = (int) Math.ceil(servable.size() / (double) in.cap[0]);
        return new Servable(servable, unservable, fromProfile, hoursBound, caseloadBound,
                loads.stream().mapToDouble(Double::doubleValue).toArray(), oneWay.stream().mapToDouble(Double::doubleValue).toArray());
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
