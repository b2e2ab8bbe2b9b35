/**
 * Figures on JFreeChart, as PNG or, with the optional JFreeSVG, SVG: run and control charts with
 * their signals and PDSA annotations, instrument profiles, coach utilization, at print sizes and a
 * chosen dpi; and the HTML report of a program evaluation.
 */
package org.ccmcoach.charts;
