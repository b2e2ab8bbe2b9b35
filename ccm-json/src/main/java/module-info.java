/**
 * Strict JSON and CSV for ccm values: a Jackson 3 module, found by {@link java.util.ServiceLoader},
 * the {@link org.ccmcoach.json.CcmJson} facade with its strict mapper and precise errors, and every
 * CSV table, reader and writer in {@code org.ccmcoach.json.csv}. It knows no domain type beyond
 * {@code org.ccmcoach.core} but ccm-allocation's, whose plans {@code AllocationCsv} writes: that
 * module is optional, so an application that allocates without CSV receives no Jackson.
 */
module org.ccmcoach.json {
    requires transitive org.ccmcoach.core;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires org.joda.money;
    requires com.fasterxml.jackson.annotation;
    // Only AllocationCsv needs it, and only an application that allocates calls it.
    requires static org.ccmcoach.allocation;
    // Compile time only: ccm-core's value style names Immutables' enums, which javadoc reads.
    requires static org.immutables.value;

    exports org.ccmcoach.json;
    exports org.ccmcoach.json.csv;

    provides tools.jackson.databind.JacksonModule with org.ccmcoach.json.CcmJacksonModule;
}
