package fr.ctgportal.model.compliance;

/** Where a compliance procedure stands. */
public enum ProcedureStatus {
    /** Opened by the Caf; the authority is awaited until the deadline. */
    OPEN,
    /** The authority showed its commitment; the Caf is to conclude. */
    ANSWERED,
    /** Closed: the post is compliant, its funding goes on. */
    CLOSED_COMPLIANT,
    /** Closed: the Caf ends its funding of the post. */
    CLOSED_FUNDING_ENDED;

    public boolean closed() {
        return this == CLOSED_COMPLIANT || this == CLOSED_FUNDING_ENDED;
    }
}
