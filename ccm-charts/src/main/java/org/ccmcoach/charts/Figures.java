package org.ccmcoach.charts;

import java.util.List;
import org.ccmcoach.core.fidelity.EngagementFidelity;
import org.ccmcoach.core.value.Text;
import java.util.Objects;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.allocation.Allocation;
import org.ccmcoach.pdsa.chart.ControlChart;
import org.ccmcoach.pdsa.chart.RunChart;
import org.ccmcoach.pdsa.driver.KeyDriverDiagram;

/**
 * Draws ccm's analyses as {@link Figure}s, to write as SVG or PNG.
 *
 * <pre>{@code
 * Figures.runChart(RunChart.of(series)).writeSvg(dir.resolve("no-shows-run.svg"));
 * Figures.controlChart(ControlChart.of(ChartType.P, series)).writePng(dir.resolve("no-shows-p.png"));
 * Figures.profile(Instruments.acic35(), "Team Blue: ACIC", List.of(baseline), List.of(followUp))
 *        .writeSvg(dir.resolve("team-blue-acic.svg"));
 * Figures.utilization(allocation, "Coach utilization").writeSvg(dir.resolve("utilization.svg"));
 * Figures.fidelityParts(fidelities, "Fidelity by practice").forPrint(85, 60, 300).writePng(dir.resolve("fidelity.png"));
 * Figures.keyDriverDiagram(diagram).writeSvg(dir.resolve("key-driver-diagram.svg"));
 * }</pre>
 *
 * <p>Charts follow the conventions of the quality-improvement literature: time on the x axis (dated
 * months when the series has dates), the centre line per part, dashed limits, signal points marked
 * by a green ring for improvement, a red square for deterioration, an amber triangle when the
 * direction is unknown and a grey diamond for a signal from before the chart's first change, which
 * says where the baseline lay, not which way the measure went (shapes that a greyscale print keeps
 * apart; the legend says so: "signal from before the change: no direction"), and every signal written in the
 * figure's notes with the PDSA cycle it is tied to. Each figure lays itself out for its size, from a
 * journal column ({@code forPrint(85, 60, 300)}) to a page. Thread-safe.
 */
public final class Figures {

    private Figures() {
    }

    /**
     * A run chart: points, the median of each part, annotations, part changes and signals.
     *
     * @param chart  the analysed chart, not null
     * @return the figure, 1000 × 560 px
     */
    public static Figure runChart(RunChart chart) {
        return ProcessChartDrawing.run(Objects.requireNonNull(chart, "chart"));
    }

    /**
     * A control chart: points, centre line and limits of each part, annotations, part changes and
     * the signals of its rule set.
     *
     * @param chart  the analysed chart, not null
     * @return the figure, 1000 × 560 px
     */
    public static Figure controlChart(ControlChart chart) {
        return ProcessChartDrawing.control(Objects.requireNonNull(chart, "chart"));
    }

    /**
     * An instrument profile: each subscale's score at baseline and follow-up over the instrument's
     * level bands; for the ACIC, a score per CCM element. With several reports at a time (a
     * program's practices) each bar is their mean and is labelled with its n; each pair of bars
     * compares the same subjects, those scored on that subscale at both times, and the subjects
     * left out are named under the title ({@link ProfileSubjects#SAME_SUBJECTS}); a subject with
     * several reports at a time (a team's patients) counts once, as their mean.
     *
     * @param instrument  the instrument the reports score, not null
     * @param title  the chart's title, not null
     * @param baseline  the baseline reports, possibly empty
     * @param followUp  the follow-up reports, possibly empty
     * @return the figure, 1000 px wide
     * @throws IllegalArgumentException if both lists are empty, a report is of another instrument, or
     *     the title holds a control character or bidirectional override
     */
    public static Figure profile(Instrument instrument, String title, List<ScoreReport> baseline,
                                 List<ScoreReport> followUp) {
        return profile(instrument, title, baseline, followUp, ProfileSubjects.SAME_SUBJECTS);
    }

    /**
     * An instrument profile whose bars average the subjects the option names.
     *
     * @param instrument  the instrument the reports score, not null
     * @param title  the chart's title, not null
     * @param baseline  the baseline reports, possibly empty
     * @param followUp  the follow-up reports, possibly empty
     * @param subjects  the same subjects at both times, or every report available, not null
     * @return the figure, 1000 px wide
     * @throws IllegalArgumentException if both lists are empty, a report is of another instrument, or
     *     the title holds a control character or bidirectional override
     */
    public static Figure profile(Instrument instrument, String title, List<ScoreReport> baseline,
                                 List<ScoreReport> followUp, ProfileSubjects subjects) {
        return ProfileDrawing.draw(Objects.requireNonNull(instrument, "instrument"), Text.requirePlain(title, "title"),
                List.copyOf(baseline), List.copyOf(followUp), Objects.requireNonNull(subjects, "subjects"));
    }

    /**
     * Each coach's monthly hours as a share of capacity, coaching and travel stacked, with the caseload.
     *
     * @param allocation  the allocation, with at least one coach, not null
     * @param title  the chart's title, not null
     * @return the figure, 1000 px wide
     * @throws IllegalArgumentException if the allocation has no coach, or the title holds a control
     *     character or bidirectional override
     */
    public static Figure utilization(Allocation allocation, String title) {
        return UtilizationDrawing.draw(Objects.requireNonNull(allocation, "allocation"), Text.requirePlain(title, "title"));
    }

    /**
     * Draws each practice's dose planned against delivered, in practice hours (each encounter once, a
     * joint visit once; not coach hours), with its frequency (activities delivered of those due)
     * beside its name.
     *
     * @param engagements  the practices' fidelity, at least one, not null
     * @param title  the chart's title, not null
     * @return the figure, 1000 px wide
     * @throws IllegalArgumentException if there is no engagement, or the title holds a control
     *     character or bidirectional override
     */
    public static Figure dose(List<EngagementFidelity> engagements, String title) {
        return DoseDrawing.draw(List.copyOf(engagements), Text.requirePlain(title, "title"));
    }

    /**
     * Draws Carroll et al.'s four parts of fidelity for each practice: a dot each for frequency,
     * duration, content and coverage, delivered of planned on one 0–100 % scale (duration may pass
     * it). A part with nothing planned yet is a gap, not a dot at 0 % or 100 %, and the note names
     * those practices.
     *
     * @param engagements  the practices' fidelity, at least one, not null
     * @param title  the chart's title, not null
     * @return the figure, 1000 px wide
     * @throws IllegalArgumentException if there is no engagement, or the title holds a control
     *     character or bidirectional override
     */
    public static Figure fidelityParts(List<EngagementFidelity> engagements, String title) {
        return FidelityPartsDrawing.draw(List.copyOf(engagements), Text.requirePlain(title, "title"));
    }

    /**
     * A key driver diagram as a tree from the aim on the left to the change ideas on the right, in
     * columns headed aim, primary drivers, secondary drivers and change ideas, each change idea's
     * measures and ramps under its text. The boxes are placed and the edges routed by the Eclipse
     * Layout Kernel's layered algorithm. A diagram too tall for the figure is scaled down whole; give
     * it a taller canvas ({@link Figure#withSize}) to keep the type. What the diagram leaves open
     * ({@link KeyDriverDiagram#gaps()}) is in the notes.
     *
     * @param diagram  the diagram, not null
     * @return the figure, 1000 px wide and as tall as the diagram needs at that width, at least 420 px
     */
    public static Figure keyDriverDiagram(KeyDriverDiagram diagram) {
        return KeyDriverDrawing.draw(Objects.requireNonNull(diagram, "diagram"));
    }
}
