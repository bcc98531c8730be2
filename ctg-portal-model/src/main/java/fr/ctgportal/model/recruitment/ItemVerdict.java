package fr.ctgportal.model.recruitment;

/** The Caf's verdict on one item of a job description. */
public enum ItemVerdict {
    CONFORM, TO_CHANGE
}
