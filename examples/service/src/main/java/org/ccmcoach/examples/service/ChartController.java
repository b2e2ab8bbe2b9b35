package org.ccmcoach.examples.service;

import java.util.List;
import java.util.Locale;
import org.ccmcoach.pdsa.chart.ChartType;
import org.ccmcoach.pdsa.chart.ControlChart;
import org.ccmcoach.pdsa.chart.ProcessChart;
import org.ccmcoach.pdsa.chart.RunChart;
import org.ccmcoach.pdsa.chart.Series;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Analyses a measure's series, bound by Spring as {@link ScoreController} binds a response, on a run chart or on a control chart of a named type. */
@RestController
class ChartController {

    /** The chart names the path accepts: {@code run} and each control-chart type, lower case, {@code _} as {@code -}. */
    static final List<String> CHARTS = java.util.stream.Stream.concat(java.util.stream.Stream.of("run"),
            java.util.Arrays.stream(ChartType.values()).map(ChartController::pathName)).toList();

    @PostMapping(path = "/charts/{chart}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ChartAnalysis analyse(@PathVariable("chart") String chart, @RequestBody Series series) {
        if (!CHARTS.contains(chart)) {
            throw new UnknownChartException(chart);
        }
        ProcessChart analysed;
        try {
            analysed = chart.equals("run") ? RunChart.of(series)
                    : ControlChart.of(ChartType.valueOf(chart.toUpperCase(Locale.ROOT).replace('-', '_')), series);
        } catch (IllegalArgumentException e) {
            // A p chart of counts, say: the series is valid, the chart asked for does not fit it.
            throw new ChartDoesNotFitException(chart, e);
        }
        return ChartAnalysis.of(chart, analysed);
    }

    private static String pathName(ChartType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A valid series that the chart asked for cannot show. */
    static final class ChartDoesNotFitException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ChartDoesNotFitException(String chart, IllegalArgumentException cause) {
            super("a " + chart + " chart does not fit this series: " + cause.getMessage(), cause);
        }
    }

    /** A chart name the service does not offer. */
    static final class UnknownChartException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnknownChartException(String chart) {
            super("unknown chart \"" + chart + "\"; the service offers " + String.join(", ", CHARTS));
        }
    }
}
