package fr.ctgportal.ejb.security;

import jakarta.ejb.EJBContext;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is calling a use case: the login name and the portal roles the container granted. */
public record Caller(String username, Set<String> roles) {

    /** Reads the caller from the EJB container, the authority on identity inside the EJB layer. */
    public static Caller of(EJBContext context) {
        Set<String> roles = Arrays.stream(Roles.ALL).filter(context::isCallerInRole).collect(Collectors.toSet());
        return new Caller(context.getCallerPrincipal().getName(), roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
