package fr.ctgportal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Test-only: shortens the caller's OWN session timeout ({@code ?timeout=seconds}), so that a
 * browser test sees the expiry warning and the expiry in a minute without changing anyone else's
 * session. Answers 404 unless {@code ctg.test-hooks} (environment {@code CTG_TEST_HOOKS}) is true,
 * which only the integration tests set; production keeps 30 minutes.
 */
@WebServlet("/test/session")
public class SessionTestHook extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "ctg.test-hooks", defaultValue = "false")
    boolean enabled;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (!enabled || session == null || request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int seconds;
        try {
            seconds = Integer.parseInt(request.getParameter("timeout"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        session.setMaxInactiveInterval(Math.max(20, Math.min(seconds, 1800)));
        response.setContentType("text/plain");
        response.getWriter().write(Integer.toString(session.getMaxInactiveInterval()));
    }
}
