package fr.ctgportal.ejb.admin;

import java.time.LocalDate;
import java.util.List;

/**
 * A new account: login, names, e-mail, its one portal role and, for an authority role
 * ({@code authority-hr}, {@code cooperation-officer}), the SIREN of the authority it works for; for a Caf
 * advisor, the territories of their portfolio (ids) and the date from which they follow them.
 */
public record AccountInput(String username, String firstName, String lastName, String email, String role,
        String authoritySiren, List<Long> portfolio, LocalDate portfolioFrom) {

    public AccountInput {
        portfolio = portfolio == null ? List.of() : List.copyOf(portfolio);
    }

    /** An account without portfolio (every role but the Caf advisor's). */
    public AccountInput(String username, String firstName, String lastName, String email, String role,
            String authoritySiren) {
        this(username, firstName, lastName, email, role, authoritySiren, List.of(), null);
    }
}
