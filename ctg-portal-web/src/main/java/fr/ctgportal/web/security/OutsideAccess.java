package fr.ctgportal.web.security;

import fr.ctgportal.ejb.security.Roles;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a request from outside may reach besides the pages, before anything else answers it:
 * <ul>
 * <li>{@code /resources/...}: the composite components and scripts that pages include (Faces serves
 * them under {@code /jakarta.faces.resource/}); requested as pages they are not found (404).</li>
 * <li>{@code /metrics} (Payara's MicroProfile Metrics, served inside the application deployed at the
 * root): JVM, pool and CPU figures for the operators only, that is a signed-in {@code admin}, or a
 * request with {@code Authorization: Bearer <token>} where the token is {@code CTG_METRICS_TOKEN}
 * (for a scraper such as Prometheus). Anyone else gets 401 (not signed in) or 403. {@code /health}
 * stays public.</li>
 * </ul>
 */
@WebFilter(urlPatterns = {"/resources/*", "/metrics", "/metrics/*"})
public class OutsideAccess extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "ctg.metrics.token")
    Optional<String> metricsToken;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getServletPath().startsWith("/resources/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (request.isUserInRole(Roles.ADMIN) || hasMetricsToken(request)) {
            chain.doFilter(request, response);
        } else if (request.getUserPrincipal() != null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }

    private boolean hasMetricsToken(HttpServletRequest request) {
        String expected = metricsToken.map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
        String header = request.getHeader("Authorization");
        if (expected == null || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        // compared in constant time: the time taken tells nothing of the token
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }
}
