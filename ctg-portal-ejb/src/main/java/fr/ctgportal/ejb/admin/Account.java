package fr.ctgportal.ejb.admin;

/**
 * An account of the identity provider as the administration lists it: its portal role (or null), the
 * authority of an authority user (SIREN and name, or null) and whether it may sign in.
 */
public record Account(String username, String firstName, String lastName, String email, String role,
        String authoritySiren, String authorityName, boolean enabled) {

    /** @return "Prénom Nom", or the login when Keycloak knows no name */
    public String fullName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? username : name;
    }
}
