package fr.ctgportal.model.recruitment;

/** The employment frameworks ("cadres d'emploi") the job reference names for the post. */
public enum EmploymentFramework {
    /** Éducateur territorial de jeunes enfants, catégorie B, filière sociale. */
    EARLY_CHILDHOOD_EDUCATOR_B,
    /** Animateur territorial, catégorie B, filière animation. */
    TERRITORIAL_ANIMATOR_B,
    /** Cadre territorial du social et de la santé, catégorie A. */
    SOCIAL_HEALTH_EXECUTIVE_A,
    /** Another framework: the Caf looks at it case by case. */
    OTHER
}
