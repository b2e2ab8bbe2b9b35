/**
 * Charts of ccm's analyses as SVG and PNG: run and control charts with centre lines, limits,
 * parts, annotations and signals marked; instrument profiles (ACIC per element, baseline against
 * follow-up); coach utilization; key driver diagrams laid out by the Eclipse Layout Kernel. Drawn with JFreeChart; SVG through JFreeSVG, an optional
 * dependency (GPL-3.0-or-later) the application adds. A module of its
 * own, so applications that draw their own charts carry no chart library.
 */
module org.ccmcoach.charts {
    requires transitive org.ccmcoach.pdsa;
    requires transitive org.ccmcoach.assessment;
    requires transitive org.ccmcoach.allocation;
    requires transitive java.desktop;
    requires org.jfree.jfreechart;
    // Key driver diagrams: the Eclipse Layout Kernel places the boxes and routes the edges (automatic modules).
    requires org.eclipse.elk.core;
    requires org.eclipse.elk.graph;
    requires org.eclipse.elk.alg.layered;
    requires org.eclipse.emf.common;
    // Optional (GPL-3.0): present only when the application adds JFreeSVG for SVG output.
    requires static org.jfree.svg;
    // Compile time only: ccm-core's value style names Immutables' enums, which javadoc reads.
    requires static org.immutables.value;

    exports org.ccmcoach.charts;
}
