package fr.ctgportal.model.weighing;

/** Where a weighing version stands. */
public enum WeighingStatus {
    /** Proposals go back and forth; one side is awaited. */
    NEGOTIATING,
    /** Both sides signed the last proposal: it is locked and feeds the doctrine. */
    AGREED,
    /** A later version was agreed; this one stays readable. */
    SUPERSEDED
}
