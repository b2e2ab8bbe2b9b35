/**
 * Run and control charts of a measure over time: a {@link org.ccmcoach.pdsa.chart.Series} of
 * {@link org.ccmcoach.pdsa.chart.SeriesPoint}s analysed as a {@link org.ccmcoach.pdsa.chart.RunChart}
 * (IHI and Anhøj rules) or a {@link org.ccmcoach.pdsa.chart.ControlChart} (I, MR, p, u, c, p′, u′;
 * Healthcare, Western Electric, Nelson and qicharts2 rule sets), with what both share in
 * {@link org.ccmcoach.pdsa.chart.ProcessChart}.
 *
 * <p>Each {@link org.ccmcoach.pdsa.chart.Signal} names its rule set, version and rule, cites its
 * points, is classed improvement or deterioration from the measure's direction when it lies at or
 * after the chart's first change (before it, by its side alone: {@link org.ccmcoach.pdsa.chart.Meaning}),
 * and is tied to the PDSA cycle behind it; each part of a chart has a {@link org.ccmcoach.pdsa.chart.PartVerdict}, and
 * the chart a {@link org.ccmcoach.pdsa.chart.Verdict}: a signal, none, or too few points to tell.
 */
package org.ccmcoach.pdsa.chart;
