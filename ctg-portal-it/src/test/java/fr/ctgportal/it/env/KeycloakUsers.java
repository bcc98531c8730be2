package fr.ctgportal.it.env;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests' own hands on Keycloak's users (test JVM), through the Admin REST API as the portal's
 * service account: delete what a previous run created (the tests' Keycloak keeps its data between
 * runs), set a password as the user would from Keycloak's e-mail.
 */
public final class KeycloakUsers {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String users;
    private final String bearer;

    private KeycloakUsers(String users, String bearer) {
        this.users = users;
        this.bearer = bearer;
    }

    /** Signs in as the service account of the running test Keycloak (started if needed). */
    public static KeycloakUsers ofTestKeycloak() {
        String issuer = TestEnvironment.get().keycloak().issuerUri();
        String token = send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=ctg-portal-accounts"
                        + "&client_secret=ctg-portal-accounts-dev-secret")));
        Matcher access = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(token);
        if (!access.find()) {
            throw new IllegalStateException("no token: " + token);
        }
        return new KeycloakUsers(issuer.replace("/realms/", "/admin/realms/") + "/users", "Bearer " + access.group(1));
    }

    /** Deletes the users with exactly these usernames, if they exist. */
    public void delete(String... usernames) {
        for (String username : usernames) {
            for (String id : ids(username)) {
                send(HttpRequest.newBuilder(URI.create(users + "/" + id)).header("Authorization", bearer).DELETE());
            }
        }
    }

    /**
     * Creates an enabled user with one realm role and, for an authority user, the authority's SIREN (what
     * the portal's administration does, without the e-mail).
     */
    public void create(String username, String firstName, String lastName, String role, String siren) {
        send(HttpRequest.newBuilder(URI.create(users)).header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"firstName\":\""
                        + firstName + "\",\"lastName\":\"" + lastName + "\",\"email\":\"" + username
                        + "@demo.ctg-portal.invalid\",\"emailVerified\":true,\"enabled\":true"
                        + (siren == null ? "" : ",\"attributes\":{\"authority\":[\"" + siren + "\"]}") + "}")));
        String representation = send(HttpRequest.newBuilder(URI.create(users.replace("/users", "/roles/") + role))
                .header("Authorization", bearer));
        for (String id : ids(username)) {
            send(HttpRequest.newBuilder(URI.create(users + "/" + id + "/role-mappings/realm"))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[" + representation + "]")));
        }
    }

    /** Renames a user's login, as an administrator does in Keycloak's console. */
    public void rename(String username, String newUsername) {
        for (String id : ids(username)) {
            send(HttpRequest.newBuilder(URI.create(users + "/" + id)).header("Authorization", bearer)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + newUsername + "\"}")));
        }
    }

    /** Sets the user's permanent password. */
    public void setPassword(String username, String password) {
        for (String id : ids(username)) {
            send(HttpRequest.newBuilder(URI.create(users + "/" + id + "/reset-password"))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"type\":\"password\",\"temporary\":false,\"value\":\""
                            + password + "\"}")));
        }
    }

    private List<String> ids(String username) {
        String found = send(HttpRequest.newBuilder(URI.create(users + "?exact=true&briefRepresentation=true&username="
                + username)).header("Authorization", bearer));
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("\\{\"id\":\"([^\"]+)\"").matcher(found);
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }

    private static String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 300) {
                throw new IllegalStateException("Keycloak answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
