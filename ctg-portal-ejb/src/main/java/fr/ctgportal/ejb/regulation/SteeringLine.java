package fr.ctgportal.ejb.regulation;

import fr.ctgportal.model.regulation.Competence;
import fr.ctgportal.model.regulation.CompetenceStatus;
import fr.ctgportal.model.regulation.IndicatorRow;
import fr.ctgportal.model.regulation.Typology;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * A territory's line of the steering page (or the department's): its six indicators, the dated
 * reference figures they use, and the typology of its posts today.
 *
 * @param name          the territory's name (the department's label on its row)
 * @param indicators    indicators 1 to 4 and 6, with their inputs
 * @param referenceDate the date of the structures, competences and specifics in force; null when none recorded
 * @param referenceBy   who recorded them (a login)
 * @param competences   indicator 5: the status of each recorded competence
 * @param specifics     indicator 5: the territory's specifics, free text
 * @param typology      the typology of its posts today
 * @param version       the id of the reference version in force (null when none)
 */
public record SteeringLine(String name, IndicatorRow indicators, LocalDate referenceDate, String referenceBy,
        Map<Competence, CompetenceStatus> competences, String specifics, Typology typology, Long version)
        implements
            Serializable {
}
