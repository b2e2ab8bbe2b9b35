package org.ccmcoach.pdsa;

/**
 * The three kinds of measure of the Model for Improvement; a balanced set has all three.
 *
 * <pre>{@code
 * MeasureType.OUTCOME;   // did patients benefit: tied to the aim's target
 * }</pre>
 */
public enum MeasureType {
    /** The impact on patients, tied to the aim's target. */
    OUTCOME,
    /** Whether the steps of the process perform as planned. */
    PROCESS,
    /** Whether the change causes problems elsewhere. */
    BALANCING
}
