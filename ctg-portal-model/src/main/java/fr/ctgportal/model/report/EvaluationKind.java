package fr.ctgportal.model.report;

/** The evaluations of a post on the indicators, as the doctrine's phase 1 requires them. */
public enum EvaluationKind {
    /** During the year, from the territory's meetings. */
    INTERMEDIATE,
    /** When the year's report is accepted. */
    ANNUAL,
    /** Before a renewal of the funding: every indicator year by year, and the Caf's conclusion. */
    END_OF_TERM
}
