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
    OTHER;

    /**
     * @return true for the frameworks the doctrine expects of a cooperation officer (doctrine of
     *         15/11/2024: "Educateurs territoriaux de jeunes enfants - catégorie B, filière Sociale -,
     *         animateurs territoriaux - catégorie B, filière Animation - cadres territoriaux du social et
     *         de la santé - catégorie A")
     */
    public boolean expectedByDoctrine() {
        return this != OTHER;
    }
}
