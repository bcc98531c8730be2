package fr.ctgportal.ejb.territory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A territory's line in the Caf's list: public figures and its posts' totals. */
public record TerritorySummary(long id, String name, String leadAuthorityName, int population, BigDecimal areaKm2,
                               int familyServiceStructures, LocalDate ctgStart, LocalDate ctgEnd,
                               LocalDate ctgRenewal, long postCount, BigDecimal cooperationFte,
                               BigDecimal currentFunding) implements Serializable {
}
