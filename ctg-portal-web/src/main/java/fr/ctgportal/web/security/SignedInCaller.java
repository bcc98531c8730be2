package fr.ctgportal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who signed in on this session, kept as a plain, serializable session attribute: the caller's name and
 * the groups (realm roles) the identity provider gave at sign-in. On several nodes the session is
 * replicated but Payara's OpenID Connect context is not (it is not serializable); the node that takes a
 * session over re-establishes the caller from this copy ({@link SignInCallbackGuard}). It is never read
 * while that context holds the tokens, so on one node nothing changes.
 *
 * @param name   the caller's login ({@code preferred_username})
 * @param groups the caller's portal roles at sign-in
 */
public record SignedInCaller(String name, Set<String> groups) implements Serializable {

    private static final String ATTRIBUTE = SignedInCaller.class.getName();

    /** Keeps the request's signed-in caller in its session, once. */
    static void keep(HttpServletRequest request, String[] roles) {
        HttpSession session = request.getSession();
        if (session.getAttribute(ATTRIBUTE) == null) {
            Set<String> groups = Arrays.stream(roles).filter(request::isUserInRole).collect(Collectors.toSet());
            session.setAttribute(ATTRIBUTE,
                    new SignedInCaller(request.getUserPrincipal().getName(), Set.copyOf(groups)));
        }
    }

    /** @return the caller kept in the request's session, or null (no session, or not signed in there) */
    static SignedInCaller keptIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SignedInCaller) session.getAttribute(ATTRIBUTE);
    }
}
