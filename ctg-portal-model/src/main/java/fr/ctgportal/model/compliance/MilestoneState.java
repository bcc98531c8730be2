package fr.ctgportal.model.compliance;

/** Where a milestone stands on a day, computed from the data. */
public enum MilestoneState {
    /** The data show it is met. */
    DONE,
    /** Not met yet, its due date not passed (or not set yet). */
    DUE,
    /** Not met after its due date. */
    LATE
}
