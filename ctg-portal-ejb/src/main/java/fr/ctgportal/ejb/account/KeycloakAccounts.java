package fr.ctgportal.ejb.account;

import fr.ctgportal.ejb.platform.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The accounts of the identity provider, through Keycloak's Admin REST API, called with Jakarta REST's
 * client (Jersey in Payara) and JSON-B as the realm's service-account client {@code ctg-portal-accounts}
 * (roles {@code manage-users}, {@code view-users} and {@code view-realm} of {@code realm-management},
 * nothing else). Keycloak
 * is where accounts live: the portal keeps no copy of them.
 *
 * <p>
 * Configuration (MicroProfile Config, environment variables): Keycloak's address and realm come from the
 * sign-in's issuer {@code CTG_OIDC_PROVIDER_URI} ({@code http://localhost:8180/realms/ctg} by default, as
 * run.sh and the tests start it); the client from {@code CTG_ACCOUNTS_CLIENT_ID}
 * ({@code ctg-portal-accounts}) and {@code CTG_ACCOUNTS_CLIENT_SECRET} (the realm file's development
 * secret by default: set it in production).
 *
 * <p>
 * Every failure becomes an {@link InvalidInputException} with a French message: {@code account.error.taken}
 * (username or e-mail already used, HTTP 409), {@code account.error.unavailable} (Keycloak unreachable or
 * refusing the service account), {@code account.error.mailFailed} (the e-mail could not be sent).
 */
@ApplicationScoped
public class KeycloakAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class.getName());

    /** The user attribute holding an authority user's SIREN (mapped to the token's {@code authority} claim). */
    public static final String AUTHORITY_ATTRIBUTE = "authority";

    @Inject
    private Config config;

    private Client client;

    /** A Keycloak user as the Admin REST API gives and takes it (only the fields the portal uses). */
    public record KeycloakUser(String id, String username, String firstName,
            String lastName, String email, Boolean enabled,
            Map<String, List<String>> attributes) {

        /** @return the authority's SIREN of an authority user, or null */
        public String authority() {
            List<String> values = attributes == null ? null : attributes.get(AUTHORITY_ATTRIBUTE);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** A realm role as the Admin REST API gives it. */
    public record KeycloakRole(String id, String name, Boolean composite, Boolean clientRole, String containerId) {
    }

    @PostConstruct
    void open() {
        client = ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS).readTimeout(20, TimeUnit.SECONDS)
                .build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Users asked of Keycloak per call: lists are read page by page, never one call per user. */
    static final int PAGE = 100;

    /** @return every user of the realm, with their attributes (one call per {@value #PAGE} users) */
    public List<KeycloakUser> users() {
        return paged(resource());
    }

    /**
     * @return the users given this realm role directly, with their attributes (one call per {@value #PAGE}
     *         users; needs the service account's {@code view-realm})
     */
    public List<KeycloakUser> usersWithRole(String role) {
        return paged(roles().path(role).path("users"));
    }

    private List<KeycloakUser> paged(jakarta.ws.rs.client.WebTarget target) {
        return call(auth -> {
            List<KeycloakUser> all = new java.util.ArrayList<>();
            List<KeycloakUser> page;
            do {
                page = auth.apply(target.queryParam("briefRepresentation", false).queryParam("first", all.size())
                        .queryParam("max", PAGE)).get(new GenericType<List<KeycloakUser>>() {
                        });
                all.addAll(page);
            } while (page.size() == PAGE);
            return all;
        });
    }

    /** @return the user with exactly this username, if any */
    public Optional<KeycloakUser> user(String username) {
        return call(auth -> auth.apply(resource().queryParam("username", username).queryParam("exact", true)
                .queryParam("briefRepresentation", false)).get(new GenericType<List<KeycloakUser>>() {
                })).stream().filter(u -> u.username().equalsIgnoreCase(username)).findFirst();
    }

    /** @return the names of the user's realm roles (directly mapped) */
    public List<String> realmRoles(String userId) {
        return call(auth -> auth.apply(resource().path(userId).path("role-mappings/realm"))
                .get(new GenericType<List<KeycloakRole>>() {
                })).stream().map(KeycloakRole::name).toList();
    }

    /**
     * Creates an enabled user with one realm role and asks Keycloak to e-mail them the link that sets
     * their password ({@code UPDATE_PASSWORD}). Nothing is left half-made: if the role or the e-mail fails,
     * the user is deleted again.
     *
     * @return the new user's id (the {@code sub} of their tokens)
     */
    public String create(KeycloakUser user, String role) {
        String id = call(auth -> {
            try (Response r = auth.apply(resource()).post(Entity.json(user))) {
                if (r.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw new InvalidInputException("account.error.taken", user.username(), user.email());
                }
                expect(r, 201);
                String path = r.getLocation().getPath();
                return path.substring(path.lastIndexOf('/') + 1);
            }
        });
        try {
            call(auth -> {
                List<KeycloakRole> available = auth.apply(resource().path(id).path("role-mappings/realm/available"))
                        .get(new GenericType<List<KeycloakRole>>() {
                        });
                KeycloakRole mapped = available.stream().filter(r -> r.name().equals(role)).findFirst()
                        .orElseThrow(() -> new InvalidInputException("account.error.unavailable"));
                try (Response r = auth.apply(resource().path(id).path("role-mappings/realm"))
                        .post(Entity.json(List.of(mapped)))) {
                    expect(r, 204);
                }
                return null;
            });
            call(auth -> {
                try (Response r = auth.apply(resource().path(id).path("execute-actions-email"))
                        .put(Entity.json(List.of("UPDATE_PASSWORD")))) {
                    if (r.getStatus() >= 400) {
                        LOG.warning(() -> "Keycloak did not send the e-mail to " + user.username() + ": HTTP "
                                + r.getStatus() + " " + r.readEntity(String.class));
                        throw new InvalidInputException("account.error.mailFailed", user.email());
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            delete(id);
            throw e;
        }
        return id;
    }

    /** Disables or re-enables a user: a disabled user cannot sign in, their records keep their name. */
    public void setEnabled(String userId, boolean enabled) {
        call(auth -> {
            try (Response r = auth.apply(resource().path(userId)).put(Entity.json(Map.of("enabled", enabled)))) {
                expect(r, 204);
            }
            return null;
        });
    }

    /** Sets a permanent password (tests and support; users set theirs from Keycloak's e-mail). */
    public void setPassword(String userId, String password) {
        call(auth -> {
            try (Response r = auth.apply(resource().path(userId).path("reset-password"))
                    .put(Entity.json(Map.of("type", "password", "value", password, "temporary", false)))) {
                expect(r, 204);
            }
            return null;
        });
    }

    private void delete(String userId) {
        try {
            call(auth -> {
                auth.apply(resource().path(userId)).delete().close();
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete the half-created user " + userId, e);
        }
    }

    /** Runs Admin REST calls with a fresh service-account token; transport failures become French messages. */
    private <T> T call(Function<Function<jakarta.ws.rs.client.WebTarget, Invocation.Builder>, T> calls) {
        try {
            String bearer = "Bearer " + token();
            return calls.apply(target -> target.request(MediaType.APPLICATION_JSON).header("Authorization", bearer));
        } catch (ProcessingException | jakarta.ws.rs.WebApplicationException e) {
            LOG.log(Level.WARNING, "Keycloak's Admin REST API failed", e);
            throw new InvalidInputException("account.error.unavailable");
        }
    }

    private String token() {
        Form form = new Form().param("grant_type", "client_credentials").param("client_id", setting("client-id",
                "ctg-portal-accounts"))
                .param("client_secret", setting("client-secret", "ctg-portal-accounts-dev-secret"));
        try (Response r = client.target(issuer()).path("protocol/openid-connect/token")
                .request(MediaType.APPLICATION_JSON).post(Entity.form(form))) {
            expect(r, 200);
            return (String) r.readEntity(new GenericType<Map<String, Object>>() {
            }).get("access_token");
        }
    }

    private jakarta.ws.rs.client.WebTarget resource() {
        return realm().path("users");
    }

    private jakarta.ws.rs.client.WebTarget roles() {
        return realm().path("roles");
    }

    private jakarta.ws.rs.client.WebTarget realm() {
        URI issuer = URI.create(issuer());
        String path = issuer.getPath(); // /realms/<realm>
        String realm = path.substring(path.lastIndexOf('/') + 1);
        String base = issuer.toString().substring(0, issuer.toString().length() - path.length());
        return client.target(base).path("admin/realms").path(realm);
    }

    private String issuer() {
        String uri = config.getOptionalValue("ctg.oidc.provider-uri", String.class)
                .orElse("http://localhost:8180/realms/ctg");
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    private String setting(String name, String byDefault) {
        return config.getOptionalValue("ctg.accounts." + name, String.class).orElse(byDefault);
    }

    private static void expect(Response r, int status) {
        if (r.getStatus() != status) {
            String body = r.hasEntity() ? r.readEntity(String.class) : "";
            LOG.warning(() -> "Keycloak answered HTTP " + r.getStatus() + " (expected " + status + "): " + body);
            throw new InvalidInputException("account.error.unavailable");
        }
    }
}
