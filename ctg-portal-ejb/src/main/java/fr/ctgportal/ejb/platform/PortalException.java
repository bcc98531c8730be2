package fr.ctgportal.ejb.platform;

import java.util.List;

/**
 * A refusal the user must understand: it carries a message key of the web bundle and its arguments,
 * never a stack trace. Application exceptions roll the transaction back, so nothing is half-saved.
 */
public abstract class PortalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    protected PortalException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.toArray();
    }
}
