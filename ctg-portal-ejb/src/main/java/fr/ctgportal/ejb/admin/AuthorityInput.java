package fr.ctgportal.ejb.admin;

import fr.ctgportal.model.authority.AuthorityType;

/**
 * An authority as the Caf registers or changes it.
 *
 * @param siren the SIREN as typed (checked with its Luhn key; not changed once registered)
 */
public record AuthorityInput(String siren, String name, AuthorityType type, long territoryId, boolean ctgSignatory) {
}
