/**
 * Coach-to-practice allocation: the rules as data, the problem, the {@code Allocator}s (a heuristic
 * for any size and an exact integer program for small programs), explanations and a checker for
 * any plan ({@code org.ccmcoach.allocation}); capacity planning, plan costs and
 * budgets ({@code org.ccmcoach.allocation.capacity}). The allocators' parts are in
 * {@code org.ccmcoach.allocation.internal} and its subpackages, which are not exported. JTS indexes
 * coaches' homes; ojAlgo, needed only by {@code ExactAllocator}, is optional. Jackson is needed only
 * at compile time (annotations): ccm-json reads and writes these types as JSON, and as CSV in
 * {@code org.ccmcoach.json.csv.AllocationCsv}.
 */
module org.ccmcoach.allocation {
    requires transitive org.ccmcoach.core;
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
