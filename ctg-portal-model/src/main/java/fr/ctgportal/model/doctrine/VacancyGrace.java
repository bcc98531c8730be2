package fr.ctgportal.model.doctrine;

import java.time.LocalDate;

/**
 * The funded vacancy period. Doctrine of 15/11/2024: "en cas d'absence prolongée ou de départ
 * d'un chargé de coopération, la Caf pourra maintenir le versement du Bonus Pilotage durant les 2
 * premiers mois de vacances sur le poste. Au-delà, le remplacement devra honorer les critères".
 *
 * <p>Boundary: the first N months are counted from {@code vacantSince}, its first vacant day,
 * included. They end the day before the same day of the month N months later: vacant since
 * 15/01/2026 → funded through 14/03/2026, not funded from 15/03/2026. When that day does not exist
 * in the month (vacant since 31/12/2025: no 31/02), they end on the last day of that month
 * (28/02/2026), as month periods do in French law.
 */
public final class VacancyGrace {

    private VacancyGrace() {
    }

    /**
     * @param vacantSince first day of the vacancy
     * @param months      the number of funded months (≥ 0; 0: no grace, not funded from day one)
     * @return the last day the vacant post is still funded
     */
    public static LocalDate lastFundedDay(LocalDate vacantSince, int months) {
        if (months <= 0) {
            return vacantSince.minusDays(1);
        }
        LocalDate sameDay = vacantSince.plusMonths(months);
        boolean clampedToMonthEnd = sameDay.getDayOfMonth() != vacantSince.getDayOfMonth();
        return clampedToMonthEnd ? sameDay : sameDay.minusDays(1);
    }

    /** @return true when, on that date, the vacant post is still within its funded months */
    public static boolean covers(LocalDate vacantSince, int months, LocalDate on) {
        return !on.isAfter(lastFundedDay(vacantSince, months));
    }
}
