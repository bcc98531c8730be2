package fr.ctgportal.model.doctrine;

/**
 * Qualification level of the person holding the post. The doctrine and the Cnaf job reference
 * (April 2024) require Bac+2 at least (EJE, animateur territorial, cadre territorial du social et
 * de la santé).
 */
public enum Qualification {
    BELOW_BAC2, BAC2, BAC3_OR_ABOVE;

    /** @return true when the level meets the Bac+2 minimum */
    public boolean meetsMinimum() {
        return this != BELOW_BAC2;
    }
}
