/**
 * Strict JSON and CSV for ccm values: a Jackson 3 module, found by {@link java.util.ServiceLoader},
 * the {@link org.ccmcoach.json.CcmJson} facade with its strict mapper and precise errors, and
 * {@link org.ccmcoach.json.CsvTable} for wide CSV files. It knows no domain type beyond
 * {@code org.ccmcoach.core}: the domain modules bind their own types through it.
 */
module org.ccmcoach.json {
    requires transitive org.ccmcoach.core;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires org.joda.money;
    requires com.fasterxml.jackson.annotation;
    // Compile time only: ccm-core's value style names Immutables' enums, which javadoc reads.
    requires static org.immutables.value;

    exports org.ccmcoach.json;
    exports org.ccmcoach.json.coaching;

    provides tools.jackson.databind.JacksonModule with org.ccmcoach.json.CcmJacksonModule;
}
