package fr.ctgportal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The page the user comes back to after signing in again: only a page of the portal, never elsewhere. */
class CallbackServletTest {

    @Test
    void aPageOfThePortalWithItsQueryIsKept() {
        assertEquals("/caf/poste.xhtml?id=12",
                CallbackServlet.returnPage(request("", "%2Fcaf%2Fposte.xhtml%3Fid%3D12")));
        assertEquals("/collectivite/rapports/rapport.xhtml?id=3&x=a-b_c.d",
                CallbackServlet.returnPage(request("/ctg", "/ctg/collectivite/rapports/rapport.xhtml?id=3&x=a-b_c.d")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/caf/poste.xhtml", "//evil.example/x.xhtml", "/caf/../deconnexion",
            "/caf/poste.xhtml?next=http://evil.example", "/Callback", "/caf/poste.xhtml%0d%0aSet-Cookie:x=y", "",
            "/\\evil.example/x.xhtml", "/caf//poste.xhtml", "/autre/poste.xhtml"})
    void anythingElseLeadsHome(String value) {
        assertNull(CallbackServlet.returnPage(request(value.startsWith("/autre") ? "/ctg" : "", value)));
    }

    @Test
    void noCookieLeadsHome() {
        assertNull(CallbackServlet.returnPage(request("", null)));
    }

    private static HttpServletRequest request(String contextPath, String cookie) {
        return (HttpServletRequest) Proxy.newProxyInstance(CallbackServletTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> contextPath;
                    case "getCookies" -> cookie == null
                            ? null
                            : new Cookie[]{new Cookie("autre", "x"), new Cookie(CallbackServlet.RETURN, cookie)};
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
