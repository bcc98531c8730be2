package fr.ctgportal.model.weighing;

/**
 * What the holder of a post spends time on, in a weighing ("pesée"). Only {@link #COOPERATION}
 * counts for the Caf's funding; management never does.
 */
public enum TimeUse {
    COOPERATION, MANAGEMENT, EAJE_DIRECTION, ALSH_MANAGEMENT, RPE_ANIMATION, ADMINISTRATIVE,
    /** Another function, named by its label. */
    OTHER;

    /** @return true for the functions already funded by a prestation de service (Eaje, Alsh, RPE) */
    public boolean serviceFunded() {
        return this == EAJE_DIRECTION || this == ALSH_MANAGEMENT || this == RPE_ANIMATION;
    }
}
