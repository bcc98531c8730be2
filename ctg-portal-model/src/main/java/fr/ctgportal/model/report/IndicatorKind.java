package fr.ctgportal.model.report;

/** The two columns of the Cnaf's table n° 2. */
public enum IndicatorKind {
    /** Indicateur de suivi: counted during the period. */
    FOLLOW_UP,
    /** Indicateur d'évaluation: judged at the end of the multi-year term, reported every year. */
    EVALUATION
}
