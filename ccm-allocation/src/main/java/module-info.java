/**
 * Coach-to-practice allocation: the rules as data, the problem, the {@code Allocator}s (a heuristic
 * for any size and an exact integer program for small programs), explanations, a checker for any
 * plan and the plan as CSV ({@code org.ccmcoach.allocation}); capacity planning, plan costs and
 * budgets ({@code org.ccmcoach.allocation.capacity}). The allocators' parts are in
 * {@code org.ccmcoach.allocation.internal} and its subpackages, which are not exported. JTS indexes
 * coaches' homes; ojAlgo, needed only by {@code ExactAllocator}, is optional.
 */
module org.ccmcoach.allocation {
    requires transitive org.ccmcoach.core;
    requires transitive org.ccmcoach.json;
    requires org.locationtech.jts;
    requires static ojalgo;
    requires static org.immutables.value;
    requires static com.fasterxml.jackson.annotation;
    requires static tools.jackson.databind;

    exports org.ccmcoach.allocation;
    exports org.ccmcoach.allocation.capacity;

    opens org.ccmcoach.allocation to org.hibernate.validator, tools.jackson.databind;
    opens org.ccmcoach.allocation.capacity to org.hibernate.validator, tools.jackson.databind;
}
