package fr.ctgportal.ejb.platform;

import jakarta.ejb.ApplicationException;

/** Input refused by a business rule; the key names the French message to show. */
@ApplicationException(rollback = true)
public class InvalidInputException extends PortalException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
