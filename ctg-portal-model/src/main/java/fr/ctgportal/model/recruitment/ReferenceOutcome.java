package fr.ctgportal.model.recruitment;

/**
 * The expected outcomes ("Attendus") of the national job reference for the chargé(e) de
 * coopération Ctg (table 1 of the Cnaf sheet, April 2024). A job description maps its missions to
 * them; their French wording is in the bundle.
 */
public enum ReferenceOutcome {
    /** Conduite des diagnostics territoriaux ou thématiques. */
    DIAGNOSTICS,
    /** Assistance et conseil auprès des élus et des comités de pilotage. */
    ADVICE_TO_ELECTED,
    /** Accompagnement de la réalisation des objectifs prioritaires du projet de territoire (Ctg). */
    PRIORITY_OBJECTIVES,
    /** Développement et animation de la contractualisation, des partenariats et des réseaux. */
    PARTNERSHIPS,
    /** Organisation et animation de la relation avec la population. */
    POPULATION,
    /** Contribution à l'évaluation des politiques et des actions mises en œuvre. */
    EVALUATION
}
