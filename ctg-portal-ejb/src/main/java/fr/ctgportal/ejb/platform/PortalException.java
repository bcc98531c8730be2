package fr.ctgportal.ejb.platform;

import fr.ctgportal.model.shared.DomainRuleException;

/**
 * A refusal the user must understand: it carries a message key of the web bundle and its arguments
 * (held by {@link DomainRuleException}, the model's refusal it refines), never a stack trace. Its
 * subclasses are application exceptions that roll the transaction back, so nothing is half-saved;
 * {@link DomainRules} lets them through unchanged.
 */
public abstract class PortalException extends DomainRuleException {

    private static final long serialVersionUID = 1L;

    /**
     * @param messageKey key of the web bundle's message
     * @param arguments  the message's arguments, in order
     */
    protected PortalException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
