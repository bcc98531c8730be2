package fr.ctgportal.it.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * Test-only login, packaged instead of the OpenID Connect one: the Arquillian servlet protocol names
 * the test class and method in each request, and the method's {@link AsUser} says who calls (the
 * service table's requests name a {@link Caller} constant the same way). The
 * container then enforces {@code @RolesAllowed} for that caller exactly as it does after a real
 * Keycloak login (which the browser tests exercise).
 */
@ApplicationScoped
public class TestUserMechanism implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        AsUser user = declaredUser(request.getParameter("className"), request.getParameter("methodName"));
        if (user == null) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(user.name(), Set.of(user.roles()));
    }

    private static AsUser declaredUser(String className, String methodName) {
        if (className == null || methodName == null) {
            return null;
        }
        try {
            Class<?> testClass = Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            for (Method method : testClass.getDeclaredMethods()) {
                if (method.getName().equals(methodName)) {
                    return method.getAnnotation(AsUser.class);
                }
            }
            return testClass.getDeclaredField(methodName).getAnnotation(AsUser.class);
        } catch (ClassNotFoundException | NoSuchFieldException e) {
            return null;
        }
    }
}
