package fr.ctgportal.ejb.doctrine;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated value of a doctrine parameter, as shown to users.
 *
 * @param recordedBy null for a value shipped with the portal
 * @param inForce    whether it is the value of the day
 * @param upcoming   whether it applies from a future day
 */
public record ParameterRow(String code, String label, String value, LocalDate validFrom, String source,
        String recordedBy, Instant recordedAt, boolean inForce, boolean upcoming)
        implements
            Serializable {
}
