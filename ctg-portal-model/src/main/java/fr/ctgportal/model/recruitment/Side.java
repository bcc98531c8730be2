package fr.ctgportal.model.recruitment;

/** The two parties of a recruitment file. */
public enum Side {
    AUTHORITY,
    CAF
}
