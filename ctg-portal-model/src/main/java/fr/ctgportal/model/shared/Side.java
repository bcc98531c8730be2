package fr.ctgportal.model.shared;

/** The two parties of the portal's workflows: the authority and the Caf. */
public enum Side {
    AUTHORITY, CAF
}
