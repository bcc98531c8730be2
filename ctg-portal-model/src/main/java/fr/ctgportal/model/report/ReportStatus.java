package fr.ctgportal.model.report;

/** Where an annual report stands. */
public enum ReportStatus {
    /** The officer fills it and saves it as often as needed. */
    DRAFT,
    /** Submitted complete; the employer may add remarks; the Caf reviews it. */
    SUBMITTED,
    /** The Caf asked for additions; the officer completes it and submits it again. */
    TO_COMPLETE,
    /** Accepted by the Caf: locked. */
    ACCEPTED;

    /** @return whether the officer may change it */
    public boolean editable() {
        return this == DRAFT || this == TO_COMPLETE;
    }
}
