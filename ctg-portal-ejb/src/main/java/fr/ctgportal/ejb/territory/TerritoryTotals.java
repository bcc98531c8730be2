package fr.ctgportal.ejb.territory;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The totals of the Caf's territories (portfolio, or the department for a manager), summed by the
 * database over their funded posts.
 *
 * @param cooperationFte the cooperation FTE (each post's rounded to 2 decimals)
 * @param currentFunding the pilotage bonus paid today, euros a year
 */
public record TerritoryTotals(long territories, long population, long posts, BigDecimal cooperationFte,
        BigDecimal currentFunding) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A territory to choose in a list's filter. */
    public record Choice(long id, String name) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }
}
