package fr.ctgportal.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the realm file {@code realm/ctg-realm.json} as Keycloak will import it. */
class RealmFileTest {

    private static final String ALES = "200066918";
    private static final String UZES = "200034379";

    /** username: role, authority (null: none). */
    private static final Map<String, String[]> EXPECTED_USERS = Map.of(
            "rh.ales", new String[]{"authority-hr", ALES},
            "rh.uzes", new String[]{"authority-hr", UZES},
            "coop.ales", new String[]{"cooperation-officer", ALES},
            "coop.uzes", new String[]{"cooperation-officer", UZES},
            "conseil.nord", new String[]{"caf-advisor", null},
            "conseil.sud", new String[]{"caf-advisor", null},
            "direction.caf", new String[]{"caf-manager", null},
            "admin.ctg", new String[]{"admin", null});

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode realm;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = RealmFileTest.class.getClassLoader().getResourceAsStream(KeycloakServer.REALM_RESOURCE)) {
            assertNotNull(in, "realm file on the class path");
            realm = JSON.readTree(in);
        }
    }

    @Test
    void realmIdentity() {
        assertEquals("ctg", realm.path("realm").asText());
        assertEquals("Portail CTG – Caf du Gard", realm.path("displayName").asText());
        assertTrue(realm.path("enabled").asBoolean());
        assertTrue(Set.of("none", "external").contains(realm.path("sslRequired").asText()));
    }

    @Test
    void fiveRealmRolesWithDescriptions() {
        JsonNode roles = realm.path("roles").path("realm");
        Set<String> names = new TreeSet<>();
        for (JsonNode role : roles) {
            names.add(role.path("name").asText());
            assertFalse(role.path("description").asText().isBlank(), "description of " + role);
        }
        assertEquals(
                new TreeSet<>(List.of("authority-hr", "cooperation-officer", "caf-advisor", "caf-manager", "admin")),
                names);
    }

    @Test
    void securitySettings() {
        assertTrue(realm.path("bruteForceProtected").asBoolean(), "brute force protection");
        assertTrue(realm.path("failureFactor").asInt() > 0);
        assertTrue(realm.path("maxFailureWaitSeconds").asInt() >= realm.path("waitIncrementSeconds").asInt());
        String policy = realm.path("passwordPolicy").asText();
        assertTrue(policy.contains("length(12)"), policy);
        assertTrue(policy.contains("upperCase(1)") && policy.contains("lowerCase(1)") && policy.contains("digits(1)"),
                policy);
        assertTrue(policy.contains("notUsername"), policy);
        assertTrue(realm.path("internationalizationEnabled").asBoolean());
        assertEquals(Set.of("fr", "en"), texts(realm.path("supportedLocales")));
        assertEquals("fr", realm.path("defaultLocale").asText());
    }

    @Test
    void portalClientIsConfidentialStandardFlowOnly() {
        JsonNode client = portalClient();
        assertFalse(client.path("publicClient").asBoolean(true), "confidential");
        assertFalse(client.path("bearerOnly").asBoolean());
        assertEquals("ctg-portal-dev-secret", client.path("secret").asText());
        assertTrue(client.path("standardFlowEnabled").asBoolean());
        assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true));
        assertFalse(client.path("implicitFlowEnabled").asBoolean(true));
        assertFalse(client.path("serviceAccountsEnabled").asBoolean());
        // 52080: the reverse proxy in front of two nodes in TwoNodesIT
        assertEquals(Set.of("http://localhost:8080/*", "http://localhost:18080/*", "http://localhost:28080/*",
                "http://localhost:52080/*"), texts(client.path("redirectUris")));
        assertEquals(Set.of("+"), texts(client.path("webOrigins")));
        assertEquals("+", client.path("attributes").path("post.logout.redirect.uris").asText());
        Set<String> scopes = texts(client.path("defaultClientScopes"));
        assertTrue(scopes.containsAll(Set.of("profile", "basic")),
                "preferred_username and sub come from these: " + scopes);
    }

    @Test
    void accountsClientIsAServiceAccountThatManagesUsersOnly() {
        JsonNode client = null;
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals("ctg-portal-accounts")) {
                client = c;
            }
        }
        assertNotNull(client, "the portal's service-account client");
        assertFalse(client.path("publicClient").asBoolean(true), "confidential");
        assertTrue(client.path("serviceAccountsEnabled").asBoolean());
        assertFalse(client.path("standardFlowEnabled").asBoolean(true), "nobody signs in with it");
        assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true));
        assertFalse(client.path("implicitFlowEnabled").asBoolean(true));
        assertEquals("ctg-portal-accounts-dev-secret", client.path("secret").asText());
        JsonNode account = null;
        for (JsonNode u : realm.path("users")) {
            if (u.path("serviceAccountClientId").asText().equals("ctg-portal-accounts")) {
                account = u;
            }
        }
        assertNotNull(account, "its service-account user");
        assertEquals("service-account-ctg-portal-accounts", account.path("username").asText());
        // view-realm (read only) for the members of a role in one call: listing the accounts is not N+1
        assertEquals(Set.of("manage-users", "view-users", "view-realm"),
                texts(account.path("clientRoles").path("realm-management")),
                "only the realm-management roles it needs");
        assertEquals(List.of("realm-management"), list(JSON.valueToTree(
                StreamSupport.stream(((Iterable<String>) account.path("clientRoles")::fieldNames).spliterator(), false)
                        .toList())));
        assertTrue(account.path("realmRoles").isMissingNode(), "no portal role");
        assertFalse(account.has("credentials"), "no password");
    }

    @Test
    void smtpGoesToTheLocalGreenMailUnlessConfigured() {
        JsonNode smtp = realm.path("smtpServer");
        assertEquals("${CTG_SMTP_HOST:127.0.0.1}", smtp.path("host").asText());
        assertEquals("${CTG_SMTP_PORT:3025}", smtp.path("port").asText(), "the run command's GreenMail by default");
        assertTrue(smtp.path("from").asText().endsWith("@demo.ctg-portal.invalid"));
        assertEquals("false", smtp.path("auth").asText());
    }

    @Test
    void groupsClaimCarriesRealmRoles() {
        JsonNode config = mapper("oidc-usermodel-realm-role-mapper").path("config");
        assertEquals("groups", config.path("claim.name").asText());
        assertEquals("true", config.path("multivalued").asText());
        assertEquals("true", config.path("id.token.claim").asText());
        assertEquals("true", config.path("access.token.claim").asText());
        assertEquals("true", config.path("userinfo.token.claim").asText());
    }

    @Test
    void authorityClaimCarriesTheUserAttribute() {
        JsonNode config = mapper("oidc-usermodel-attribute-mapper").path("config");
        assertEquals("authority", config.path("user.attribute").asText());
        assertEquals("authority", config.path("claim.name").asText());
        assertEquals("true", config.path("multivalued").asText());
        assertEquals("true", config.path("id.token.claim").asText());
        assertEquals("true", config.path("access.token.claim").asText());
        assertEquals("true", config.path("userinfo.token.claim").asText());
    }

    @Test
    void audienceIsThePortal() {
        JsonNode config = mapper("oidc-audience-mapper").path("config");
        assertEquals("ctg-portal", config.path("included.client.audience").asText());
        assertEquals("true", config.path("access.token.claim").asText());
    }

    @Test
    void authorityIsDeclaredInTheUserProfileForAdminsOnly() throws IOException {
        JsonNode providers = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider");
        assertEquals(1, providers.size());
        assertEquals("declarative-user-profile", providers.get(0).path("providerId").asText());
        JsonNode profile = JSON
                .readTree(providers.get(0).path("config").path("kc.user.profile.config").get(0).asText());
        Set<String> names = new TreeSet<>();
        JsonNode authority = null;
        for (JsonNode attribute : profile.path("attributes")) {
            names.add(attribute.path("name").asText());
            if (attribute.path("name").asText().equals("authority")) {
                authority = attribute;
            }
        }
        assertTrue(names.containsAll(Set.of("username", "email", "firstName", "lastName", "authority")),
                names.toString());
        assertNotNull(authority);
        assertTrue(authority.path("multivalued").asBoolean());
        assertEquals(Set.of("admin"), texts(authority.path("permissions").path("edit")));
        assertEquals(Set.of("admin"), texts(authority.path("permissions").path("view")));
    }

    @Test
    void demoUsersHaveExactlyTheirRoleAndAuthority() {
        Map<String, JsonNode> users = users();
        assertEquals(EXPECTED_USERS.keySet(), users.keySet());
        for (Map.Entry<String, String[]> expected : EXPECTED_USERS.entrySet()) {
            String username = expected.getKey();
            JsonNode user = users.get(username);
            assertEquals(List.of(expected.getValue()[0]), list(user.path("realmRoles")), username);
            assertTrue(user.path("clientRoles").isMissingNode() || user.path("clientRoles").isEmpty(), username);
            assertTrue(user.path("groups").isMissingNode() || user.path("groups").isEmpty(), username);
            String authority = expected.getValue()[1];
            List<String> authorities = list(user.path("attributes").path("authority"));
            assertEquals(authority == null ? List.of() : List.of(authority), authorities, username);
        }
    }

    @Test
    void demoUsersCanLogIn() {
        for (JsonNode user : users().values()) {
            String username = user.path("username").asText();
            assertTrue(user.path("enabled").asBoolean(), username);
            assertTrue(user.path("emailVerified").asBoolean(), username);
            assertTrue(user.path("email").asText().endsWith("@demo.ctg-portal.invalid"), username);
            assertFalse(user.path("firstName").asText().isBlank(), username);
            assertTrue(user.path("lastName").asText().contains("fictif")
                    || user.path("lastName").asText().contains("fictive"), username + " is marked invented");
            assertTrue(user.path("requiredActions").isMissingNode() || user.path("requiredActions").isEmpty(),
                    username);
            JsonNode credentials = user.path("credentials");
            assertEquals(1, credentials.size(), username);
            assertEquals("password", credentials.get(0).path("type").asText());
            assertEquals("CtgDemo2026!", credentials.get(0).path("value").asText());
            assertFalse(credentials.get(0).path("temporary").asBoolean(true), username);
        }
    }

    @Test
    void demoPasswordMeetsThePolicy() {
        String password = "CtgDemo2026!";
        assertTrue(password.length() >= 12);
        assertTrue(password.chars().anyMatch(Character::isUpperCase));
        assertTrue(password.chars().anyMatch(Character::isLowerCase));
        assertTrue(password.chars().anyMatch(Character::isDigit));
    }

    @Test
    void nameFieldsPassKeycloakPersonNameValidation() {
        // Keycloak's person-name-prohibited-characters validator; a failing name would send the user
        // to a "verify profile" page at first login.
        String prohibited = "<>&\"$%!#?§;*~/\\|^=[]{}()";
        for (JsonNode user : users().values()) {
            for (String field : List.of("firstName", "lastName")) {
                String value = user.path(field).asText();
                assertTrue(value.chars().noneMatch(c -> prohibited.indexOf(c) >= 0),
                        user.path("username").asText() + " " + field + ": " + value);
            }
        }
    }

    @Test
    void theTwoHrUsersBelongToDifferentAuthoritiesAndTheTwoAdvisorsExist() {
        Map<String, JsonNode> users = users();
        List<String> hrAuthorities = new ArrayList<>();
        List<String> advisors = new ArrayList<>();
        for (JsonNode user : users.values()) {
            List<String> roles = list(user.path("realmRoles"));
            if (roles.contains("authority-hr")) {
                hrAuthorities.addAll(list(user.path("attributes").path("authority")));
            }
            if (roles.contains("caf-advisor")) {
                advisors.add(user.path("username").asText());
            }
        }
        assertEquals(2, hrAuthorities.size());
        assertNotEquals(hrAuthorities.get(0), hrAuthorities.get(1));
        assertEquals(Set.of("conseil.nord", "conseil.sud"), Set.copyOf(advisors));
    }

    // ---------------------------------------------------------------------------------- helpers

    private static JsonNode portalClient() {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("ctg-portal")) {
                return client;
            }
        }
        throw new AssertionError("no client ctg-portal");
    }

    private static JsonNode mapper(String type) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode mapper : portalClient().path("protocolMappers")) {
            if (mapper.path("protocolMapper").asText().equals(type)) {
                found.add(mapper);
            }
        }
        assertEquals(1, found.size(), "mappers of type " + type);
        return found.get(0);
    }

    /** The people of the realm (the portal's service account is not one). */
    private static Map<String, JsonNode> users() {
        return StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(u -> !u.has("serviceAccountClientId"))
                .collect(Collectors.toMap(u -> u.path("username").asText(), u -> u));
    }

    private static List<String> list(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Set<String> texts(JsonNode array) {
        return new TreeSet<>(list(array));
    }
}
