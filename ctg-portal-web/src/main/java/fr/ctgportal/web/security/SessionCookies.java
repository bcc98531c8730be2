package fr.ctgportal.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.Cookie;

/**
 * The session cookie (JSESSIONID), like every cookie the portal sets: {@code HttpOnly} (web.xml),
 * {@code SameSite=Lax} (glassfish-web.xml for JSESSIONID: sent when the user follows a link to the
 * portal, e.g. from an e-mail or back from the identity provider's sign-in page, never with a
 * request another site makes; Strict would lose the session on those links), and
 * {@code Secure} when the portal is served over HTTPS ({@link PortalAddress#secureCookies()}: behind
 * a reverse proxy that ends TLS, the application itself only sees HTTP).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    static final String SAME_SITE = "SameSite";
    static final String LAX = "Lax";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(PortalAddress.configured().secureCookies());
    }

    /** @return the cookie, with the portal's attributes */
    static Cookie portalCookie(Cookie cookie) {
        cookie.setAttribute(SAME_SITE, LAX);
        cookie.setSecure(PortalAddress.configured().secureCookies());
        return cookie;
    }
}
