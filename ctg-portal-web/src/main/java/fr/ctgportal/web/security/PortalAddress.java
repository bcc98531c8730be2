package fr.ctgportal.web.security;

import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portal's public address as configured ({@code CTG_PORTAL_URL}, the one the e-mails' links use),
 * never as a request names it: behind a reverse proxy, the request's scheme and {@code Host} header
 * are the proxy's, or whatever a client sent. Also whether cookies are marked {@code Secure}:
 * {@code CTG_SECURE_COOKIES} when set, else when that address starts with {@code https://}.
 */
public record PortalAddress(String url, boolean secureCookies) {

    /** The address of the development default (the run command). */
    static final String DEFAULT_URL = "http://localhost:8080";

    public PortalAddress {
        url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** @return the address and cookie setting from MicroProfile Config */
    public static PortalAddress configured() {
        Config config = ConfigProvider.getConfig();
        String url = config.getOptionalValue("ctg.portal.url", String.class).filter(s -> !s.isBlank())
                .orElse(DEFAULT_URL).strip();
        Optional<Boolean> secure = config.getOptionalValue("ctg.secure-cookies", Boolean.class);
        return new PortalAddress(url, secure.orElse(url.regionMatches(true, 0, "https://", 0, 8)));
    }

    /**
     * @param path a path from the context root, starting with {@code /}
     * @return the absolute address of that page of the portal
     */
    public String page(String path) {
        return url + path;
    }

    /** @return scheme, host and port of an address (for a policy's source list), or null when it has none */
    static String origin(String address) {
        try {
            URI uri = URI.create(address);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
