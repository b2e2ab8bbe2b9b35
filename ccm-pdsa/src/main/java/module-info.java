/**
 * Model for Improvement aims and measures, PDSA cycles and ramps, run-chart and control-chart
 * analysis. The module's packages arrive with the PDSA work; today it fixes the module's name and
 * its dependency on {@code org.ccmcoach.core}.
 */
module org.ccmcoach.pdsa {
    requires transitive org.ccmcoach.core;
}
