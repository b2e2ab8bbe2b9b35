/**
 * The Model for Improvement (aims, measures, change ideas), key driver diagrams, PDSA cycles and ramps, and run-chart
 * and control-chart analysis with named rule sets. Jackson is needed only at compile time
 * (annotations); read and write these types with {@code org.ccmcoach.json.CcmJson}.
 */
module org.ccmcoach.pdsa {
    requires transitive org.ccmcoach.core;
    requires org.apache.commons.statistics.distribution;
    requires org.apache.commons.numbers.combinatorics;
    requires org.apache.commons.statistics.descriptive;
    requires static org.immutables.value;
    requires static com.fasterxml.jackson.annotation;
    requires static tools.jackson.databind;

    exports org.ccmcoach.pdsa;
    exports org.ccmcoach.pdsa.chart;
    exports org.ccmcoach.pdsa.businesscase;
    exports org.ccmcoach.pdsa.driver;

    opens org.ccmcoach.pdsa to org.hibernate.validator, tools.jackson.databind;
    opens org.ccmcoach.pdsa.chart to org.hibernate.validator, tools.jackson.databind;
    opens org.ccmcoach.pdsa.businesscase to org.hibernate.validator, tools.jackson.databind;
    opens org.ccmcoach.pdsa.driver to org.hibernate.validator, tools.jackson.databind;
}
