package fr.ctgportal.model.compliance;

import java.util.Set;

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

    /** The statuses of a procedure not closed yet. */
    public static final Set<ProcedureStatus> UNDER_WAY = Set.of(OPEN, ANSWERED);

    public boolean closed() {
        return this == CLOSED_COMPLIANT || this == CLOSED_FUNDING_ENDED;
    }
}
