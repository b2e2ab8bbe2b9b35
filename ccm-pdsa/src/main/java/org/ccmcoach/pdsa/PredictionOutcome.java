package org.ccmcoach.pdsa;

/**
 * How a result compared with a prediction.
 *
 * <pre>{@code
 * PredictionOutcome.PARTLY;
 * }</pre>
 */
public enum PredictionOutcome {
    /** The result matched the prediction. */
    CONFIRMED,
    /** The result contradicted it. */
    REFUTED,
    /** The result matched in part. */
    PARTLY
}
