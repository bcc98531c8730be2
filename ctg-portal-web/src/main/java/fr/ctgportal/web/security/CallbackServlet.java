package fr.ctgportal.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Where the identity provider sends the browser back after sign-in (the OpenID Connect mechanism
 * has already validated the code and signed the user in): on to the home page, which routes each
 * user to their area, or back to the page whose session had expired.
 *
 * <p>The mechanism cannot replay the original request (see {@link OidcLogin}), and after an
 * expired session that request is a form post whose URL lacks the page's query string. So the
 * session script (resources/js/session.js) names the page in the {@value #RETURN} cookie when a
 * form is sent; only a page of this portal is accepted, so it can never redirect elsewhere.
 */
@WebServlet("/Callback")
public class CallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Cookie set by the session script: the page (path and query) the user was on. */
    static final String RETURN = "ctg_retour";

    private static final Pattern PAGE = Pattern.compile("/[A-Za-z0-9/_-]+\\.xhtml(\\?[A-Za-z0-9=&_.%-]*)?");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null && isCallback(request)) {
            // The identity provider's answer signed no one in (forged, replayed, too old, or the provider's
            // keys out of reach): the French "sign-in interrupted" page, which leads to a new sign-in.
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String page = returnPage(request);
        forgetReturnPage(request, response);
        if (page == null) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        request.getSession().setAttribute(SessionKeeper.RESUME, Boolean.TRUE);
        response.sendRedirect(request.getContextPath() + page);
    }

    /** @return whether the request is the identity provider's answer to a sign-in (code or error, and state) */
    static boolean isCallback(HttpServletRequest request) {
        return "/Callback".equals(request.getServletPath()) && request.getParameter("state") != null;
    }

    /** The page to come back to, without the context path, or null when none or not one of ours. */
    static String returnPage(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (RETURN.equals(cookie.getName())) {
                String value = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
                String context = request.getContextPath();
                if (!value.startsWith(context + "/")) {
                    return null;
                }
                String page = value.substring(context.length());
                return PAGE.matcher(page).matches() && !page.contains("//") && !page.contains("..") ? page : null;
            }
        }
        return null;
    }

    static void forgetReturnPage(HttpServletRequest request, HttpServletResponse response) {
        Cookie gone = new Cookie(RETURN, "");
        gone.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        gone.setMaxAge(0);
        response.addCookie(SessionCookies.portalCookie(gone));
    }
}
