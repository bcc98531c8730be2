package fr.ctgportal.ejb.admin;

import fr.ctgportal.model.authority.AuthorityType;
import java.time.Instant;

/**
 * An authority as the administration area shows it.
 *
 * @param closedBy the name of who closed it, or null while open
 * @param posts    how many posts it employs (an authority with posts is closed, never deleted)
 * @param hrMayNameHr whether the Caf lets its HR name another HR of the authority (delegated administration)
 */
public record AdminAuthority(long id, long version, String siren, String name, AuthorityType type, long territoryId,
        String territoryName, boolean ctgSignatory, String closedBy, Instant closedAt, long posts,
        boolean hrMayNameHr) {

    /** @return true once closed */
    public boolean closed() {
        return closedAt != null;
    }
}
