package fr.ctgportal.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The session script's keep-alive: a request from an open page whose user is active, which keeps
 * the session alive, and tells the script whether the user is still signed in (an Ajax request
 * refused after the session ended cannot tell it). Open to all, so that it answers rather than
 * redirecting to the sign-in page; it never creates a session.
 */
@WebServlet("/session/ping")
public class SessionPingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        boolean active = session != null && request.getUserPrincipal() != null;
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(active
                ? "{\"active\":true,\"timeout\":" + session.getMaxInactiveInterval() + "}"
                : "{\"active\":false}");
    }
}
