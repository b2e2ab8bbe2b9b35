package org.ccmcoach.pdsa;

/**
 * The stages of a PDSA cycle, in the order they happen; a cycle's stage is the last one recorded.
 *
 * <pre>{@code
 * cycle.stage();   // PLAN until the test is done, then DO, STUDY, ACT
 * }</pre>
 */
public enum PdsaStage {
    /** Planned: objective, predictions, tasks, data collection. */
    PLAN,
    /** Carried out and observed. */
    DO,
    /** Results compared with the predictions. */
    STUDY,
    /** Decided: adopt, adapt or abandon. */
    ACT
}
