package fr.ctgportal.model.report;

/** How an indicator is answered, after its wording in the Cnaf's table. */
public enum AnswerType {
    /** "Nombre de ...": a count. */
    COUNT,
    /** "Nombre et nature de ..." or "Nombre et type de ...": a count and a text saying what. */
    COUNT_AND_TEXT,
    /** A judgement ("Meilleure visibilité exprimée ..."): a text. */
    TEXT
}
