/**
 * Coach-to-practice allocation: the rules as data ({@link org.ccmcoach.allocation.AllocationPolicy}),
 * the problem ({@link org.ccmcoach.allocation.AllocationProblem} of
 * {@link org.ccmcoach.allocation.CoachProfile}s and {@link org.ccmcoach.allocation.PracticeProfile}s),
 * the {@link org.ccmcoach.allocation.Allocator}s with their explanations
 * ({@link org.ccmcoach.allocation.Allocation}), and a checker for any plan
 * ({@link org.ccmcoach.allocation.AllocationChecker}). Capacity planning, plan costs and budgets are
 * in {@code org.ccmcoach.allocation.capacity}; the allocators' parts are internal (not exported).
 *
 * <p>Sources: the AF4Q/IPIP guidance on deploying coaches with limited resources (the factors, no
 * figures), the AHRQ Practice Facilitation Handbook's triage levels (Module 12), and figures each
 * credited where used: the SEC trial's visit times (Sutton et al. 2023), EvidenceNOW's mean caseload
 * (Sweeney et al. 2022), Culler et al. 2013's visit counts and the AHRQ coaching manual's pilot. Each
 * default of the policy says whether it is such a figure or ccm's own choice, with its reasoning.
 *
 * <pre>{@code
 * AllocationProblem problem = AllocationProblem.builder()
 *         .addCoaches(CoachProfile.of(ana), CoachProfile.of(ben))
 *         .addPractices(profiles)
 *         .build();
 * Allocation plan = Allocator.heuristic().allocate(problem);
 * System.out.println(plan.report());
 * }</pre>
 */
package org.ccmcoach.allocation;
