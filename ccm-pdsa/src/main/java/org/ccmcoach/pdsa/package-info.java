/**
 * The Model for Improvement and its tests of change: an {@link org.ccmcoach.pdsa.ImprovementProject}
 * with its {@link org.ccmcoach.pdsa.Aim}, {@link org.ccmcoach.pdsa.Measure}s and
 * {@link org.ccmcoach.pdsa.ChangeIdea}s, each change tested in {@link org.ccmcoach.pdsa.PdsaCycle}s
 * (Plan → Do → Study → Act, each stage recorded in order) linked into a
 * {@link org.ccmcoach.pdsa.PdsaRamp}.
 *
 * <p>Every type reads and writes as JSON with {@code org.ccmcoach.json.CcmJson}. Run and control
 * charts of a measure are in {@link org.ccmcoach.pdsa.chart}; a change's costs beside its measured
 * change in {@link org.ccmcoach.pdsa.businesscase}.
 */
package org.ccmcoach.pdsa;
