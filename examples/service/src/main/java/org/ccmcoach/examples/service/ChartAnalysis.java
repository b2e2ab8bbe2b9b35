package org.ccmcoach.examples.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.ccmcoach.pdsa.chart.PartVerdict;
import org.ccmcoach.pdsa.chart.ProcessChart;
import org.ccmcoach.pdsa.chart.Signal;
import org.ccmcoach.pdsa.chart.Verdict;

/**
 * What the service answers for a chart: the verdict and, per part, whether it had points enough to
 * judge; every signal with its rule, meaning, points and the PDSA cycle it follows.
 *
 * @param chart  the chart asked for, such as {@code "run"} or {@code "p"}
 * @param title  the chart's title
 * @param verdict  whether the chart shows a signal, none, or has too few points to say
 * @param parts  the verdict of each part
 * @param centreLines  the centre line at each point
 * @param signals  the signals, in the chart's order
 */
record ChartAnalysis(String chart, String title, Verdict verdict, List<PartVerdict> parts, List<Double> centreLines,
                     List<SignalReport> signals) {

    static ChartAnalysis of(String chart, ProcessChart analysed) {
        int points = analysed.series().map(s -> s.observations().size()).orElse(0);
        List<Double> centre = IntStream.range(0, points).mapToObj(analysed::centreLine).toList();
        List<SignalReport> signals = analysed.signals().stream().map(s -> SignalReport.of(analysed, s)).toList();
        return new ChartAnalysis(chart, analysed.title(), analysed.verdict(), analysed.verdicts(), centre, signals);
    }

    /**
     * One signal.
     *
     * @param rule  the rule that fired, such as {@code "SHIFT"}
     * @param meaning  {@code IMPROVEMENT}, {@code DETERIORATION}, {@code UNCLASSIFIED}, or {@code BEFORE_CHANGE} or
     *     {@code ACROSS_CHANGE} for a signal that begins before the chart's first change (no direction)
     * @param points  the points involved, counted from 0
     * @param dates  their dates
     * @param description  the sentence a person reads
     * @param cycle  the PDSA cycle whose part the signal is in, if any
     */
    record SignalReport(String rule, String meaning, List<Integer> points, List<LocalDate> dates, String description,
                        Optional<String> cycle) {

        static SignalReport of(ProcessChart chart, Signal signal) {
            return new SignalReport(signal.rule().name(), signal.meaning().name(), signal.points(),
                    signal.points().stream().map(chart::date).flatMap(Optional::stream).toList(),
                    chart.describe(signal), chart.cycle(signal).map(c -> c.value()));
        }
    }
}
