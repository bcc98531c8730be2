package fr.ctgportal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that sets the headers every response carries (pages, files, error pages): a
 * Content-Security-Policy, no framing, no sniffing, no referrer outside the portal, and nothing kept
 * in a cache but the static resources, so that the Back button after signing out asks the server
 * again (which sends to the sign-in page) instead of showing a page of the session that ended.
 *
 * <p>The policy allows scripts from the portal and, on a page, only the inline scripts that carry
 * the page's nonce: PrimeFaces' CSP mode ({@code primefaces.CSP} in web.xml) draws a nonce for each
 * page, writes it on the page's scripts, moves every {@code on...} attribute (ours and PrimeFaces')
 * into such a script, and announces the nonce in a header of its own, which this filter merges into
 * the portal's single policy. Styles may be inline ({@code style} attributes of the pages and of
 * PrimeFaces' widgets): a style cannot run code. Forms and Ajax requests go to the portal only, or to
 * the identity provider (one sent after the session ended is redirected to its sign-in page).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/_=-]+)'");
    /** Where Faces serves the static resources (scripts, styles, images), which browsers may keep. */
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    private OidcConfig oidc;

    /** The portal and the identity provider. */
    private String portalAndProvider;

    @Override
    public void init() {
        String provider = PortalAddress.origin(oidc.getProviderUri());
        portalAndProvider = "'self'" + (provider == null ? "" : " " + provider);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, policy(null));
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!request.getServletPath().startsWith(RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
            response.setDateHeader("Expires", 0);
        }
        // An error page reads nothing of the request it answers; a form's parameters would make Faces
        // take it for that form's post, without the page's nonce (PrimeFaces' CSP mode then refuses it).
        HttpServletRequest answered = request.getDispatcherType() == DispatcherType.ERROR
                ? new WithoutParameters(request)
                : request;
        chain.doFilter(answered, new PolicyWithNonce(response));
    }

    /** @return the portal's policy; scripts inline only with that nonce, or none when null */
    String policy(String nonce) {
        return "default-src 'self'; script-src 'self'" + (nonce == null ? "" : " 'nonce-" + nonce + "'")
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src "
                + portalAndProvider + "; object-src 'none'; base-uri 'self'; form-action " + portalAndProvider
                + "; frame-ancestors 'none'";
    }

    /** The request an error page answers, without its parameters. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() { return Map.of(); }

        @Override
        public Enumeration<String> getParameterNames() { return Collections.emptyEnumeration(); }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }

    /** Replaces the policy PrimeFaces announces for a page by the portal's, with the page's nonce. */
    private final class PolicyWithNonce extends HttpServletResponseWrapper {

        PolicyWithNonce(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CSP.equalsIgnoreCase(name) ? merged(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, merged(value));
            } else {
                super.addHeader(name, value);
            }
        }

        private String merged(String announced) {
            Matcher nonce = NONCE.matcher(announced == null ? "" : announced);
            return policy(nonce.find() ? nonce.group(1) : null);
        }
    }
}
