package fr.ctgportal.ejb.platform;

import fr.ctgportal.model.shared.DomainRuleException;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Translates the rules the aggregates enforce ({@link DomainRuleException}, raised by the model) into
 * the portal's refusal ({@link InvalidInputException}), which rolls the transaction back and reaches
 * the user as the French message of its key. Every session bean declares it with
 * {@code @Interceptors(DomainRules.class)} (an architecture test checks it), so that no service
 * translates by hand. A {@link PortalException} (itself a {@code DomainRuleException}) passes unchanged.
 */
public class DomainRules {

    @AroundInvoke
    public Object translate(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (PortalException e) {
            throw e; // already the portal's refusal (a subclass of the model's)
        } catch (DomainRuleException e) {
            throw new InvalidInputException(e.getMessageKey(), e.getArguments());
        }
    }
}
