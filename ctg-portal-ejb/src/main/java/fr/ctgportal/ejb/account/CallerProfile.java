package fr.ctgportal.ejb.account;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** Who the signed-in user is for the portal: roles and the authorities or territories they work on. */
public record CallerProfile(String username, Set<String> roles, List<String> authorityNames,
        List<String> portfolioTerritories) implements Serializable {
}
