package fr.ctgportal.ejb.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ctgportal.model.shared.DomainRuleException;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** The interceptor turns the model's refusals into the portal's, and lets the portal's through. */
class DomainRulesTest {

    private final DomainRules rules = new DomainRules();

    @Test
    void aDomainRuleBecomesAnInvalidInputWithItsKeyAndArguments() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> rules.translate(throwing(new DomainRuleException("some.key", 1, "a"))));
        assertEquals("some.key", e.getMessageKey());
        assertArrayEquals(new Object[]{1, "a"}, e.getArguments());
    }

    @Test
    void aPortalExceptionPassesUnchanged() {
        NotFoundException notFound = new NotFoundException();
        assertSame(notFound, assertThrows(NotFoundException.class, () -> rules.translate(throwing(notFound))));
        ConcurrentEditException edit = new ConcurrentEditException();
        assertSame(edit, assertThrows(ConcurrentEditException.class, () -> rules.translate(throwing(edit))));
    }

    @Test
    void aResultPassesUnchanged() throws Exception {
        assertEquals("done", rules.translate(invocation(() -> "done")));
    }

    private static InvocationContext throwing(RuntimeException e) {
        return invocation(() -> {
            throw e;
        });
    }

    private static InvocationContext invocation(java.util.concurrent.Callable<Object> proceed) {
        return (InvocationContext) Proxy.newProxyInstance(DomainRulesTest.class.getClassLoader(),
                new Class<?>[]{InvocationContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("proceed")) {
                        return proceed.call();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
