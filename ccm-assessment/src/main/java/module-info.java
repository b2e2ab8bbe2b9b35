/**
 * Assessment instruments, responses, scoring, team aggregation, change over time and group
 * comparison. The module's packages arrive with the assessment work; today it fixes the module's
 * name and its dependency on {@code org.ccmcoach.core}.
 */
module org.ccmcoach.assessment {
    requires transitive org.ccmcoach.core;
}
