package fr.ctgportal.model.funding;

/** Where a funding decision stands: prepared by an advisor, then approved or sent back by a manager. */
public enum DecisionStatus {
    PREPARED, APPROVED, RETURNED
}
