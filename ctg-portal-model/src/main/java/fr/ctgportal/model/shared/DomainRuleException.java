package fr.ctgportal.model.shared;

import java.util.List;

/**
 * A rule of an aggregate refused a change: raised by the entity that owns the rule, carrying the key
 * of the French message to show and its arguments. The EJB layer translates it in one place
 * ({@code DomainRules}) into the portal's refusal, which rolls the transaction back.
 */
public class DomainRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    /**
     * @param messageKey key of the web bundle's message (e.g. {@code recruitment.error.wrongStage})
     * @param arguments  the message's arguments, in order
     */
    public DomainRuleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() { return messageKey; }

    public Object[] getArguments() { return arguments.toArray(); }
}
