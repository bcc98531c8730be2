package fr.ctgportal.ejb.regulation;

import fr.ctgportal.model.regulation.Competence;
import fr.ctgportal.model.regulation.CompetenceStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * A new dated version of a territory's reference figures, as typed.
 *
 * @param validFrom   from when (today or earlier)
 * @param structures  family-service structures
 * @param competences the status of each competence
 * @param specifics   the territory's specifics
 * @param reason      why it changes, one line
 */
public record ReferenceInput(LocalDate validFrom, Integer structures, Map<Competence, CompetenceStatus> competences,
        String specifics, String reason) implements Serializable {
}
