package fr.ctgportal.ejb.admin;

/**
 * A new account: login, names, e-mail, its one portal role and, for an authority role
 * ({@code authority-hr}, {@code cooperation-officer}), the SIREN of the authority it works for.
 */
public record AccountInput(String username, String firstName, String lastName, String email, String role,
        String authoritySiren) {
}
