/**
 * Assessment instruments as data (the ACIC 3.5, the PACIC-20 and the readiness checklist built in,
 * any other from JSON), responses checked against them, scoring under explicit missing-data
 * policies, team aggregation, change over time and group comparison.
 */
module org.ccmcoach.assessment {
    requires transitive org.ccmcoach.core;
    requires transitive org.ccmcoach.json;
    requires org.apache.commons.statistics.descriptive;
    requires org.apache.commons.statistics.inference;
    requires org.apache.commons.statistics.distribution;
    requires org.apache.commons.text;
    requires static org.immutables.value;
    requires static com.fasterxml.jackson.annotation;

    exports org.ccmcoach.assessment;
    exports org.ccmcoach.assessment.change;
    exports org.ccmcoach.assessment.comparison;
    exports org.ccmcoach.assessment.csv;
    exports org.ccmcoach.assessment.dose;
    exports org.ccmcoach.assessment.team;

    opens org.ccmcoach.assessment to org.hibernate.validator, tools.jackson.databind;
}
