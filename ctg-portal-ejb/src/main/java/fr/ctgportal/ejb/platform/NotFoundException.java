package fr.ctgportal.ejb.platform;

import jakarta.ejb.ApplicationException;

/**
 * The record does not exist or is outside the caller's scope: both give the same answer, so that a
 * user cannot learn that another authority's record exists.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends PortalException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
