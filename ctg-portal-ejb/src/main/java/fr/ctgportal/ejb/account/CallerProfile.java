package fr.ctgportal.ejb.account;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Who the signed-in user is for the portal: login, name ("Prénom Nom", the login when unknown), roles and
 * the authorities or territories they work on.
 */
public record CallerProfile(String username, String name, Set<String> roles, List<String> authorityNames,
        List<String> portfolioTerritories) implements Serializable {
}
