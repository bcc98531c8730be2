package fr.ctgportal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The configured address of the portal, as sign-out and the security policy use it. */
class PortalAddressTest {

    @Test
    void pagesAreUnderTheConfiguredAddressWithOrWithoutItsLastSlash() {
        assertEquals("https://ctg.example/au-revoir.xhtml",
                new PortalAddress("https://ctg.example/", true).page("/au-revoir.xhtml"));
        assertEquals("http://localhost:8080/au-revoir.xhtml",
                new PortalAddress("http://localhost:8080", false).page("/au-revoir.xhtml"));
    }

    @Test
    void theOriginOfAnAddressIsItsSchemeHostAndPort() {
        assertEquals("http://localhost:8180", PortalAddress.origin("http://localhost:8180/realms/ctg"));
        assertEquals("https://sso.example", PortalAddress.origin("https://sso.example/realms/ctg"));
        assertNull(PortalAddress.origin("realms/ctg"));
        assertNull(PortalAddress.origin("http://[bad"));
    }
}
