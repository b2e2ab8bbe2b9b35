package org.ccmcoach.fuzz.hostile;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A hostile-input probe: a static method, no arguments, returning a few words on what it got, run
 * by {@link HostileProbesTest} in a JVM of its own with {@link #heapMb()} of heap. It passes when it
 * returns, or throws ccm's {@code CcmInputException}, within {@link #seconds()} of wall clock (the
 * JVM's start not counted); anything else, an {@code OutOfMemoryError} included, fails it. A probe
 * that checks a result throws {@code AssertionError} when the result is wrong.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Probe {

    /** {@return the heap the probe's JVM gets, in MB} The reproductions use 256. */
    int heapMb() default 256;

    /** {@return the probe's time, in seconds of wall clock} A target where the issue sets one. */
    int seconds() default 20;

    /**
     * {@return whether every {@code verify} runs it} False for the probes of many seconds whose
     * reproduction a test of the module's own also runs (in a 256 MB heap where memory was the
     * finding); they run with
     * {@code -Dccm.probes.all=true} (docs/benchmarks.md), so a verify stays within ten minutes.
     */
    boolean everyVerify() default true;
}
