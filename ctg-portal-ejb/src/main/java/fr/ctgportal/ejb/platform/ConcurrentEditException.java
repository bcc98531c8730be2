package fr.ctgportal.ejb.platform;

import jakarta.ejb.ApplicationException;

/** Someone else saved the record since the caller read it (optimistic locking). */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends PortalException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException() {
        super("error.concurrentEdit");
    }
}
