package fr.ctgportal.ejb.regulation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The Caf's steering page: the territories the caller sees, against the department's aggregates.
 *
 * @param on                 the day of the figures
 * @param year               the year of the funding decisions read
 * @param territories        the territories of the caller's scope (all for a manager)
 * @param department         the department's row: sums of every territory, whoever reads
 * @param population         the department's reference population in force
 * @param populationFrom     the day it applies from
 * @param populationSource   where it comes from
 * @param budget             the pilotage budget in force, in €
 * @param budgetFte          the cooperation FTE it was set for
 * @param departmentWide     whether the caller sees the whole department
 */
public record SteeringView(LocalDate on, int year, List<SteeringLine> territories, SteeringLine department,
        int population, LocalDate populationFrom, String populationSource, BigDecimal budget, BigDecimal budgetFte,
        boolean departmentWide) implements Serializable {
}
