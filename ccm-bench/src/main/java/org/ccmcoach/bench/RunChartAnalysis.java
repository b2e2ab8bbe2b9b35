package org.ccmcoach.bench;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ccmcoach.pdsa.chart.RunChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Run-chart analysis of a million points (median, runs, crossings, every IHI and Anhøj rule)
 * against sorting a copy of them, the least a median needs. Target: ≤ 1× the sort.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RunChartAnalysis {

    @Param("1000000")
    public int points;

    private double[] values;

    @Setup
    public void setUp() {
        Random random = new Random(3);
        values = new double[points];
        for (int i = 0; i < points; i++) {
            values[i] = 20 + random.nextGaussian() * 3 + (i > points / 2 ? -2 : 0);
        }
    }

    /** ccm: the whole analysis, signals listed. */
    @Benchmark
    public int analyse() {
        return RunChart.of(values).signals().size();
    }

    /** Baseline: a sorted copy. */
    @Benchmark
    public double[] sortCopy() {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
