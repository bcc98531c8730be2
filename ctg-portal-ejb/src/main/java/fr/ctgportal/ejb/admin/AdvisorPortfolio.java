package fr.ctgportal.ejb.admin;

import java.util.List;

/** An advisor and the territories of their portfolio (ids and names, by name). */
public record AdvisorPortfolio(long id, String username, String displayName, List<Long> territoryIds,
        List<String> territoryNames) {
}
